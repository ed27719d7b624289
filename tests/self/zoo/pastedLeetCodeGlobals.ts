// Valid: pasted from LeetCode as it is, no imports (but the zoo's type): a depth-first walk on a
// Deque, the k closest kept in a MaxPriorityQueue (v6: dequeue() gives the value), lodash to
// finish. LeetCode provides those globals; so does the grader. O(n log k): passes linear and
// space, not sublinear.
/**
 * Definition for a binary tree node.
 * class TreeNode { val: number; left: TreeNode | null; right: TreeNode | null; ... }
 */

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

function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const heap = new MaxPriorityQueue<number>((v) => Math.abs(v - target));
  const stack = new Deque<TreeNode>();
  if (root) stack.pushBack(root);
  while (!stack.isEmpty()) {
    const node = stack.popBack()!;
    heap.enqueue(node.val);
    if (heap.size() > k) heap.dequeue();
    if (node.right) stack.pushBack(node.right);
    if (node.left) stack.pushBack(node.left);
  }
  return _.take(heap.toArray(), k);
}
