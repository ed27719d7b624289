// Bug: sorts by distance with a comparator that returns a boolean (`a > b` instead of `a - b`).
// Array.prototype.sort reads true as 1 and false as 0, never as "a comes first": the order comes out
// wrong on all but the smallest arrays. Reads the tree once, recursively.
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'wrongAnswer',
  edge: 'wrongAnswer',
  linear: 'wrongAnswer',
  sublinear: 'wrongAnswer',
  optimal: 'wrongAnswer',
  space: 'wrongAnswer',
  deep: 'stackOverflow',
};
// says: it left out
// says: which is farther from

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const values: number[] = [];
  const walk = (node: TreeNode | null): void => {
    if (!node) return;
    walk(node.left);
    values.push(node.val);
    walk(node.right);
  };
  walk(root);
  const fartherFirst = (a: number, b: number) => Math.abs(a - target) > Math.abs(b - target);
  values.sort(fartherFirst as unknown as (a: number, b: number) => number);
  return values.slice(0, k);
}
