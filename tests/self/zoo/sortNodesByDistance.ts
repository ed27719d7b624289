// Valid: collects the nodes themselves and sorts them with a comparator that reads `val` at every
// comparison, O(n log n) reads in a worst case. But a traversal of a search tree is far from a
// worst case: V8's sort (TimSort) finds its runs and needs about five comparisons a node on it, on
// balanced and random trees alike, so its reads do grow like n, and linear passes on what was
// measured. Reads like n at every k: neither sublinear nor optimal.
// complexity: O(n log n)
// says: also failing in optimal: one more k costs the same reads at every n
// says: reads per node 11.71 → 12.11 → 12.24
// says: O(n log n) matches: reads grow like n at a small k
// says: its extra log factor may be work off the tree (a sort, a heap), which reads cannot see
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
  const nodes: TreeNode[] = [];
  const stack: TreeNode[] = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    nodes.push(node);
    if (node.left) stack.push(node.left);
    if (node.right) stack.push(node.right);
  }
  nodes.sort((a, b) => Math.abs(a.val - target) - Math.abs(b.val - target));
  return nodes.slice(0, k).map((node) => node.val);
}
