// Bug: builds the answer from a string (split) and returns strings, not numbers.
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
  const vals: number[] = [];
  const stack: TreeNode[] = root ? [root] : [];
  while (stack.length) {
    const n = stack.pop()!;
    vals.push(n.val);
    if (n.left) stack.push(n.left);
    if (n.right) stack.push(n.right);
  }
  vals.sort((a, b) => Math.abs(a - target) - Math.abs(b - target));
  return vals.slice(0, k).join(',').split(',') as unknown as number[];
}
