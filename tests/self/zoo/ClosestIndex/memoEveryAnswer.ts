// The valid sorted array plus a "cache": every answer is stored in a Map keyed by target and k,
// and a repeated query returns a copy of the stored one. Answers stay right (the copy keeps the
// caller from changing the cache: correct, edge pass), build and queries cost what the valid
// index costs (build, query pass; a hit is O(k)), iterative (deep passes). But the Map gains an
// entry and an array for every new query: what the index keeps grows with the number of queries
// asked, not with n (space: growth), at every size, over 20,000 queries or 5,000.
// says: B more per query asked (5,000 asked)
// says: more for each query asked
import type { TreeNode } from '../../../../kata/TreeNode';
import type { ExpectedIndex } from './expected';

export const expected: ExpectedIndex = {
  correct: 'pass',
  edge: 'pass',
  build: 'pass',
  query: 'pass',
  space: 'growth',
  deep: 'pass',
};

// complexity: O(n) build, O(log n + k) per query, O(n) space

export class ClosestIndex {
  private readonly sorted: number[] = [];
  private readonly cache = new Map<string, number[]>();

  constructor(root: TreeNode | null) {
    const stack: TreeNode[] = [];
    for (let n = root; n || stack.length;) {
      for (; n; n = n.left) stack.push(n);
      const top = stack.pop()!;
      this.sorted.push(top.val);
      n = top.right;
    }
  }

  closestKValues(target: number, k: number): number[] {
    const key = `${target}:${k}`;
    const hit = this.cache.get(key);
    if (hit) return [...hit];
    const a = this.sorted;
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    let i = lo - 1;
    let j = lo;
    while (j - i - 1 < k) {
      if (j < a.length && (i < 0 || a[j] - target < target - a[i])) j++;
      else i--;
    }
    const answer = a.slice(i + 1, j);
    this.cache.set(key, answer);
    return [...answer];
  }
}
