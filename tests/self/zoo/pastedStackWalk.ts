// Valid: pasted from LeetCode as it is (but the zoo's type), using its global Stack
// (@datastructures-js/stack 3.1.6): the two-stacks walk, predecessors and successors of the
// target each kept on a Stack, k steps merging them. O(log n + k) on a balanced tree: passes
// every tier.
/**
 * Definition for a binary tree node.
 * class TreeNode { val: number; left: TreeNode | null; right: TreeNode | null; ... }
 */
// never says: is not defined

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

function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const smaller = new Stack<TreeNode>();
  const larger = new Stack<TreeNode>();
  for (let node = root; node;) {
    if (node.val < target) {
      smaller.push(node);
      node = node.right;
    } else {
      larger.push(node);
      node = node.left;
    }
  }
  // The next value below (or above) the target: the top of its stack, whose far subtree is pushed.
  const next = (stack: Stack<TreeNode>, below: boolean) => {
    const top = stack.pop();
    for (let node = below ? top.left : top.right; node; node = below ? node.right : node.left)
      stack.push(node);
    return top.val;
  };
  const out: number[] = [];
  while (out.length < k) {
    if (larger.isEmpty()) out.push(next(smaller, true));
    else if (smaller.isEmpty()) out.push(next(larger, false));
    else if (target - smaller.peek().val <= larger.peek().val - target)
      out.push(next(smaller, true));
    else out.push(next(larger, false));
  }
  return out;
}
