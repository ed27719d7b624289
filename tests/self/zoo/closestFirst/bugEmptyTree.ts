// Bug: a two-stacks iterator that starts from the root's value before it looks whether there is a
// root ("the tree always has a node", true in the main kata, where n >= 1). Here the tree may be
// empty (root = null, the statement's own example): its constructor throws there, and only there
// (correct, lazy, space and deep pass; edge: threw, on the empty tree).
// says: an empty tree (root = null)
// says: (reading 'val') at bugEmptyTree.ts:25.
import type { TreeNode } from '../../../../kata/TreeNode';
import type { ExpectedFirst } from './expected';

export const expected: ExpectedFirst = {
  correct: 'pass',
  edge: 'threw',
  lazy: 'pass',
  space: 'pass',
  deep: 'pass',
};

// complexity: O(h) first value, O(1) amortised per value, O(h) space

export function* closestFirst(root: TreeNode | null, target: number): Generator<number> {
  const pred: TreeNode[] = [];
  const succ: TreeNode[] = [];
  let node: TreeNode | null;
  // The root's value decides its side; then the walk down as usual.
  if (root!.val <= target) {
    pred.push(root!);
    node = root!.right;
  } else {
    succ.push(root!);
    node = root!.left;
  }
  while (node) {
    if (node.val <= target) {
      pred.push(node);
      node = node.right;
    } else {
      succ.push(node);
      node = node.left;
    }
  }
  while (pred.length > 0 || succ.length > 0) {
    const p = pred[pred.length - 1];
    const s = succ[succ.length - 1];
    if (!s || (p && target - p.val <= s.val - target)) {
      pred.pop();
      for (let n = p.left; n; n = n.right) pred.push(n);
      yield p.val;
    } else {
      succ.pop();
      for (let n = s.right; n; n = n.left) succ.push(n);
      yield s.val;
    }
  }
}
