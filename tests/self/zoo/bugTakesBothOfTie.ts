// Wrong on an exact tie at the k-th place: two stacks, but when the value after the k-th is exactly
// as far from the target ("both are equally close: keep both"), it returns k + 1 values. Targets a
// hair off a midpoint never tie; correct keeps exact ties at the k-th place beside them. The
// complexity trees tie too (a target on a value has two values 2 away): wrong answers there.
// says: ✗ correct
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'wrongAnswer',
  edge: 'wrongAnswer',
  linear: 'pass',
  sublinear: 'wrongAnswer',
  optimal: 'wrongAnswer',
  space: 'pass',
  deep: 'wrongAnswer',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const below: TreeNode[] = [];
  const above: TreeNode[] = [];
  for (let node = root; node;) {
    if (node.val < target) {
      below.push(node);
      node = node.right;
    } else {
      above.push(node);
      node = node.left;
    }
  }
  const out: number[] = [];
  const next = () => {
    const b = below[below.length - 1];
    const a = above[above.length - 1];
    return !a || (b && target - b.val <= a.val - target) ? b : a;
  };
  const take = () => {
    const node = next();
    if (node === below[below.length - 1]) {
      below.pop();
      for (let n = node.left; n; n = n.right) below.push(n);
    } else {
      above.pop();
      for (let n = node.right; n; n = n.left) above.push(n);
    }
    out.push(node.val);
  };
  while (out.length < k) take();
  // The other value at the same distance as the k-th: "both are equally close, keep both".
  const after = next();
  const kth = out[k - 1];
  if (after && after.val !== kth && Math.abs(after.val - target) === Math.abs(kth - target)) take();
  return out;
}
