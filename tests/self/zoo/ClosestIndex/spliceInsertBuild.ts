// Builds the sorted array by taking the nodes in level order and inserting each value at its
// place (binary search, then splice), queries with binary search and two pointers. Every node is
// read once, so the build's reads grow like n (build: pass): the O(n²) of the splices shifting
// the array is work the reads cannot see, and the build tier judges reads. Queries, space and
// answers are the valid sorted array's (correct, edge, query, space pass). Deep: the left-leaning
// path comes in descending order, so each value is inserted at the front: about 5·10⁹ element
// moves for 100,000 nodes, under two seconds here, slow but no timeout (deep: pass).
// Graded: its build's time, invisible to reads (build: pass), does not end at 2^20, so the
// query tier cannot ask a query there and says so (query: timeout, its constructor named).
// says: its constructor (the index's build) did not return
import type { TreeNode } from '../../../../kata/TreeNode';
import type { ExpectedIndex } from './expected';

export const expected: ExpectedIndex = {
  correct: 'pass',
  edge: 'pass',
  build: 'pass',
  query: 'timeout',
  space: 'pass',
  deep: 'pass',
};

// complexity: O(n^2) build, O(log n + k) per query, O(n) space

function lowerBound(a: number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class ClosestIndex {
  private values: number[] = [];

  constructor(root: TreeNode | null) {
    const level: TreeNode[] = root ? [root] : [];
    for (let i = 0; i < level.length; i++) {
      const { val, left, right } = level[i];
      this.values.splice(lowerBound(this.values, val), 0, val);
      if (left) level.push(left);
      if (right) level.push(right);
    }
  }

  closestKValues(target: number, k: number): number[] {
    const v = this.values;
    let r = lowerBound(v, target);
    let l = r - 1;
    while (r - l - 1 < k) {
      if (r === v.length || (l >= 0 && target - v[l] <= v[r] - target)) l--;
      else r++;
    }
    return v.slice(l + 1, r);
  }
}
