// Bug: builds the answer, forgets to return it (TypeScript would catch it; pasted JS does not).
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

export function closestKValues(root: any, target: number, k: number): any {
  const res: number[] = [];
  for (let n = root; n && res.length < k; n = n.left) res.push(n.val);
  void target;
}
