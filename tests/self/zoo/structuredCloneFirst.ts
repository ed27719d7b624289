// Valid: copies the tree with structuredClone before walking it, to leave the input alone. On
// LeetCode's plain nodes that copies the tree; the grader's nodes keep their fields behind getters,
// which structuredClone does not call, so the grader hands it the copy a plain tree would give
// (reading every node once, counted). O(n): linear, not sublinear.
// complexity: O(n)
// says: O(n) matches
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'pass',
  edge: 'pass',
  linear: 'pass',
  sublinear: 'growth',
  optimal: 'growth',
  space: 'growth',
  deep: 'pass',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const copy = structuredClone(root);
  const vals: number[] = [];
  const stack: TreeNode[] = [];
  for (let node = copy; node || stack.length > 0;) {
    while (node) {
      stack.push(node);
      node = node.left;
    }
    const top = stack.pop()!;
    vals.push(top.val);
    node = top.right;
  }
  return vals.sort((a, b) => Math.abs(a - target) - Math.abs(b - target)).slice(0, k);
}
