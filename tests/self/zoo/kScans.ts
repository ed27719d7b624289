// Valid, O(n·k): k passes over the whole tree, each picking the closest value not taken yet.
// Linear in n for a fixed k, but k = √n makes it n^1.5: fails linear.
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'pass',
  edge: 'pass',
  linear: 'growth',
  sublinear: 'growth',
  optimal: 'growth',
  space: 'growth',
  deep: 'pass',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const taken = new Map<TreeNode, boolean>();
  const res: number[] = [];
  for (let i = 0; i < k; i++) {
    let best: TreeNode | null = null;
    const stack = root ? [root] : [];
    while (stack.length) {
      const n = stack.pop()!;
      if (
        !taken.has(n) &&
        (best === null || Math.abs(n.val - target) < Math.abs(best.val - target))
      ) {
        best = n;
      }
      if (n.left) stack.push(n.left);
      if (n.right) stack.push(n.right);
    }
    taken.set(best!, true);
    res.push(best!.val);
  }
  return res;
}
