// Valid: pasted from LeetCode as it is (but the zoo's type), using its global MaxHeap
// (@datastructures-js/heap 4.3.7): an iterative in-order walk feeding a heap bounded to k values,
// the farthest on top. Reads the whole tree once: O(n log k) time, O(h + k) space; passes linear
// and space, not sublinear.
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
  sublinear: 'growth',
  optimal: 'growth',
  space: 'pass',
  deep: 'pass',
};

function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const heap = new MaxHeap<number>((v) => Math.abs(v - target));
  const path: TreeNode[] = [];
  let node = root;
  while (node || path.length) {
    while (node) {
      path.push(node);
      node = node.left;
    }
    node = path.pop();
    heap.push(node.val);
    if (heap.size() > k) heap.pop();
    node = node.right;
  }
  return heap.toArray();
}
