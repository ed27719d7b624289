// The sorted array from an iterative in-order walk (build: n reads), but each query finds the
// target's place by scanning from the start ("binary search is where bugs live"), then widens a
// window with two pointers. Correct everywhere and iterative (correct, edge, deep pass), one
// array kept (space passes); but the scan is O(n) per query: no node is read, so the query tier
// times it, and a query on an index 1,024 times larger takes about 1,000 times longer (query:
// growth; ×840 to ×960 measured).
// says: measured CPU per query
// says: the growth of an O(log n + k) query timed beside it
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

// complexity: O(n) build, O(n) per query, O(n) space

export class ClosestIndex {
  private sorted: number[] = [];

  constructor(root: TreeNode | null) {
    const stack: TreeNode[] = [];
    let node = root;
    while (node || stack.length > 0) {
      while (node) {
        stack.push(node);
        node = node.left;
      }
      node = stack.pop()!;
      this.sorted.push(node.val);
      node = node.right;
    }
  }

  closestKValues(target: number, k: number): number[] {
    const a = this.sorted;
    let i = 0;
    while (i < a.length && a[i] < target) i++;
    let lo = i - 1;
    let hi = i;
    while (hi - lo - 1 < k) {
      if (lo < 0) hi++;
      else if (hi >= a.length) lo--;
      else if (target - a[lo] <= a[hi] - target) lo--;
      else hi++;
    }
    return a.slice(lo + 1, hi);
  }
}
