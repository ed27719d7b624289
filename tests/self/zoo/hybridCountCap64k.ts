// Valid, optimal: an in-order walk that gives up after 64·k nodes; a tree it finished is answered
// from the sorted values (a window), a larger one by two stacks. The walk costs at most 64·k
// visits: O(log n + k) with a constant of 64 per value. Where k is a large share of n (k = n/16 at
// 2^16) it reads the whole tree, which IS O(k) there; the cost per value is judged where n is far
// above 64·k.
// complexity: O(log n + k)
// says: O(log n + k) matches
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'pass',
  edge: 'pass',
  linear: 'pass',
  sublinear: 'pass',
  optimal: 'pass',
  space: 'pass',
  deep: 'pass',
};

/** The sorted values, or null once more than `cap` nodes were seen. */
function inOrderUpTo(root: TreeNode | null, cap: number): number[] | null {
  const values: number[] = [];
  const stack: TreeNode[] = [];
  for (let node = root; node || stack.length > 0;) {
    while (node) {
      stack.push(node);
      node = node.left;
    }
    const top = stack.pop()!;
    if (values.length === cap) return null;
    values.push(top.val);
    node = top.right;
  }
  return values;
}

function window(values: number[], target: number, k: number): number[] {
  let [lo, hi] = [0, values.length - 1];
  while (hi - lo + 1 > k) {
    if (Math.abs(values[lo] - target) > Math.abs(values[hi] - target)) lo++;
    else hi--;
  }
  return values.slice(lo, hi + 1);
}

function twoStacks(root: TreeNode | null, target: number, k: number): number[] {
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

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const values = inOrderUpTo(root, 64 * k);
  return values ? window(values, target, k) : twoStacks(root, target, k);
}
