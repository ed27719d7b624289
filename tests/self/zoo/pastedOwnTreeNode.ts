// Pasted from LeetCode as is: its own TreeNode class, no export. A recursive in-order walk into an
// array, a binary search for the target, then two pointers outward. O(n) reads, and too deep for
// recursion on the long paths.
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'pass',
  edge: 'pass',
  linear: 'pass',
  sublinear: 'growth',
  optimal: 'growth',
  space: 'growth',
  deep: 'stackOverflow',
};

class TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
  constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null) {
    this.val = val === undefined ? 0 : val;
    this.left = left === undefined ? null : left;
    this.right = right === undefined ? null : right;
  }
}

function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const sorted: number[] = [];
  const walk = (node: TreeNode | null): void => {
    if (node === null) return;
    walk(node.left);
    sorted.push(node.val);
    walk(node.right);
  };
  walk(root);
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  let left = lo - 1;
  let right = lo;
  const answer: number[] = [];
  while (answer.length < k) {
    const takeLeft =
      right >= sorted.length || (left >= 0 && target - sorted[left] <= sorted[right] - target);
    answer.push(takeLeft ? sorted[left--] : sorted[right++]);
  }
  return answer;
}
