// Bug: defines Array.prototype[0] as a getter that loops forever (a "safe first element" helper
// gone wrong), then solves correctly with the two-stacks walk. Any read of index 0 of an empty
// array, the grader's own included, would run it. Defined for good (not configurable), it cannot
// be removed: the file is refused as it loads, before any grader code can meet the getter.
// says: changed the built-ins the grader judges answers with (a getter or setter added at Array.prototype[0]); it could not be put back
import type { TreeNode } from '../../../kata/TreeNode';
import { closestKValues as twoStacks } from '../../../solutions/twoStacks';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'load',
  edge: 'load',
  linear: 'load',
  sublinear: 'load',
  optimal: 'load',
  space: 'load',
  deep: 'load',
};

Object.defineProperty(Array.prototype, 0, {
  get(): never {
    for (;;);
  },
});

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  return twoStacks(root, target, k);
}
