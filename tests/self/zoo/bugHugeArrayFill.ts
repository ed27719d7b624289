// Bug: builds its answer as an array of fifty million copies. `new Array(5e7)` is a sparse array,
// and filling one is a single built-in call that nothing inside the process can interrupt (it runs
// for 20 s and takes 3.7 GB): stopped when its memory passes the budget.
// says: it ran out of memory
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'outOfMemory',
  edge: 'outOfMemory',
  linear: 'outOfMemory',
  sublinear: 'outOfMemory',
  optimal: 'outOfMemory',
  space: 'outOfMemory',
  deep: 'outOfMemory',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  return new Array(5e7).fill(root ? root.val : target).slice(0, k + 50_000_000);
}
