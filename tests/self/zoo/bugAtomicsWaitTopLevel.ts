// Bug: the same endless Atomics.wait at top level, as soon as the file is loaded: the file never
// finishes loading, with no CPU used, and its load's clock must end it.
// says: did not finish within 2 s
import type { TreeNode } from '../../../kata/TreeNode';
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

Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  return root ? [root.val].slice(0, k) : [target];
}
