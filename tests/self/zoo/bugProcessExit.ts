// Bug: a competitive-programming habit: print the answer and exit. Here it must not end the grader.
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'threw',
  edge: 'threw',
  linear: 'threw',
  sublinear: 'threw',
  optimal: 'threw',
  space: 'threw',
  deep: 'threw',
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
  console.log(
    vals
      .sort((a, b) => Math.abs(a - target) - Math.abs(b - target))
      .slice(0, k)
      .join(' '),
  );
  process.exit(0);
}
