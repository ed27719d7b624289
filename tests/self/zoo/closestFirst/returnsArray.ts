// Returns an array: "any iterable" includes one, so this is a valid answer, just an eager one.
// The in-order values are merged outward from the target's place into a new array, which is
// returned whole (correct, edge pass; loops only, so deep passes). Every node is read before the
// caller sees the first value (lazy: growth) and the array of all n values is what the caller
// holds while it iterates (space: growth).
import type { TreeNode } from '../../../../kata/TreeNode';
import type { ExpectedFirst } from './expected';

export const expected: ExpectedFirst = {
  correct: 'pass',
  edge: 'pass',
  lazy: 'growth',
  space: 'growth',
  deep: 'pass',
};

// complexity: O(n) time, O(n) space

export function closestFirst(root: TreeNode | null, target: number): number[] {
  const inorder: number[] = [];
  const stack: TreeNode[] = [];
  let node = root;
  while (node || stack.length) {
    while (node) {
      stack.push(node);
      node = node.left;
    }
    node = stack.pop()!;
    inorder.push(node.val);
    node = node.right;
  }
  let r = inorder.findIndex((v) => v >= target);
  if (r === -1) r = inorder.length;
  let l = r - 1;
  const out: number[] = [];
  while (l >= 0 || r < inorder.length) {
    if (r === inorder.length || (l >= 0 && target - inorder[l] <= inorder[r] - target)) {
      out.push(inorder[l--]);
    } else out.push(inorder[r++]);
  }
  return out;
}
