// Bug: installs a stack trace formatter that loops, then throws (a logging helper gone wrong).
// says: reading what it threw (its name, message or stack) did not finish
// Stopped on a statement example already: every later tier starts on the leash.
// says: left-leaning path of 100,000 nodes: it threw, and reading what it threw (its name, message or stack) did not finish within 0.8 s
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
