// Bug: installs a stack trace formatter that loops, then throws (a logging helper gone wrong).
// says: reading what it threw (its name, message or stack) did not finish
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'threw',
  edge: 'threw',
  linear: 'threw',
  sublinear: 'threw',
  optimal: 'threw',
  space: 'threw',
  deep: 'threw',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  Error.prepareStackTrace = () => {
    for (;;);
  };
  if (root === null || k > 0) throw new Error(`cannot find ${k} values near ${target}`);
  return [];
}
