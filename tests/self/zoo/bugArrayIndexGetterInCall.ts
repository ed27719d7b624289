// Bug: the same getter at Array.prototype[0], defined for good in the first call instead of at
// top level, then a correct answer. The check after the call finds it and cannot remove it: from
// then on the grader's own code would meet it anywhere (every new array's first element written
// throws, every read past an end loops), so the grading process ends at once, and each tier is
// graded in a fresh one, where the first call does it again.
// says: it changed a built-in for good
// says: a getter or setter added at Array.prototype[0]
import type { TreeNode } from '../../../kata/TreeNode';
import { closestKValues as twoStacks } from '../../../solutions/twoStacks';
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

let patched = false;

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  if (!patched) {
    patched = true;
    Object.defineProperty(Array.prototype, 0, {
      get(): never {
        for (;;);
      },
    });
  }
  return twoStacks(root, target, k);
}
