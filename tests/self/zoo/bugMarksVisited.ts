// Bug: marks nodes with a `visited` property and leaves the marks behind.
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'changedTree',
  edge: 'changedTree',
  linear: 'changedTree',
  sublinear: 'changedTree',
  optimal: 'changedTree',
  space: 'changedTree',
  deep: 'changedTree',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const vals: number[] = [];
  const stack: (TreeNode & { visited?: boolean })[] = root ? [root] : [];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.visited) continue;
    n.visited = true;
    vals.push(n.val);
    if (n.left) stack.push(n.left);
    if (n.right) stack.push(n.right);
  }
  return vals.sort((a, b) => Math.abs(a - target) - Math.abs(b - target)).slice(0, k);
}
