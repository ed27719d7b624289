// Keeps every value (a BFS with a queue in the constructor: n reads) and per query sorts a copy
// by distance and keeps the first k. Right answers and the kept array untouched (correct, edge
// pass), iterative (deep passes), one array kept (space passes); a query is an O(n log n) sort
// whatever k is, and its CPU time grows about 300 times on an index 256 times larger (query:
// growth).
// Graded: a sorted copy of 2^20 values per query holds over 64 MB in one call (query: outOfMemory).
import type { TreeNode } from '../../../../kata/TreeNode';
import type { ExpectedIndex } from './expected';

export const expected: ExpectedIndex = {
  correct: 'pass',
  edge: 'pass',
  build: 'pass',
  query: 'outOfMemory',
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
