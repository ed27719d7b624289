// Valid: the two-stacks reference, with a helper added to Object.prototype (enumerable, as plain
// assignment makes it): the nodes are unchanged, and for-in over them lists the helper. Passes
// everything.
import type { TreeNode } from '../../../kata/TreeNode';
import { closestKValues as twoStacks } from '../../../solutions/twoStacks';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'pass',
  edge: 'pass',
  linear: 'pass',
  sublinear: 'pass',
  optimal: 'pass',
  space: 'pass',
  deep: 'pass',
};

declare global {
  interface Object {
    isBlank(): boolean;
  }
}
Object.prototype.isBlank = function (this: object) {
  return this === null;
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  if (root?.isBlank()) return [];
  return twoStacks(root, target, k);
}
