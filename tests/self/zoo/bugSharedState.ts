// Bug: keeps the answer in a module-level array that is never cleared between calls.
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

const res: number[] = [];

function inorder(n: TreeNode | null, acc: number[]): void {
  const stack: TreeNode[] = [];
  while (n || stack.length) {
    while (n) {
      stack.push(n);
      n = n.left;
    }
    n = stack.pop()!;
    acc.push(n.val);
    n = n.right;
  }
}

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const vals: number[] = [];
  inorder(root, vals);
  vals.sort((a, b) => Math.abs(a - target) - Math.abs(b - target));
  res.push(...vals.slice(0, k));
  return res;
}
