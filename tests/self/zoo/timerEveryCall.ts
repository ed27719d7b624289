// Valid, but every call starts a timer it never clears (a debugging leftover): thousands pending
// by the end of grading. The card must come, say so, and the run must end.
// says: pending after it returned
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

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const vals: number[] = [];
  const stack: TreeNode[] = [];
  for (let node = root; node || stack.length > 0;) {
    while (node) {
      stack.push(node);
      node = node.left;
    }
    node = stack.pop()!;
    vals.push(node.val);
    node = node.right;
  }
  setInterval(() => console.log('still here'), 1000);
  return vals.sort((a, b) => Math.abs(a - target) - Math.abs(b - target)).slice(0, k);
}
