// Valid: an iterative DFS that keeps the k best and skips the far side of a node when it cannot
// hold anything closer. It reads far less than n, but a far subtree pushed early is explored
// later, so k = 1 costs about log² n reads: sublinear, not optimal.
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'pass',
  edge: 'pass',
  linear: 'pass',
  sublinear: 'pass',
  optimal: 'growth',
  space: 'pass',
  deep: 'pass',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const best: number[] = []; // kept sorted by distance, at most k
  const worst = () => (best.length < k ? Infinity : Math.abs(best[best.length - 1] - target));
  const add = (v: number) => {
    if (best.length === k && Math.abs(v - target) >= worst()) return;
    let i = best.length;
    best.push(v);
    while (i > 0 && Math.abs(best[i - 1] - target) > Math.abs(v - target)) {
      best[i] = best[i - 1];
      i--;
    }
    best[i] = v;
    if (best.length > k) best.pop();
  };
  const stack: TreeNode[] = root ? [root] : [];
  while (stack.length) {
    const n = stack.pop()!;
    const v = n.val;
    add(v);
    // near side first (pushed last), far side only if it can still hold something closer
    const near = target < v ? n.left : n.right,
      far = target < v ? n.right : n.left;
    if (far && (best.length < k || Math.abs(v - target) <= worst())) stack.push(far);
    if (near) stack.push(near);
  }
  return best;
}
