// Valid, optimal: for k up to 16 it finds each next value by a fresh search from the root (simple
// to get right); for larger k it switches to two stacks. Its small-k cost, 16 searches at most, is
// O(log n), so the whole is O(log n + k): a hybrid the grader must not mistake for O(k log n).
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

// The smallest value above x (up) or largest below it (down), x itself allowed when `orEqual`,
// with how many times it occurs: one search from the root, and one for its copies.
function neighbour(
  root: TreeNode | null,
  x: number,
  up: boolean,
  orEqual = false,
): { val: number; times: number } | null {
  const beyond = (v: number) => (up ? v > x : v < x) || (orEqual && v === x);
  let found: number | null = null;
  for (let n = root; n;) {
    const v = n.val;
    if (beyond(v)) {
      if (found === null || (up ? v < found : v > found)) found = v;
      n = up ? n.left : n.right;
    } else n = up ? n.right : n.left;
  }
  if (found === null) return null;
  let times = 0;
  const stack = root ? [root] : [];
  while (stack.length) {
    const n = stack.pop()!;
    const v = n.val;
    if (v === found) times++;
    if (n.left && v >= found) stack.push(n.left);
    if (n.right && v <= found) stack.push(n.right);
  }
  return { val: found, times };
}

function bySearching(root: TreeNode | null, target: number, k: number): number[] {
  const out: number[] = [];
  let up = neighbour(root, target, true, true); // values >= target
  let down = neighbour(root, target, false); // values < target
  let [upLeft, downLeft] = [up?.times ?? 0, down?.times ?? 0];
  while (out.length < k) {
    if (up && (!down || up.val - target < target - down.val)) {
      out.push(up.val);
      if (--upLeft === 0) {
        up = neighbour(root, up.val, true);
        upLeft = up?.times ?? 0;
      }
    } else {
      out.push(down!.val);
      if (--downLeft === 0) {
        down = neighbour(root, down!.val, false);
        downLeft = down?.times ?? 0;
      }
    }
  }
  return out;
}

function byStacks(root: TreeNode | null, target: number, k: number): number[] {
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
  while (out.length < k) {
    const b = below[below.length - 1];
    const a = above[above.length - 1];
    if (!a || (b && target - b.val <= a.val - target)) {
      below.pop();
      out.push(b.val);
      for (let n = b.left; n; n = n.right) below.push(n);
    } else {
      above.pop();
      out.push(a.val);
      for (let n = a.right; n; n = n.left) above.push(n);
    }
  }
  return out;
}

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  return k <= 16 ? bySearching(root, target, k) : byStacks(root, target, k);
}
