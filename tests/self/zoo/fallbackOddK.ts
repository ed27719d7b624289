// Wrong law for one k in two: two stacks, but an odd k above 1 gets one in-order walk of the whole
// tree and a shrinking window ("an odd k has no middle: play safe"). O(n) for k = 3, 5, 7...: not
// sublinear, not optimal. Checks that only ever call k = 4 (and k = 1) never see it.
// complexity: O(log n + k)
// says: O(log n + k) is too optimistic
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'pass',
  edge: 'pass',
  linear: 'pass',
  sublinear: 'growth',
  optimal: 'growth',
  space: 'pass',
  deep: 'pass',
};

function window(root: TreeNode | null, target: number, k: number): number[] {
  const vals: number[] = [];
  const stack: TreeNode[] = [];
  for (let node = root; node || stack.length > 0;) {
    while (node) {
      stack.push(node);
      node = node.left;
    }
    const top = stack.pop()!;
    vals.push(top.val);
    node = top.right;
  }
  let [lo, hi] = [0, vals.length - 1];
  while (hi - lo + 1 > k) {
    if (Math.abs(vals[lo] - target) > Math.abs(vals[hi] - target)) lo++;
    else hi--;
  }
  return vals.slice(lo, hi + 1);
}

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  if (k > 1 && k % 2 === 1) return window(root, target, k);
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
