// Valid, O(n log n) time but O(n) reads: collect every value recursively, sort by distance.
// Recursion overflows on the 100,000-deep paths. Its first position fails sublinear, which decides
// that tier: the other positions are not walked.
// says: not run, as optimal already failed (they measure what a stated complexity is held against, and the file states none): one more k costs the same reads at every n
// says: not run, as sublinear already failed: target in the middle
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'pass',
  edge: 'pass',
  linear: 'pass',
  sublinear: 'growth',
  optimal: 'growth',
  space: 'growth',
  deep: 'stackOverflow',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const all: number[] = [];
  const collect = (node: TreeNode | null): void => {
    if (!node) return;
    collect(node.left);
    all.push(node.val);
    collect(node.right);
  };
  collect(root);
  all.sort((a, b) => Math.abs(a - target) - Math.abs(b - target));
  return all.slice(0, k);
}
