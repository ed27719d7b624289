// Bug: builds the sorted array with a Morris in-order walk ("O(1) extra memory to build") and,
// on the way back up, notices the thread but never removes it: the walk still visits every node
// once in order, so the array and every answer are right, but each node with a left subtree
// leaves its predecessor's right pointer aimed back at it. The tree now has cycles after the
// constructor, and every tier builds an index and then checks the tree (changedTree on each).
import type { TreeNode } from '../../../../kata/TreeNode';
import type { ExpectedIndex } from './expected';

export const expected: ExpectedIndex = {
  correct: 'changedTree',
  edge: 'changedTree',
  build: 'changedTree',
  query: 'changedTree',
  space: 'changedTree',
  deep: 'changedTree',
};

// complexity: O(n) build, O(log n + k) per query, O(n) space

export class ClosestIndex {
  private readonly sorted: number[] = [];

  constructor(root: TreeNode | null) {
    let cur = root;
    while (cur) {
      if (!cur.left) {
        this.sorted.push(cur.val);
        cur = cur.right;
        continue;
      }
      let pre = cur.left;
      while (pre.right && pre.right !== cur) pre = pre.right;
      if (pre.right === cur) {
        // back from the left subtree: visit and move on (the thread should be cut here)
        this.sorted.push(cur.val);
        cur = cur.right;
      } else {
        pre.right = cur;
        cur = cur.left;
      }
    }
  }

  closestKValues(target: number, k: number): number[] {
    const a = this.sorted;
    let hi = 0;
    for (let top = a.length; hi < top;) {
      const mid = (hi + top) >>> 1;
      if (a[mid] < target) hi = mid + 1;
      else top = mid;
    }
    let lo = hi - 1;
    const out: number[] = [];
    while (out.length < k) {
      if (hi >= a.length || (lo >= 0 && target - a[lo] <= a[hi] - target)) out.push(a[lo--]);
      else out.push(a[hi++]);
    }
    return out;
  }
}
