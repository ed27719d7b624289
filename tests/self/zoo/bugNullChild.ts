// Bug: assumes every node has two children: TypeError on the first leaf.
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'threw',
  edge: 'threw',
  linear: 'threw',
  sublinear: 'threw',
  optimal: 'threw',
  space: 'threw',
  deep: 'stackOverflow',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const out: number[] = [];
  const walk = (n: TreeNode) => {
    if (n.left!.val !== undefined) walk(n.left!);
    out.push(n.val);
    walk(n.right!);
  };
  walk(root!);
  return out.sort((a, b) => Math.abs(a - target) - Math.abs(b - target)).slice(0, k);
}
