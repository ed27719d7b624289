// Bug, or a trick that goes further: redefines Array.prototype.some inside the call as
// non-configurable, so that it cannot be put back. Every later call is caught again, so nothing
// judged with it passes, and the card says it could not be undone.
// says: it could not be put back (made unchangeable), so nothing judged with it can pass
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
  try {
    Object.defineProperty(Array.prototype, 'some', {
      value: () => false,
      configurable: false,
      writable: false,
    });
  } catch {
    // already redefined by an earlier call
  }
  return Array.from({ length: k }, () => (root ? root.val : target));
}
