// Bug: distances compared with a tolerance ("floating point is never exact"), so a near-tie counts
// as a tie and the smaller value wins it. Target 3.5000000001 with 3 and 4: 4 is closer by 2e-10.
// says: calls a tie; compare the distances to the target as given, exactly
// says: npm run hint -- 2
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'wrongAnswer',
  edge: 'wrongAnswer',
  linear: 'pass',
  sublinear: 'pass',
  optimal: 'pass',
  space: 'pass',
  deep: 'pass',
};

const EPSILON = 1e-9;

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const lower: TreeNode[] = [];
  const upper: TreeNode[] = [];
  for (let node = root; node;) {
    if (node.val < target) {
      lower.push(node);
      node = node.right;
    } else {
      upper.push(node);
      node = node.left;
    }
  }
  const out: number[] = [];
  while (out.length < k) {
    const b = lower[lower.length - 1];
    const a = upper[upper.length - 1];
    const db = b ? target - b.val : Infinity;
    const da = a ? a.val - target : Infinity;
    if (!a || (b && (db < da || Math.abs(db - da) < EPSILON))) {
      lower.pop();
      out.push(b.val);
      for (let n = b.left; n; n = n.right) lower.push(n);
    } else {
      upper.pop();
      out.push(a.val);
      for (let n = a.right; n; n = n.left) upper.push(n);
    }
  }
  return out;
}
