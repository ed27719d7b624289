// Valid, optimal: step k values below the target with a reverse iterator, then walk forward from
// there with a window of k. O(log n + k) reads.
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'pass',
  edge: 'pass',
  linear: 'pass',
  sublinear: 'pass',
  optimal: 'pass',
  space: 'pass',
  deep: 'pass',
};

export function closestKValues(root: any, target: number, k: number): number[] {
  const back: any[] = [];
  for (let n = root; n;) {
    if (n.val < target) {
      back.push(n);
      n = n.right;
    } else n = n.left;
  }
  let start: any = null; // the value k steps below the target (or the minimum)
  let taken = 0;
  const nextDown = () => {
    const n = back.pop();
    for (let c = n.left; c; c = c.right) back.push(c);
    return n;
  };
  while (back.length && taken < k) {
    start = nextDown();
    taken++;
  }
  // forward iterator from `start` (or from the minimum)
  const fwd: any[] = [];
  const from = start ? start.val : -Infinity;
  for (let n = root; n;) {
    if (n.val >= from) {
      fwd.push(n);
      n = n.left;
    } else n = n.right;
  }
  const nextUp = () => {
    const n = fwd.pop();
    for (let c = n.right; c; c = c.left) fwd.push(c);
    return n.val;
  };
  const win: number[] = [];
  while (fwd.length) {
    const v = nextUp();
    if (win.length < k) win.push(v);
    else if (Math.abs(v - target) < Math.abs(win[0] - target)) {
      win.shift();
      win.push(v);
    } else if (v >= target) break;
  }
  return win;
}
