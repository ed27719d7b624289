// Eager: push every node into a min-heap keyed by distance (a walk of the whole tree), then pop
// one per next(). Lazy in what it gives but not in what it reads: all n nodes are read before the
// first value (lazy: growth) and the heap holds every node while paused (space: growth). The walk
// uses an explicit stack and the heap is an array, so deep passes.
import type { TreeNode } from '../../../../kata/TreeNode';
import type { ExpectedFirst } from './expected';

export const expected: ExpectedFirst = {
  correct: 'pass',
  edge: 'pass',
  lazy: 'growth',
  space: 'growth',
  deep: 'pass',
};

// complexity: O(n) first value, O(log n) per value, O(n) space

export function closestFirst(root: TreeNode | null, target: number): Iterator<number> {
  const heap: TreeNode[] = [];
  const dist = (i: number) => Math.abs(heap[i].val - target);
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j], heap[i]]);

  const walk: TreeNode[] = root ? [root] : [];
  while (walk.length) {
    const node = walk.pop()!;
    heap.push(node);
    for (let i = heap.length - 1; i > 0 && dist((i - 1) >> 1) > dist(i); i = (i - 1) >> 1) {
      swap(i, (i - 1) >> 1);
    }
    if (node.right) walk.push(node.right);
    if (node.left) walk.push(node.left);
  }

  return {
    next() {
      if (heap.length === 0) return { done: true, value: undefined };
      const top = heap[0].val;
      swap(0, heap.length - 1);
      heap.pop();
      let i = 0;
      for (;;) {
        let m = i;
        for (const c of [2 * i + 1, 2 * i + 2]) if (c < heap.length && dist(c) < dist(m)) m = c;
        if (m === i) break;
        swap(i, m);
        i = m;
      }
      return { done: false, value: top };
    },
  };
}
