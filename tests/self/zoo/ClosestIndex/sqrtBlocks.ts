// The sorted array from an iterative in-order walk (build: n reads), and per query a walk over
// block heads √n apart to the target's block, then a binary search inside it and two pointers
// outward. Correct everywhere, iterative, one array kept (correct, edge, build, space, deep pass);
// but the walk over the heads is O(√n) per query: no node is read, so the query tier times it, and
// its CPU time grows about ×18 from 2^10 to 2^20, about ×8 the growth of an O(log n + k) query timed
// beside it (query: growth). Written by the lead, lean as a learner would write it: a √n walk with
// a much larger fixed cost per query (a microsecond) shows about ×1.3 and is not caught.
// says: query's CPU time grew
// says: O(√n + k) per query matches
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

// complexity: O(n) build, O(√n + k) per query, O(n) space

export class ClosestIndex {
  private readonly values: number[] = [];
  private readonly step: number;

  constructor(root: TreeNode | null) {
    const stack: TreeNode[] = [];
    let node = root;
    while (node || stack.length > 0) {
      while (node) {
        stack.push(node);
        node = node.left;
      }
      node = stack.pop()!;
      this.values.push(node.val);
      node = node.right;
    }
    this.step = Math.max(1, Math.floor(Math.sqrt(this.values.length)));
  }

  closestKValues(target: number, k: number): number[] {
    const v = this.values;
    let from = 0;
    while (from + this.step < v.length && v[from + this.step] < target) from += this.step;
    let lo = from;
    let hi = Math.min(v.length, from + this.step + 1);
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (v[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    let left = lo - 1;
    let right = lo;
    const answer: number[] = [];
    while (answer.length < k) {
      if (right >= v.length || (left >= 0 && target - v[left] <= v[right] - target)) {
        answer.push(v[left--]);
      } else {
        answer.push(v[right++]);
      }
    }
    return answer;
  }
}
