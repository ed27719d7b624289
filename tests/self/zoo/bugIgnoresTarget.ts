// Bug: returns the k smallest values (misread the problem): right only when the target is low.
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'wrongAnswer',
  edge: 'wrongAnswer',
  linear: 'wrongAnswer',
  sublinear: 'wrongAnswer',
  optimal: 'wrongAnswer',
  space: 'wrongAnswer',
  deep: 'wrongAnswer',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const out: number[] = [];
  const stack: TreeNode[] = [];
  for (let n = root; (n || stack.length) && out.length < k;) {
    while (n) {
      stack.push(n);
      n = n.left;
    }
    n = stack.pop()!;
    out.push(n.val);
    n = n.right;
  }
  void target;
  return out;
}
