// Bug, JavaScript's classic: collects the values breadth-first and sorts them with sort(), which
// with no comparator orders numbers as text (-1 before -2, 10 before 9), then keeps the k-wide
// window closest to the target. The window is not where the closest values are; the reason says
// why, and names the trap.
// complexity: O(n log n)
// says: sort() with no comparator orders numbers as text
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'wrongAnswer',
  edge: 'wrongAnswer',
  linear: 'wrongAnswer',
  sublinear: 'growth',
  optimal: 'wrongAnswer',
  space: 'growth',
  deep: 'wrongAnswer',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const vals: number[] = [];
  const queue: TreeNode[] = root ? [root] : [];
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i];
    vals.push(n.val);
    if (n.left) queue.push(n.left);
    if (n.right) queue.push(n.right);
  }
  vals.sort();
  let lo = 0,
    hi = vals.length - 1;
  while (hi - lo + 1 > k) {
    if (Math.abs(vals[lo] - target) > Math.abs(vals[hi] - target)) lo++;
    else hi--;
  }
  return vals.slice(lo, hi + 1);
}
