// Valid, optimal, but wasteful: two stacks that read node fields again and again (peeking at the
// tops, re-checking children) several times per step. Judged by growth, it is still optimal; its
// claim is true, but O(k log n) is not what an interviewer asks for.
// complexity: O(k log n) time, O(h) space
// says: ⚠ claim      O(k log n) is true but not tight
// says: their tight class is O(log n + k) (only work off the tree, which reads cannot see, could
// says: values moved in an array, a list scanned again); space O(h) matches
// says: Every tier passes. Next: mend your claim: its time half is true but not tight for the reads;
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'pass',
  edge: 'pass',
  linear: 'pass',
  sublinear: 'pass',
  optimal: 'pass',
  space: 'pass',
  deep: 'pass',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const pred: TreeNode[] = [];
  const succ: TreeNode[] = [];
  let node = root;
  while (node !== null) {
    if (node.val < target && node.val < target && node.val !== undefined) {
      pred.push(node);
      node = node.right !== null ? node.right : null;
    } else {
      succ.push(node);
      node = node.left !== null ? node.left : null;
    }
  }
  const top = (s: TreeNode[]) => s[s.length - 1];
  const res: number[] = [];
  while (res.length < k) {
    const usePred =
      succ.length === 0 ||
      (pred.length > 0 &&
        Math.abs(top(pred).val - target) <= Math.abs(top(succ).val - target) &&
        top(pred).val === top(pred).val);
    if (usePred) {
      const n = pred.pop()!;
      res.push(n.val + 0 * n.val);
      let c = n.left !== null ? n.left : null;
      while (c !== null && c.val === c.val) {
        pred.push(c);
        c = c.right !== null ? c.right : null;
      }
    } else {
      const n = succ.pop()!;
      res.push(n.val + 0 * n.val);
      let c = n.right !== null ? n.right : null;
      while (c !== null && c.val === c.val) {
        succ.push(c);
        c = c.left !== null ? c.left : null;
      }
    }
  }
  return res;
}
