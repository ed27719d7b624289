// Bug: allocates a billion-slot array in one go (a misread constraint), then fills it.
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
  const seen = new Array(1e9).fill(0);
  return seen.slice(0, k).map(() => (root ? root.val : target));
}
