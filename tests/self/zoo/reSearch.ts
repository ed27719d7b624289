// Valid, O(k log n): find the nearest values around the target, then get each next value outward
// by searching again from the root (largest value below / smallest value above the last one).
// Sublinear for small k, not optimal. Duplicates: counts the copies of a value by a search that
// follows both sides when equal.
// says: what your code read, then an O(log n + k) walk's.
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

/** Largest value <= x (or < x when strict). */
function below(root: TreeNode | null, x: number, strict: boolean): number | null {
  let best: number | null = null;
  for (let n = root; n;) {
    if (n.val < x || (!strict && n.val === x)) {
      best = n.val;
      n = n.right;
    } else n = n.left;
  }
  return best;
}

/** Smallest value > x. */
function above(root: TreeNode | null, x: number): number | null {
  let best: number | null = null;
  for (let n = root; n;) {
    if (n.val > x) {
      best = n.val;
      n = n.left;
    } else n = n.right;
  }
  return best;
}

function copies(root: TreeNode | null, v: number | null): number {
  if (v === null) return 0;
  let count = 0;
  const stack: TreeNode[] = root ? [root] : [];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.val === v) count++;
    if (n.left && v <= n.val) stack.push(n.left);
    if (n.right && v >= n.val) stack.push(n.right);
  }
  return count;
}

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  let lo = below(root, target, false);
  let hi = above(root, target);
  let loLeft = copies(root, lo);
  let hiLeft = copies(root, hi);
  const res: number[] = [];
  while (res.length < k) {
    if (hi === null || (lo !== null && target - lo <= hi - target)) {
      res.push(lo!);
      if (--loLeft === 0) {
        lo = below(root, lo!, true);
        loLeft = copies(root, lo);
      }
    } else {
      res.push(hi);
      if (--hiLeft === 0) {
        hi = above(root, hi);
        hiLeft = copies(root, hi);
      }
    }
  }
  return res;
}
