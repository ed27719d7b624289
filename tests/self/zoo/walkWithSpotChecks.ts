// Slightly superlinear: an in-order walk that, for one node in 64, checks it is really in the tree
// by searching for it from the root: n + (n/64)·log n reads. Per-node reads rise by a steady step
// per doubling of n (3.09 → 3.15 → 3.27), which an O(n) law never does: not linear. On a path of
// 100,000 nodes each spot check walks the path: far too many reads for deep.
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

function found(root: TreeNode | null, value: number): boolean {
  for (let node = root; node;) {
    const v = node.val;
    if (v === value) return true;
    node = value < v ? node.left : node.right;
  }
  return false;
}

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const vals: number[] = [];
  const stack: TreeNode[] = [];
  for (let node = root; node || stack.length > 0;) {
    while (node) {
      stack.push(node);
      node = node.left;
    }
    node = stack.pop()!;
    const v = node.val;
    if (vals.length % 64 === 63 && !found(root, v)) throw new Error('not a search tree');
    vals.push(v);
    node = node.right;
  }
  let lo = 0;
  let hi = vals.length - 1;
  while (hi - lo + 1 > k) {
    if (Math.abs(vals[lo] - target) > Math.abs(vals[hi] - target)) lo++;
    else hi--;
  }
  return vals.slice(lo, hi + 1);
}
