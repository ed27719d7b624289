// Wrong law at the top: two stacks, but a full in-order walk once the left spine has 16 levels or
// more ("a tree that deep must be unbalanced: play safe"). Reads at k = 1 go 26 → 38 → 196,658 at
// n = 2^8, 2^12, 2^16: the walk is the law that stays as n grows, so it is not sublinear, and its
// claim of O(log n + k) is too optimistic.
// says: O(log n + k) is too optimistic
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'pass',
  edge: 'pass',
  linear: 'pass',
  sublinear: 'growth',
  optimal: 'growth',
  space: 'growth',
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
  let spine = 0;
  for (let node = root; node; node = node.left) spine++;
  if (spine >= 16) return walkAll(root, target, k);
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
