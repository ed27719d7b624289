// Bug: the LeetCode early stop (`else break`) assumes distinct values. A duplicate equal to the
// window's first value has the same distance, so it stops while closer values may still follow.
// Fine on the distinct values of the complexity trees.
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'wrongAnswer',
  edge: 'wrongAnswer',
  linear: 'pass',
  sublinear: 'growth',
  optimal: 'growth',
  space: 'pass',
  deep: 'pass',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const window: number[] = [];
  const stack: TreeNode[] = [];
  let cur = root;
  while (cur !== null || stack.length > 0) {
    while (cur !== null) {
      stack.push(cur);
      cur = cur.left;
    }
    cur = stack.pop()!;
    if (window.length < k) window.push(cur.val);
    else if (Math.abs(cur.val - target) < Math.abs(window[0] - target)) {
      window.shift();
      window.push(cur.val);
    } else break;
    cur = cur.right;
  }
  return window;
}
