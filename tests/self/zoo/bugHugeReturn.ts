// Bug: returns an array of fifty million slots (an off-by-everything length).
// says: it returned 50,000,000 values, but k is
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
  const out = new Array<number>(50_000_000);
  out[0] = root ? root.val : target;
  return out;
}
