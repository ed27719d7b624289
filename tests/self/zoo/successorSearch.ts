// Valid, O(n·h) reads: walks the values in order, finding each next one by searching from the
// root for the smallest value above the current (counting copies for duplicates). n log n on a
// balanced tree: fails linear.
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'pass',
  edge: 'pass',
  linear: 'growth',
  sublinear: 'growth',
  optimal: 'growth',
  space: 'growth',
  deep: 'readLimit',
};

function nextAbove(root: TreeNode | null, x: number): TreeNode | null {
  let best: TreeNode | null = null;
  for (let n = root; n;) {
    if (n.val > x) {
      best = n;
      n = n.left;
    } else n = n.right;
  }
  return best;
}

function copies(root: TreeNode | null, v: number): number {
  let count = 0;
  const stack = root ? [root] : [];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.val === v) count++;
    if (n.left && v <= n.val) stack.push(n.left);
    if (n.right && v >= n.val) stack.push(n.right);
  }
  return count;
}

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const values: number[] = [];
  for (let node = nextAbove(root, -Infinity); node; node = nextAbove(root, node.val)) {
    const v = node.val;
    for (let c = copies(root, v); c > 0; c--) values.push(v);
  }
  values.sort((a, b) => Math.abs(a - target) - Math.abs(b - target));
  return values.slice(0, k);
}
