// Bug: Morris traversal that stops early once the window is full, leaving threads (cycles) behind.
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'changedTree',
  edge: 'changedTree',
  linear: 'changedTree',
  sublinear: 'changedTree',
  optimal: 'changedTree',
  space: 'changedTree',
  deep: 'changedTree',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const win: number[] = [];
  let cur = root;
  while (cur) {
    if (cur.left) {
      let pre = cur.left;
      while (pre.right && pre.right !== cur) pre = pre.right;
      if (!pre.right) {
        pre.right = cur;
        cur = cur.left;
        continue;
      }
      pre.right = null;
    }
    if (win.length < k) win.push(cur.val);
    else if (Math.abs(cur.val - target) < Math.abs(win[0] - target)) {
      win.shift();
      win.push(cur.val);
    } else return win; // threads above this node are still in place
    cur = cur.right;
  }
  return win;
}
