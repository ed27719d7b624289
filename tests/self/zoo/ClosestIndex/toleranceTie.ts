// Bug: the sorted array and two pointers, comparing distances with a tolerance ("floats are
// never exact"): two distances within 1e-9 count as a tie, which goes to the value below. With
// target 3.5000000001 and k = 1, 4 is closer than 3 by 2e-10, yet 3 is returned (correct, edge:
// wrongAnswer, both ask near-ties). Its cost and what it keeps are the valid index's, and the
// growth and deep tiers' targets are no near-ties (build, query, space, deep pass).
import type { TreeNode } from '../../../../kata/TreeNode';
import type { ExpectedIndex } from './expected';

export const expected: ExpectedIndex = {
  correct: 'wrongAnswer',
  edge: 'wrongAnswer',
  build: 'pass',
  query: 'pass',
  space: 'pass',
  deep: 'pass',
};

// complexity: O(n) build, O(log n + k) per query, O(n) space

const EPSILON = 1e-9;

export class ClosestIndex {
  private readonly sorted: number[] = [];

  constructor(root: TreeNode | null) {
    const stack: TreeNode[] = [];
    for (let node = root; node || stack.length;) {
      if (node) {
        stack.push(node);
        node = node.left;
      } else {
        const top = stack.pop()!;
        this.sorted.push(top.val);
        node = top.right;
      }
    }
  }

  closestKValues(target: number, k: number): number[] {
    const s = this.sorted;
    let hi = 0;
    let top = s.length;
    while (hi < top) {
      const mid = (hi + top) >>> 1;
      if (s[mid] < target) hi = mid + 1;
      else top = mid;
    }
    let lo = hi - 1;
    while (hi - lo - 1 < k) {
      if (lo < 0) hi++;
      else if (hi >= s.length) lo--;
      else {
        const below = target - s[lo];
        const above = s[hi] - target;
        if (Math.abs(below - above) < EPSILON || below < above) lo--;
        else hi++;
      }
    }
    return s.slice(lo + 1, hi);
  }
}
