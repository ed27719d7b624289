// Wrong on duplicates at the far end: the values in order, then LeetCode 658's binary search for
// the window's start, comparing distances with a strict `>`. On [1,1,1,2] with the target 5 and
// k = 1 the search ends at the first 1 (every 1 is as far as the next one) and returns [1], not [2].
// The generated cases with many duplicates find it too; edge names the corner.
// says: ✗ edge       duplicates at the far end from a target outside the values
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'wrongAnswer',
  edge: 'wrongAnswer',
  linear: 'pass',
  sublinear: 'growth',
  optimal: 'growth',
  space: 'growth',
  deep: 'pass',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const vals: number[] = [];
  const stack: TreeNode[] = [];
  for (let node = root; node || stack.length > 0;) {
    while (node) {
      stack.push(node);
      node = node.left;
    }
    const top = stack.pop()!;
    vals.push(top.val);
    node = top.right;
  }
  let [lo, hi] = [0, vals.length - k];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (Math.abs(target - vals[mid]) > Math.abs(vals[mid + k] - target)) lo = mid + 1;
    else hi = mid;
  }
  return vals.slice(lo, lo + k);
}
