// Slow law below √n: before two stacks, a breadth-first look at the top quarter of the tree's
// levels ("check it is balanced enough"): about n^0.25 extra reads beside the 2 log n descent. The
// card used to call that log n; measured up to 2^20 it is a power of n: sublinear, not optimal.
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'pass',
  edge: 'pass',
  linear: 'pass',
  sublinear: 'pass',
  optimal: 'growth',
  space: 'pass',
  deep: 'pass',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  let height = 0;
  for (let node = root; node; node = node.left) height++;
  let level: TreeNode[] = root ? [root] : [];
  for (let depth = 1; depth < Math.ceil(height / 4) && level.length > 0; depth++) {
    const next: TreeNode[] = [];
    for (const node of level) {
      if (node.left) next.push(node.left);
      if (node.right) next.push(node.right);
    }
    level = next;
  }
  const lower: TreeNode[] = [];
  const upper: TreeNode[] = [];
  for (let node = root; node;) {
    if (node.val < target) {
      lower.push(node);
      node = node.right;
    } else {
      upper.push(node);
      node = node.left;
    }
  }
  const out: number[] = [];
  while (out.length < k) {
    const b = lower[lower.length - 1];
    const a = upper[upper.length - 1];
    if (!a || (b && target - b.val <= a.val - target)) {
      lower.pop();
      out.push(b.val);
      for (let n = b.left; n; n = n.right) lower.push(n);
    } else {
      upper.pop();
      out.push(a.val);
      for (let n = a.right; n; n = n.left) upper.push(n);
    }
  }
  return out;
}
