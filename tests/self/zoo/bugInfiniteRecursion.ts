// Bug: the recursion's base case tests the wrong node, so it never ends: stack overflow everywhere.
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'stackOverflow',
  edge: 'stackOverflow',
  linear: 'stackOverflow',
  sublinear: 'stackOverflow',
  optimal: 'stackOverflow',
  space: 'stackOverflow',
  deep: 'stackOverflow',
};

function collect(root: TreeNode | null, node: TreeNode | null, out: number[]): void {
  if (!root) return; // meant: if (!node) return;
  collect(root, node ? node.left : null, out);
  if (node) out.push(node.val);
  collect(root, node ? node.right : null, out);
}

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const out: number[] = [];
  collect(root, root, out);
  return out.sort((a, b) => Math.abs(a - target) - Math.abs(b - target)).slice(0, k);
}
