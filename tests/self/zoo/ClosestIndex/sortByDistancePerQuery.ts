// Keeps every value (a BFS with a queue in the constructor: n reads) and per query sorts a copy
// by distance and keeps the first k. Right answers and the kept array untouched (correct, edge
// pass), iterative (deep passes), one array kept (space passes); a query is an O(n log n) sort
// whatever k is, and its CPU time grows about 2,000 times on an index 1,024 times larger (query:
// growth).
// Graded: its query's CPU grows ×2,000 and more from 2^10 to 2^20; the clock's check stops a batch
// after a few such queries, before their copies fill the heap (it ran out of memory when it looked
// only every 1,024 queries).
// says: query's CPU time grew
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

// complexity: O(n) build, O(n log n) per query, O(n) space

export class ClosestIndex {
  private readonly all: number[];

  constructor(root: TreeNode | null) {
    this.all = [];
    const queue: TreeNode[] = root ? [root] : [];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head];
      this.all.push(node.val);
      if (node.left) queue.push(node.left);
      if (node.right) queue.push(node.right);
    }
  }

  closestKValues(target: number, k: number): number[] {
    const byDistance = this.all.slice();
    byDistance.sort((x, y) => Math.abs(x - target) - Math.abs(y - target));
    return byDistance.slice(0, k);
  }
}
