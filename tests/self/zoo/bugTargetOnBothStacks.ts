// Bug: a node equal to the target goes onto both stacks, so that value can be returned twice
// although the tree holds it once.
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'wrongAnswer',
  edge: 'wrongAnswer',
  linear: 'pass',
  sublinear: 'wrongAnswer',
  optimal: 'wrongAnswer',
  space: 'pass',
  deep: 'wrongAnswer',
};

export function closestKValues(root: any, target: number, k: number): number[] {
  const lo: any[] = [],
    hi: any[] = [];
  for (let n = root; n;) {
    if (n.val <= target) {
      lo.push(n);
      if (n.val === target) hi.push(n);
      n = n.val === target ? n.left : n.right;
    } else {
      hi.push(n);
      n = n.left;
    }
  }
  const down = () => {
    const n = lo.pop();
    for (let c = n.left; c; c = c.right) lo.push(c);
    return n.val;
  };
  const up = () => {
    const n = hi.pop();
    for (let c = n.right; c; c = c.left) hi.push(c);
    return n.val;
  };
  const out: number[] = [];
  while (out.length < k) {
    if (
      !hi.length ||
      (lo.length && target - lo[lo.length - 1].val <= hi[hi.length - 1].val - target)
    )
      out.push(down());
    else out.push(up());
  }
  return out;
}
