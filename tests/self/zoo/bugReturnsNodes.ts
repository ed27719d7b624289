// Bug: returns the nodes instead of their values.
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'wrongAnswer',
  edge: 'wrongAnswer',
  linear: 'wrongAnswer',
  sublinear: 'wrongAnswer',
  optimal: 'wrongAnswer',
  space: 'growth',
  deep: 'wrongAnswer',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const nodes: TreeNode[] = [];
  const stack: TreeNode[] = [];
  for (let n = root; n || stack.length;) {
    while (n) {
      stack.push(n);
      n = n.left;
    }
    n = stack.pop()!;
    nodes.push(n);
    n = n.right;
  }
  nodes.sort((a, b) => Math.abs(a.val - target) - Math.abs(b.val - target));
  return nodes.slice(0, k) as unknown as number[];
}
