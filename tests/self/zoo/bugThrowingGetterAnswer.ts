// Bug: returns an array whose first element is a getter that throws (a memoised answer, half done).
// says: reading the answer it returned threw Error: not computed yet
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
  const answer = Array.from({ length: k }, () => root?.val ?? target);
  Object.defineProperty(answer, 0, {
    get() {
      throw new Error('not computed yet');
    },
  });
  return answer;
}
