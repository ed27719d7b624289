// Valid and optimal, but logs every step: thousands of lines per call. Logging must not change
// the verdict, slow the grader down much, or reach the terminal.
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'pass',
  edge: 'pass',
  linear: 'pass',
  sublinear: 'pass',
  optimal: 'pass',
  space: 'pass',
  deep: 'pass',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  console.log('closestKValues called', { target, k, root });
  const small: TreeNode[] = [];
  const big: TreeNode[] = [];
  for (let n = root; n;) {
    console.log('visiting', n);
    if (n.val < target) {
      small.push(n);
      n = n.right;
    } else {
      big.push(n);
      n = n.left;
    }
  }
  const out: number[] = [];
  while (out.length < k) {
    const s = small[small.length - 1];
    const b = big[big.length - 1];
    const fromSmall = !b || (s && target - s.val <= b.val - target);
    const node = (fromSmall ? small : big).pop()!;
    console.debug('taking', node.val, 'stacks', small.length, big.length);
    out.push(node.val);
    if (fromSmall) for (let c = node.left; c; c = c.right) small.push(c);
    else for (let c = node.right; c; c = c.left) big.push(c);
  }
  process.stdout.write(`done: ${out.join(',')}\n`);
  return out;
}
