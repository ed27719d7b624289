// Bug, or a trick: replaces Math.abs at top level so that every distance is 0, then returns the k
// smallest values. The judge shares the grading process with the solution and measures distances
// with Math.abs too: the file must not load, and the card must say which built-in it replaced.
// says: replaced Math.abs, a built-in the grader judges answers with; the grader put it back
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'load',
  edge: 'load',
  linear: 'load',
  sublinear: 'load',
  optimal: 'load',
  space: 'load',
  deep: 'load',
};

Math.abs = () => 0;

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const out: number[] = [];
  const stack: TreeNode[] = [];
  for (let node = root; (node || stack.length > 0) && out.length < k;) {
    while (node) {
      stack.push(node);
      node = node.left;
    }
    const top = stack.pop()!;
    out.push(top.val);
    node = top.right;
  }
  return out;
}
