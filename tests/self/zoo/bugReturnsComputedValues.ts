// Bug: keeps each value's signed distance to the target and returns target + distance, which is
// the value itself only when the arithmetic is exact. With targets that are multiples of 1/8 it
// is; with a target a hair off a midpoint (0.5000000001) or like 252,791,755.96452495 with values
// on the far side of zero, value − target is rounded and the sum comes back as -87,618,444.00000003.
// says: a target with many decimals
// says: it returned 1.0000000000000002, which is not in the tree
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'wrongAnswer',
  edge: 'wrongAnswer',
  linear: 'pass',
  sublinear: 'growth',
  optimal: 'growth',
  space: 'growth',
  deep: 'pass',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const offsets: number[] = [];
  const stack: TreeNode[] = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    offsets.push(node.val - target);
    if (node.left) stack.push(node.left);
    if (node.right) stack.push(node.right);
  }
  offsets.sort((a, b) => Math.abs(a) - Math.abs(b));
  return offsets.slice(0, k).map((offset) => target + offset);
}
