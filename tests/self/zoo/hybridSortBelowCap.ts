// Valid, optimal: counts the nodes, stopping at 20,000; a smaller tree is copied and sorted by
// distance ("small inputs: just sort everything"), a larger one gets two stacks. The count costs at
// most 20,000 visits, a constant: O(log n + k) for every n, a switch to a better law at 20,000
// nodes. Below the cap one more k costs nothing (the whole tree is read anyway), above it 5 reads.
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

const CAP = 20_000;

function countUpTo(root: TreeNode | null, cap: number): number {
  let count = 0;
  const stack = root ? [root] : [];
  while (stack.length > 0 && count < cap) {
    const node = stack.pop()!;
    count++;
    if (node.left) stack.push(node.left);
    if (node.right) stack.push(node.right);
  }
  return count;
}

function sortAll(root: TreeNode | null, target: number, k: number): number[] {
  const values: number[] = [];
  const stack = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    values.push(node.val);
    if (node.left) stack.push(node.left);
    if (node.right) stack.push(node.right);
  }
  values.sort((a, b) => Math.abs(a - target) - Math.abs(b - target));
  return values.slice(0, k);
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
  return countUpTo(root, CAP) < CAP ? sortAll(root, target, k) : twoStacks(root, target, k);
}
