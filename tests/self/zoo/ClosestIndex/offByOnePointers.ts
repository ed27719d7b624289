// Bug: the sorted array and two pointers, with the pointers started one place off: l at the first
// value >= target instead of the one before it, r after it. That first value is always taken
// first (its "distance" target - vals[l] is <= 0), even when the value just below the target is
// closer; with the target above every value, l starts past the end and undefined comes back.
// Wrong on many queries between two values (correct, edge, query, deep: wrongAnswer, each tier
// checking the answers it gets); the build and what it keeps are the valid index's (build, space
// pass).
// Graded: the build tier's calls ask a query too, and its answers are wrong (build: wrongAnswer).
import type { TreeNode } from '../../../../kata/TreeNode';
import type { ExpectedIndex } from './expected';

export const expected: ExpectedIndex = {
  correct: 'wrongAnswer',
  edge: 'wrongAnswer',
  build: 'wrongAnswer',
  query: 'wrongAnswer',
  space: 'pass',
  deep: 'wrongAnswer',
};

// complexity: O(n) build, O(log n + k) per query, O(n) space

export class ClosestIndex {
  private arr: number[] = [];

  constructor(root: TreeNode | null) {
    const st: TreeNode[] = [];
    let n = root;
    while (n || st.length) {
      while (n) {
        st.push(n);
        n = n.left;
      }
      n = st.pop()!;
      this.arr.push(n.val);
      n = n.right;
    }
  }

  closestKValues(target: number, k: number): number[] {
    const a = this.arr;
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    let l = lo;
    let r = lo + 1;
    const res: number[] = [];
    while (res.length < k) {
      if (r >= a.length || (l >= 0 && target - a[l] <= a[r] - target)) res.push(a[l--]);
      else res.push(a[r++]);
    }
    return res;
  }
}
