// Valid: iterative in-order walk keeping a sliding window of k values; stops as soon as the next
// value lies above the target and is no closer than the window's first. Fast when the target is near the minimum, O(n) when
// it is near the maximum: linear, but not sublinear.
// says: with the target in the middle (near the minimum, the difference only shows on larger trees)
// says: extra memory grows like h + k
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'pass',
  edge: 'pass',
  linear: 'pass',
  sublinear: 'growth',
  optimal: 'growth',
  space: 'pass',
  deep: 'pass',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const window: number[] = [];
  const stack: TreeNode[] = [];
  let cur = root;
  while (cur !== null || stack.length > 0) {
    while (cur !== null) {
      stack.push(cur);
      cur = cur.left;
    }
    cur = stack.pop()!;
    if (window.length < k) window.push(cur.val);
    else if (Math.abs(cur.val - target) < Math.abs(window[0] - target)) {
      window.shift();
      window.push(cur.val);
    } else if (cur.val >= target) break; // everything after this is farther still
    cur = cur.right;
  }
  return window;
}
