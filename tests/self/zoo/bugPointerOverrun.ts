// Bug: two pointers with a bounds check on one side only: past the end it returns undefined.
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'wrongAnswer',
  edge: 'wrongAnswer',
  linear: 'pass',
  sublinear: 'growth',
  optimal: 'growth',
  space: 'growth',
  deep: 'wrongAnswer',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const vals: number[] = [];
  const stack: TreeNode[] = [];
  for (let n = root; n || stack.length;) {
    while (n) {
      stack.push(n);
      n = n.left;
    }
    n = stack.pop()!;
    vals.push(n.val);
    n = n.right;
  }
  let hi = vals.findIndex((v) => v >= target);
  if (hi === -1) hi = vals.length;
  let lo = hi - 1;
  const res: number[] = [];
  while (res.length < k) {
    // checks lo but not hi: past the end, vals[hi] is undefined, the comparison with NaN is
    // false, and undefined goes into the answer
    if (lo >= 0 && target - vals[lo] <= vals[hi] - target) res.push(vals[lo--]);
    else res.push(vals[hi++]);
  }
  return res;
}
