// Pasted from LeetCode as is: no export, a debugging line at top level, and the popular in-order
// window that stops at the first value no closer than the window's oldest. On LeetCode's unique
// answers it is accepted; with duplicates around the target it stops too early.
// says: Your file printed 1 line while it loaded
// says: it left out
import type { Expected } from './expected';
import type { TreeNode } from '../../../kata/TreeNode';

export const expected: Expected = {
  correct: 'wrongAnswer',
  edge: 'wrongAnswer',
  linear: 'pass',
  sublinear: 'growth',
  optimal: 'growth',
  space: 'pass',
  deep: 'pass',
};

function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const window: number[] = [];
  const stack: TreeNode[] = [];
  let node = root;
  while (node !== null || stack.length > 0) {
    while (node !== null) {
      stack.push(node);
      node = node.left;
    }
    const current = stack.pop()!;
    if (window.length < k) window.push(current.val);
    else if (Math.abs(current.val - target) < Math.abs(window[0] - target)) {
      window.shift();
      window.push(current.val);
    } else break;
    node = current.right;
  }
  return window;
}

console.log('closestKValues loaded', typeof closestKValues);
