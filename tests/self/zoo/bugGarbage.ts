// Bug: returns an array-like object instead of an array.
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
  const out: Record<number, number> & { length: number } = { length: 0 };
  for (let n = root; n && out.length < k; n = n.val < target ? n.right : n.left)
    out[out.length++] = n.val;
  return out as unknown as number[];
}
