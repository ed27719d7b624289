// Valid: the sorted-array index with private class fields (#values): an iterative in-order walk
// in the constructor (n reads), a binary search and two indexes moving outward per query
// (O(log n + k) CPU, no reads), one array of n values kept and nothing per query: every tier
// passes, space as O(n), which this exercise allows.
// says: ✓ query      CPU per query
// says: ✓ space      the index keeps
// says: nothing more per query asked (under 4 B a query: the heap's wobble)
// says: ✓ build      the build: reads per node 3.00
import type { TreeNode } from '../../../../kata/TreeNode';
import type { ExpectedIndex } from './expected';

export const expected: ExpectedIndex = {
  correct: 'pass',
  edge: 'pass',
  build: 'pass',
  query: 'pass',
  space: 'pass',
  deep: 'pass',
};

// complexity: O(n) build, O(log n + k) per query, O(n) space

export class ClosestIndex {
  #values: number[] = [];

  constructor(root: TreeNode | null) {
    const stack: TreeNode[] = [];
    let cur = root;
    while (cur || stack.length) {
      if (cur) {
        stack.push(cur);
        cur = cur.left;
      } else {
        const node = stack.pop()!;
        this.#values.push(node.val);
        cur = node.right;
      }
    }
  }

  #lowerBound(target: number): number {
    let lo = 0;
    let hi = this.#values.length;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.#values[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  closestKValues(target: number, k: number): number[] {
    const vals = this.#values;
    let right = this.#lowerBound(target);
    let left = right - 1;
    const out: number[] = [];
    while (out.length < k) {
      if (left < 0) out.push(vals[right++]);
      else if (right >= vals.length) out.push(vals[left--]);
      else if (target - vals[left] <= vals[right] - target) out.push(vals[left--]);
      else out.push(vals[right++]);
    }
    return out;
  }
}
