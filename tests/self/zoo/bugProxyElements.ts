// Bug: returns a plain array whose elements are Proxies with traps that loop (values wrapped for
// "tracing"): describing such an element (its tag, its constructor) would run the traps, and the
// grader never does.
// says: element 0 of the answer is a Proxy, not a value from the tree
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

const spin = (): never => {
  for (;;);
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const value = { val: root?.val ?? target };
  const traced = new Proxy(value, { get: spin, getPrototypeOf: spin, has: spin, ownKeys: spin });
  return Array.from({ length: k }, () => traced as unknown as number);
}
