// Valid, but it remembers every tree it has seen (sorted values, keyed by the root) and answers
// later queries on the same tree by binary search. The first query on a tree reads all of it, so
// it is O(n): it must fail the follow-up tiers however often the grader reuses a tree.
import type { TreeNode } from '../../../kata/TreeNode';
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

const seen = new WeakMap<TreeNode, number[]>();

function sortedValues(root: TreeNode): number[] {
  let values = seen.get(root);
  if (!values) {
    values = [];
    const stack: TreeNode[] = [];
    for (let n: TreeNode | null = root; n || stack.length;) {
      while (n) {
        stack.push(n);
        n = n.left;
      }
      n = stack.pop()!;
      values.push(n.val);
      n = n.right;
    }
    seen.set(root, values);
  }
  return values;
}

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  if (!root) return [];
  const values = sortedValues(root);
  let hi = values.findIndex((v) => v >= target);
  if (hi < 0) hi = values.length;
  let lo = hi - 1;
  const out: number[] = [];
  while (out.length < k) {
    if (hi >= values.length || (lo >= 0 && target - values[lo] <= values[hi] - target))
      out.push(values[lo--]);
    else out.push(values[hi++]);
  }
  return out;
}
