// Bug: declared async (copied from an async template), so it returns a Promise.
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

export async function closestKValues(
  root: TreeNode | null,
  target: number,
  k: number,
): Promise<number[]> {
  const vals: number[] = [];
  for (let n = root; n; n = n.left) vals.push(n.val);
  return vals.sort((a, b) => Math.abs(a - target) - Math.abs(b - target)).slice(0, k);
}
