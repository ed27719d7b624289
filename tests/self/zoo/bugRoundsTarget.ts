// Bug: rounds the target to an integer "to keep it simple": wrong for fractional targets. On the
// complexity trees it is caught only where rounding changes the answer (small k near the minimum);
// elsewhere the rounded target happens to pick the same values, and growth is judged as usual.
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'wrongAnswer',
  edge: 'wrongAnswer',
  linear: 'pass',
  sublinear: 'wrongAnswer',
  optimal: 'wrongAnswer',
  space: 'growth',
  deep: 'pass',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const t = Math.round(target);
  const vals: number[] = [];
  const stack: TreeNode[] = root ? [root] : [];
  while (stack.length) {
    const n = stack.pop()!;
    vals.push(n.val);
    if (n.left) stack.push(n.left);
    if (n.right) stack.push(n.right);
  }
  return vals.sort((a, b) => Math.abs(a - t) - Math.abs(b - t) || a - b).slice(0, k);
}
