// Bug: throws a bare string when k looks too large (it is not: k <= n always holds).
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'threw',
  edge: 'threw',
  linear: 'pass',
  sublinear: 'growth',
  optimal: 'growth',
  space: 'growth',
  deep: 'pass',
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
  if (k >= vals.length) throw 'k is too large';
  return vals.sort((a, b) => Math.abs(a - target) - Math.abs(b - target)).slice(0, k);
}
