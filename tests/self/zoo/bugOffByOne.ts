// Bug: the window keeps k + 1 values (<= instead of <).
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'wrongAnswer',
  edge: 'wrongAnswer',
  linear: 'wrongAnswer',
  sublinear: 'wrongAnswer',
  optimal: 'wrongAnswer',
  space: 'wrongAnswer',
  deep: 'wrongAnswer',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const all: number[] = [];
  const stack: TreeNode[] = [];
  for (let n = root; n || stack.length;) {
    while (n) {
      stack.push(n);
      n = n.left;
    }
    n = stack.pop()!;
    all.push(n.val);
    n = n.right;
  }
  all.sort((a, b) => Math.abs(a - target) - Math.abs(b - target));
  const res: number[] = [];
  for (let i = 0; i <= k && i < all.length; i++) res.push(all[i]);
  return res;
}
