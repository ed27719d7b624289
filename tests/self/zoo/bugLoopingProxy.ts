// Bug: returns a Proxy over the answer whose traps loop forever (a "tracing" wrapper gone wrong).
// The grader never runs a Proxy's traps: it says what came back, at once.
// says: it returned a Proxy, not an array
// never says: did not finish
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
  const spin = (): never => {
    for (;;);
  };
  return new Proxy(answer, { get: spin, getPrototypeOf: spin, has: spin, ownKeys: spin });
}
