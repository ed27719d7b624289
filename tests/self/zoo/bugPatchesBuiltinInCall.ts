// Bug: "fixes" Array.prototype.some inside the call, so that any check for a value left out finds
// none, and returns the root's value k times. Every call is caught changing a built-in, which is
// put back before anything judges with it.
// says: it replaced Array.prototype.some, a built-in the grader judges answers with
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'changedBuiltin',
  edge: 'changedBuiltin',
  linear: 'changedBuiltin',
  sublinear: 'changedBuiltin',
  optimal: 'changedBuiltin',
  space: 'changedBuiltin',
  deep: 'changedBuiltin',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  Array.prototype.some = () => false;
  return Array.from({ length: k }, () => (root ? root.val : target));
}
