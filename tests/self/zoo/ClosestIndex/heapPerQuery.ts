// Keeps every value and per query heapifies all of them into a min-heap by distance, then pops k:
// O(n + k log n) per query, "heapify is linear, so it's fine". Right answers, the kept array is
// copied before heapifying (correct, edge pass), the build is one iterative walk (build passes),
// nothing is kept per query (space passes), no recursion (deep passes). The heapify touches all
// n values on every query: its CPU time grows about 1,000 times on an index 1,024 times larger
// (query: growth).
// Graded: its query's CPU grows ×1,100 and more from 2^10 to 2^20 (query: growth). It ran out of
// memory while the clock's check let the copies of slow queries pile up between collections.
// says: query's CPU time grew
// says: not run, as query already failed: k = 1 to 4
// never says: ran out of memory
import type { TreeNode } from '../../../../kata/TreeNode';
import type { ExpectedIndex } from './expected';

export const expected: ExpectedIndex = {
  correct: 'pass',
  edge: 'pass',
  build: 'pass',
  query: 'growth',
  space: 'pass',
  deep: 'pass',
};

// complexity: O(n) build, O(n + k log n) per query, O(n) space

export class ClosestIndex {
  private readonly values: number[] = [];

  constructor(root: TreeNode | null) {
    const todo = root ? [root] : [];
    while (todo.length) {
      const node = todo.pop()!;
      this.values.push(node.val);
      if (node.right) todo.push(node.right);
      if (node.left) todo.push(node.left);
    }
  }

  closestKValues(target: number, k: number): number[] {
    const heap = this.values.slice();
    const dist = (i: number) => Math.abs(heap[i] - target);
    const siftDown = (start: number, size: number) => {
      let i = start;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < size && dist(l) < dist(best)) best = l;
        if (r < size && dist(r) < dist(best)) best = r;
        if (best === i) return;
        [heap[i], heap[best]] = [heap[best], heap[i]];
        i = best;
      }
    };
    for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(i, heap.length);
    const out: number[] = [];
    for (let size = heap.length; out.length < k;) {
      out.push(heap[0]);
      heap[0] = heap[--size];
      siftDown(0, size);
    }
    return out;
  }
}
