// Wrong law at the top: two stacks, but one full in-order walk for k > 1,000 ("k is big anyway").
// O(n) for large k: linear, but not optimal; the large-k check (k ≈ 2048 on trees from 2^18 to 2^22)
// sees one more value cost like n.
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
  if (k > 1000) {
    const vals: number[] = [];
    const stack: TreeNode[] = [];
    for (let node = root; node || stack.length > 0;) {
      while (node) {
        stack.push(node);
        node = node.left;
      }
      node = stack.pop()!;
      vals.push(node.val);
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
