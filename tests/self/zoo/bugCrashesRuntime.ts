// Bug: splits a string of 134 million characters into an array of single characters, one more
// element than V8 allows in an array: a fatal error that ends the whole process at once. The grader
// must survive it and say so.
// says: the grading process stopped while running it
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'crashed',
  edge: 'crashed',
  linear: 'crashed',
  sublinear: 'crashed',
  optimal: 'crashed',
  space: 'crashed',
  deep: 'crashed',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const digits = 'x'.repeat(2 ** 27 + 64).split('');
  return digits.slice(0, k).map(() => (root ? root.val : target));
}
