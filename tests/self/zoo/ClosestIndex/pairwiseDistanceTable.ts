// Precomputes, for every value, the order of all values by distance from it: a table with a row
// per value and n entries per row, n² in all ("then a query on a stored value is a slice"). Other
// targets use binary search and two pointers. Each row comes from two pointers moving outward
// from its own value, so the build reads each node once (an iterative in-order walk) but does n²
// work and keeps n² numbers: what the index keeps grows like n², faster than n (space: growth).
// Measured here: 0.39 s and 152 MB at n = 2^12, 2.4 s and 681 MB at 2^13 (×4 memory, ×6 time per
// doubling); at 100,000 nodes the heap ran out after 43 s at 4 GB. Blind guess at the verdicts:
// correct and edge trees are small (pass); space sees n² where it samples (growth); the build,
// query and deep tiers need trees of tens of thousands of nodes, where the table takes longer
// than any call may (timeout), unless the grader's heap limit is reached first, which I would
// expect to read as out of memory, not as any of the words in expected.ts.
// Graded: the table passes the memory a call may hold before it is finished (build, query and
// deep: outOfMemory); the space tier's small trees measure it growing faster than n.
// says: grows faster than n
import type { TreeNode } from '../../../../kata/TreeNode';
import type { ExpectedIndex } from './expected';

export const expected: ExpectedIndex = {
  correct: 'pass',
  edge: 'pass',
  build: 'outOfMemory',
  query: 'outOfMemory',
  space: 'growth',
  deep: 'outOfMemory',
};

// complexity: O(n^2) build, O(log n + k) per query, O(n^2) space

export class ClosestIndex {
  private vals: number[] = [];
  private byDistanceFrom: number[][] = [];

  constructor(root: TreeNode | null) {
    const stack: TreeNode[] = [];
    let cur = root;
    while (cur || stack.length) {
      while (cur) {
        stack.push(cur);
        cur = cur.left;
      }
      cur = stack.pop()!;
      this.vals.push(cur.val);
      cur = cur.right;
    }
    for (let i = 0; i < this.vals.length; i++)
      this.byDistanceFrom.push(this.order(i, this.vals[i]));
  }

  // Every value, closest to target first, walking outward from index start.
  private order(start: number, target: number): number[] {
    const v = this.vals;
    const row = [v[start]];
    let l = start - 1;
    let r = start + 1;
    while (l >= 0 || r < v.length) {
      if (r >= v.length || (l >= 0 && target - v[l] <= v[r] - target)) row.push(v[l--]);
      else row.push(v[r++]);
    }
    return row;
  }

  closestKValues(target: number, k: number): number[] {
    const v = this.vals;
    let lo = 0;
    let hi = v.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (v[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    if (lo < v.length && v[lo] === target) return this.byDistanceFrom[lo].slice(0, k);
    let l = lo - 1;
    let r = lo;
    while (r - l - 1 < k) {
      if (r >= v.length || (l >= 0 && target - v[l] <= v[r] - target)) l--;
      else r++;
    }
    return v.slice(l + 1, r);
  }
}
