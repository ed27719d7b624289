// Valid: recursive in-order into a sorted array, binary search for the target, then two pointers
// expanding outwards. Linear reads; recursion fails the deep tier.
import type { TreeNode } from '../../../kata/TreeNode';
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

function inorder(node: TreeNode | null, out: number[]): void {
  if (node === null) return;
  inorder(node.left, out);
  out.push(node.val);
  inorder(node.right, out);
}

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const vals: number[] = [];
  inorder(root, vals);
  let lo = 0;
  let hi = vals.length;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (vals[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  let left = lo - 1;
  let right = lo;
  const res: number[] = [];
  while (res.length < k) {
    // ties go to the larger value here, the other way from the references
    if (right < vals.length && (left < 0 || vals[right] - target <= target - vals[left])) {
      res.push(vals[right++]);
    } else {
      res.push(vals[left--]);
    }
  }
  return res;
}
