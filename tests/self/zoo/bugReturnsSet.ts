// Bug: collects the answer in a Set (to "avoid duplicates", which also loses real ones) and
// returns the Set itself: not an array. The message says how to make one.
// says: it returned a Set
// says: not an array (Array.from(...) makes one of it)
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'wrongAnswer',
  edge: 'wrongAnswer',
  linear: 'wrongAnswer',
  sublinear: 'wrongAnswer',
  optimal: 'wrongAnswer',
  space: 'wrongAnswer',
  deep: 'wrongAnswer',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const values: number[] = [];
  const stack: TreeNode[] = [];
  let node = root;
  while (node || stack.length) {
    while (node) {
      stack.push(node);
      node = node.left;
    }
    node = stack.pop()!;
    values.push(node.val);
    node = node.right;
  }
  values.sort((a, b) => Math.abs(a - target) - Math.abs(b - target));
  return new Set(values.slice(0, k)) as unknown as number[];
}
