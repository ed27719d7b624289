/**
 * Bounded max-heap.
 *
 * Idea: walk the tree in any order, keeping the k closest values seen so far in a max-heap keyed
 * by distance. A value closer than the heap's top (the farthest kept) replaces it.
 *
 * Time: O(n log k) — each of n values may pass through the heap; O(n) reads, each node once.
 * Space: O(k) for the heap, O(h) for the walk's stack.
 *
 * Tiers: correct, edge, linear, space, deep
 * Why: each node is read once, iteratively; it never uses the ordering of the tree, so it cannot
 * skip any part of it: not sublinear.
 *
 * When to use it: when the values come from something that is not a search tree (a stream, a
 * plain binary tree, an unsorted list); "k closest" / "k largest" questions in general.
 *
 * Pitfalls: a max-heap, not a min-heap (the top must be the one to evict); storing nodes and
 * re-reading `node.val` on every comparison costs n log k reads instead of n: store the value.
 */
// complexity: O(n log k) time, O(h + k) space
import type { TreeNode } from '../kata/TreeNode';

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const heap: number[] = []; // values; heap[0] is the farthest from target among those kept
  const farther = (i: number, j: number) => Math.abs(heap[i] - target) > Math.abs(heap[j] - target);
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j], heap[i]]);

  const siftUp = (i: number) => {
    for (
      let parent = (i - 1) >> 1;
      i > 0 && farther(i, parent);
      i = parent, parent = (i - 1) >> 1
    ) {
      swap(i, parent);
    }
  };
  const siftDown = (i: number) => {
    for (;;) {
      let top = i;
      for (const child of [2 * i + 1, 2 * i + 2]) {
        if (child < heap.length && farther(child, top)) top = child;
      }
      if (top === i) return;
      swap(i, top);
      i = top;
    }
  };

  const stack: TreeNode[] = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const value = node.val;
    if (heap.length < k) {
      heap.push(value);
      siftUp(heap.length - 1);
    } else if (Math.abs(value - target) < Math.abs(heap[0] - target)) {
      heap[0] = value;
      siftDown(0);
    }
    if (node.left) stack.push(node.left);
    if (node.right) stack.push(node.right);
  }
  return heap;
}
