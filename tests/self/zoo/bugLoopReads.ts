// Bug: an endless loop that keeps reading the tree: the inner walk never advances `cur`.
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'readLimit',
  edge: 'readLimit',
  linear: 'readLimit',
  sublinear: 'readLimit',
  optimal: 'readLimit',
  space: 'readLimit',
  deep: 'readLimit',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const res: number[] = [];
  const stack: TreeNode[] = [];
  let cur = root;
  while (cur || stack.length) {
    while (cur) {
      stack.push(cur);
      if (cur.left) stack.pop(); // meant: cur = cur.left
    }
    cur = stack.pop()!;
    res.push(cur.val);
    cur = cur.right;
  }
  return res.sort((a, b) => Math.abs(a - target) - Math.abs(b - target)).slice(0, k);
}
