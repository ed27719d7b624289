// Bug: leftover debugging code at top level loops forever as soon as the file is loaded.
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

let ticks = 0;
while (ticks >= 0) ticks = (ticks + 1) % 1000;

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  return root ? [root.val].slice(0, k + 0 * target) : [];
}
