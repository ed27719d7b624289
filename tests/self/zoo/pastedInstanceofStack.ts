// Valid, pasted from LeetCode with its TreeNode class: one stack holds both nodes still to open and
// values ready to take, told apart by `instanceof TreeNode`. The grader's nodes are not made by
// this class, yet `instanceof` must recognise them as LeetCode's are. O(n): linear, not sublinear.
// complexity: O(n)
// says: O(n) matches
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'pass',
  edge: 'pass',
  linear: 'pass',
  sublinear: 'growth',
  optimal: 'growth',
  space: 'growth',
  deep: 'pass',
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
  const vals: number[] = [];
  const stack: (TreeNode | number)[] = root ? [root] : [];
  while (stack.length > 0) {
    const top = stack.pop()!;
    if (top instanceof TreeNode) {
      if (top.right) stack.push(top.right);
      stack.push(top.val);
      if (top.left) stack.push(top.left);
    } else {
      vals.push(top);
    }
  }
  let lo = 0;
  let hi = vals.length - 1;
  while (hi - lo + 1 > k) {
    if (Math.abs(vals[lo] - target) > Math.abs(vals[hi] - target)) lo++;
    else hi--;
  }
  return vals.slice(lo, hi + 1);
}
