// Builds the sorted array one position at a time: values[i] is the (i + 1)-th smallest value,
// found by an iterative in-order walk from the root that stops after i + 1 values ("I already
// have kthSmallest from LeetCode 230"). Every answer is right and each query is a binary search
// and two pointers on the array (correct, edge, space pass); but the build walks the tree
// n times, reading about n²/2 nodes where O(n) is allowed (build: growth), and on a 100,000-node
// path that is some 5·10⁹ reads, far past anything an honest build reads.
// Graded: its n² build does not end within the clock at 2^16 (1.4 s), where the query tier builds
// an index before it times queries at 2^20 (query: timeout, its constructor named), nor on the
// 100,000-node paths (deep: timeout).
// says: at n = 2^16, the build and a first query: its constructor (the index's build) did not return
import type { TreeNode } from '../../../../kata/TreeNode';
import type { ExpectedIndex } from './expected';

export const expected: ExpectedIndex = {
  correct: 'pass',
  edge: 'pass',
  build: 'growth',
  query: 'timeout',
  space: 'pass',
  deep: 'timeout',
};

// complexity: O(n) build, O(log n + k) per query, O(n) space

function kthSmallest(root: TreeNode | null, k: number): number | null {
  const stack: TreeNode[] = [];
  let node = root;
  while (node || stack.length) {
    while (node) {
      stack.push(node);
      node = node.left;
    }
    node = stack.pop()!;
    if (--k === 0) return node.val;
    node = node.right;
  }
  return null;
}

export class ClosestIndex {
  private values: number[] = [];

  constructor(root: TreeNode | null) {
    for (let i = 1; ; i++) {
      const v = kthSmallest(root, i);
      if (v === null) break;
      this.values.push(v);
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
    let l = lo - 1;
    let r = lo;
    const out: number[] = [];
    while (out.length < k) {
      if (r === v.length || (l >= 0 && target - v[l] <= v[r] - target)) out.push(v[l--]);
      else out.push(v[r++]);
    }
    return out;
  }
}
