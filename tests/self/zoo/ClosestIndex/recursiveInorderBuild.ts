// The sorted-array index with the textbook recursive in-order walk in the constructor. Correct,
// n reads to build, O(log n + k) per query, one array kept (correct, edge, build, query, space
// pass); on a 100,000-node path the recursion nests 100,000 calls and overflows the call stack
// in the constructor (deep: stackOverflow).
import type { TreeNode } from '../../../../kata/TreeNode';
import type { ExpectedIndex } from './expected';

export const expected: ExpectedIndex = {
  correct: 'pass',
  edge: 'pass',
  build: 'pass',
  query: 'pass',
  space: 'pass',
  deep: 'stackOverflow',
};

// complexity: O(n) build, O(log n + k) per query, O(n) space

export class ClosestIndex {
  private nums: number[] = [];

  constructor(root: TreeNode | null) {
    this.inorder(root);
  }

  private inorder(node: TreeNode | null): void {
    if (!node) return;
    this.inorder(node.left);
    this.nums.push(node.val);
    this.inorder(node.right);
  }

  closestKValues(target: number, k: number): number[] {
    const nums = this.nums;
    let lo = 0;
    let hi = nums.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (nums[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    let left = lo - 1;
    let right = lo;
    const res: number[] = [];
    for (let i = 0; i < k; i++) {
      if (right >= nums.length || (left >= 0 && target - nums[left] <= nums[right] - target)) {
        res.push(nums[left--]);
      } else {
        res.push(nums[right++]);
      }
    }
    return res;
  }
}
