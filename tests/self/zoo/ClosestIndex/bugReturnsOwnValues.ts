// Bug: the sorted array and two pointers, with a shortcut: asked for every value (k = n), it
// returns its own array rather than a copy. The answer is right, but it is the index's storage:
// the caller may change it (the grader overwrites each answer once checked, as a caller may), and
// every later query then answers from what the caller wrote. The correct tier asks k = n now and
// then among many queries per index (correct: wrongAnswer on a later query). The edge tier's k = n
// is one query on its own index (edge, build, query, space, deep: pass).
// says: after the caller overwrote every answer before it
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
    if (k >= v.length) return v;
    let lo = 0;
    let hi = v.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (v[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    let [l, r] = [lo - 1, lo];
    const out: number[] = [];
    while (out.length < k) {
      if (r >= v.length || (l >= 0 && target - v[l] <= v[r] - target)) out.push(v[l--]);
      else out.push(v[r++]);
    }
    return out;
  }
}
