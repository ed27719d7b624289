// Valid: Morris in-order traversal (O(1) extra space). It writes temporary threads into the tree
// and removes every one of them before returning, which the rules allow.
// says: extra memory does not grow with the tree (O(k))
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'pass',
  edge: 'pass',
  linear: 'pass',
  sublinear: 'growth',
  optimal: 'growth',
  space: 'pass',
  deep: 'pass',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const window: number[] = [];
  const visit = (v: number) => {
    if (window.length < k) window.push(v);
    else if (Math.abs(v - target) < Math.abs(window[0] - target)) {
      window.shift();
      window.push(v);
    }
  };
  let cur = root;
  while (cur) {
    if (!cur.left) {
      visit(cur.val);
      cur = cur.right;
      continue;
    }
    let pre = cur.left;
    while (pre.right && pre.right !== cur) pre = pre.right;
    if (!pre.right) {
      pre.right = cur; // thread
      cur = cur.left;
    } else {
      pre.right = null; // unthread
      visit(cur.val);
      cur = cur.right;
    }
  }
  return window;
}
