// Valid: two stacks while k is small, one full in-order walk once k > 64 ("for a big k, reading
// everything is as good"). O(n) at worst: passes linear wherever the switch falls in its series;
// for large k on a large tree it reads far more than log n + k: not optimal, and its author's
// claim is too optimistic.
// says: O(log n + k) is too optimistic: reads grow like log n at a small k, like n at a large k
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

function walkAll(root: TreeNode | null, target: number, k: number): number[] {
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
  let [lo, hi] = [0, vals.length - 1];
  while (hi - lo + 1 > k) {
    if (Math.abs(vals[lo] - target) > Math.abs(vals[hi] - target)) lo++;
    else hi--;
  }
  return vals.slice(lo, hi + 1);
}

// complexity: O(log n + k)
export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  if (k > 64) return walkAll(root, target, k);
  const below: TreeNode[] = [];
  const above: TreeNode[] = [];
  for (let node = root; node;) {
    if (node.val < target) {
      below.push(node);
      node = node.right;
    } else {
      above.push(node);
      node = node.left;
    }
  }
  const out: number[] = [];
  while (out.length < k) {
    const b = below[below.length - 1];
    const a = above[above.length - 1];
    if (!a || (b && target - b.val <= a.val - target)) {
      below.pop();
      out.push(b.val);
      for (let n = b.left; n; n = n.right) below.push(n);
    } else {
      above.pop();
      out.push(a.val);
      for (let n = a.right; n; n = n.left) above.push(n);
    }
  }
  return out;
}
