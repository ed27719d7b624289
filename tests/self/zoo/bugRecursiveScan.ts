// Bug: collects the values in order, then finds where the target sits with a recursion that takes
// one call per value (a loop written as a recursion). Fine on small trees; on a balanced tree of
// 2^16 nodes, only 17 levels deep, it overflows the stack. The card must say that recursion is the
// code's own, not the tree's (issue 22 §5); on the deep tier's paths it says what it always said.
// says: on a tree only 17 levels deep: a recursion down the tree goes no deeper than that
// says: A path this deep is too deep for recursion
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'pass',
  edge: 'pass',
  linear: 'stackOverflow',
  // Their growth caps stop it in the walk at 2^20, before the recursion starts.
  sublinear: 'growth',
  optimal: 'growth',
  space: 'growth',
  deep: 'stackOverflow',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const values: number[] = [];
  const walk = (node: TreeNode | null): void => {
    if (!node) return;
    walk(node.left);
    values.push(node.val);
    walk(node.right);
  };
  walk(root);
  // The first value not below the target, one call per value passed.
  const start = (i: number): number => (i < values.length && values[i] < target ? start(i + 1) : i);
  let hi = start(0);
  let lo = hi - 1;
  const out: number[] = [];
  while (out.length < k) {
    if (hi >= values.length || (lo >= 0 && target - values[lo] <= values[hi] - target)) {
      out.push(values[lo--]);
    } else {
      out.push(values[hi++]);
    }
  }
  return out;
}
