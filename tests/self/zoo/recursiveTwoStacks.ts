// Valid and optimal on balanced trees, but the stacks are seeded by a recursive descent: the
// 100,000-deep paths overflow the call stack.
// says: extra memory grows like h + k
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'pass',
  edge: 'pass',
  linear: 'pass',
  sublinear: 'pass',
  optimal: 'pass',
  space: 'pass',
  deep: 'stackOverflow',
};

function seed(node: TreeNode | null, target: number, lower: TreeNode[], upper: TreeNode[]): void {
  if (!node) return;
  if (node.val < target) {
    lower.push(node);
    seed(node.right, target, lower, upper);
  } else {
    upper.push(node);
    seed(node.left, target, lower, upper);
  }
}

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const lower: TreeNode[] = [];
  const upper: TreeNode[] = [];
  seed(root, target, lower, upper);
  const res: number[] = [];
  while (k-- > 0) {
    const l = lower.length ? lower[lower.length - 1].val : -Infinity;
    const u = upper.length ? upper[upper.length - 1].val : Infinity;
    if (target - l <= u - target) {
      const n = lower.pop()!;
      res.push(n.val);
      for (let c = n.left; c; c = c.right) lower.push(c);
    } else {
      const n = upper.pop()!;
      res.push(n.val);
      for (let c = n.right; c; c = c.left) upper.push(c);
    }
  }
  return res;
}
