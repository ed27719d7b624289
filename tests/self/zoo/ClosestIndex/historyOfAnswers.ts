// Plain-JS flavour (fields typed any, no types on locals, a for loop on indexes): the sorted array with binary
// search and two pointers, plus a "history" that keeps a copy of every answer given, "for
// debugging". Each answer is right and the history never feeds back (correct, edge pass), build
// and queries cost what the valid index costs (build, query pass), iterative (deep passes). What
// the index keeps grows by k values with every query asked (space: growth).
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
  arr: any;
  history: any;

  constructor(root: any) {
    this.arr = [];
    this.history = [];
    const stack = [];
    let node = root;
    while (node || stack.length) {
      while (node) {
        stack.push(node);
        node = node.left;
      }
      node = stack.pop();
      this.arr.push(node.val);
      node = node.right;
    }
  }

  closestKValues(target: any, k: any) {
    const arr = this.arr;
    let lo = 0,
      hi = arr.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (arr[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    let l = lo - 1,
      r = lo;
    const result = [];
    for (let i = 0; i < k; i++) {
      if (l < 0) result.push(arr[r++]);
      else if (r >= arr.length) result.push(arr[l--]);
      else if (Math.abs(arr[l] - target) <= Math.abs(arr[r] - target)) result.push(arr[l--]);
      else result.push(arr[r++]);
    }
    this.history.push({ target: target, k: k, answer: result.slice() });
    return result;
  }
}
