// Bug: an endless loop that never touches the tree once the candidates run out.
// It loops on the statement's examples already: every later tier starts on the leash (0.8 s of
// clock on a 100,000-node path instead of 2.2 s), so its card comes in seconds, busy or idle.
// says: left-leaning path of 100,000 nodes: it did not return within 0.8 s
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'timeout',
  edge: 'timeout',
  linear: 'timeout',
  sublinear: 'timeout',
  optimal: 'timeout',
  space: 'timeout',
  deep: 'timeout',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const vals: number[] = [];
  const stack: TreeNode[] = root ? [root] : [];
  while (stack.length) {
    const n = stack.pop()!;
    vals.push(n.val);
    if (n.left) stack.push(n.left);
    if (n.right) stack.push(n.right);
  }
  vals.sort((a, b) => a - b);
  const res: number[] = [];
  let i = 0;
  while (res.length < k) {
    if (i < vals.length && Math.abs(vals[i] - target) < 1) res.push(vals[i]);
    i++; // once i passes the end, nothing is ever pushed again
  }
  return res;
}
