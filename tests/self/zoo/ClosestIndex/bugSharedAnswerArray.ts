// Bug: the sorted array and two pointers, but every query fills the same answer array, kept on
// the index to spare an allocation. Each answer is right when it is returned; the next query
// overwrites it, so a caller that kept the earlier answer sees it change. The correct tier's many
// queries per index keep each answer, and the second query returns the very array of the first
// (correct: wrongAnswer, saying to return a new array each time). The other tiers read each
// answer as it comes back (edge, build, query, space, deep: pass).
// says: it returned the very array the query before it returned
import type { TreeNode } from '../../../../kata/TreeNode';
import type { ExpectedIndex } from './expected';

export const expected: ExpectedIndex = {
  correct: 'wrongAnswer',
  edge: 'pass',
  build: 'pass',
  query: 'pass',
  space: 'pass',
  deep: 'pass',
};

// complexity: O(n) build, O(log n + k) per query, O(n) space

export class ClosestIndex {
  private values: number[] = [];
  private answer: number[] = [];

  constructor(root: TreeNode | null) {
    const stack: TreeNode[] = [];
    let node = root;
    while (node || stack.length) {
      while (node) {
        stack.push(node);
        node = node.left;
      }
      node = stack.pop()!;
      this.values.push(node.val);
      node = node.right;
    }
  }

  closestKValues(target: number, k: number): number[] {
    const v = this.values;
    let lo = 0;
    let hi = v.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (v[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    let [l, r] = [lo - 1, lo];
    const out = this.answer;
    out.length = 0;
    while (out.length < k) {
      if (r >= v.length || (l >= 0 && target - v[l] <= v[r] - target)) out.push(v[l--]);
      else out.push(v[r++]);
    }
    return out;
  }
}
