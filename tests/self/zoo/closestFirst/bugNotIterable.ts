// Bug: returns the closest value itself, a number, as a learner would for "the closest value"
// (LeetCode 270), not an iterator: nothing to iterate, so every tier says wrongAnswer.
// says: not an iterator (a generator, an object with next(), or an iterable)
import type { TreeNode } from '../../../../kata/TreeNode';
import type { ExpectedFirst } from './expected';

export const expected: ExpectedFirst = {
  correct: 'wrongAnswer',
  edge: 'wrongAnswer',
  lazy: 'wrongAnswer',
  space: 'wrongAnswer',
  deep: 'wrongAnswer',
};

export function closestFirst(root: TreeNode | null, target: number): any {
  let best: number | undefined;
  for (let n = root; n; n = target < n.val ? n.left : n.right) {
    if (best === undefined || Math.abs(n.val - target) < Math.abs(best - target)) best = n.val;
  }
  return best;
}
