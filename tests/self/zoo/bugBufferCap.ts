// Bug: an O(n) in-order walk that keeps the values in a buffer of at most 50,000 (dropping the
// oldest): right on every small tree, wrong from 2^16 nodes on when the answer sits low. Inside a
// complexity tier the card must say "wrong answer at n = …" first, not a law that reads as a
// finding ("reads grow linearly with n: it left out …", issue 22 §5).
// says: ✗ linear     wrong answer at n = 2^16 (target near the minimum, k = 1): it left out
// says: target near the minimum (about 1/64 to 3/64 of the way up the values), k = 1:
// never says: ✗ linear     target near the minimum
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'pass',
  edge: 'pass',
  linear: 'wrongAnswer',
  sublinear: 'wrongAnswer',
  optimal: 'wrongAnswer',
  space: 'growth',
  deep: 'wrongAnswer',
};

const BUFFER = 50_000;

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  // The last BUFFER values in a ring: dropping the oldest with values.shift() moved all 50,000
  // at every node (400 KB, too large for V8 to trim), 25 CPU-seconds of the self-check.
  const ring: number[] = [];
  let oldest = 0;
  const stack: TreeNode[] = [];
  let node = root;
  while (node || stack.length > 0) {
    while (node) {
      stack.push(node);
      node = node.left;
    }
    node = stack.pop()!;
    if (ring.length < BUFFER) {
      ring.push(node.val);
    } else {
      ring[oldest] = node.val;
      oldest = (oldest + 1) % BUFFER;
    }
    node = node.right;
  }
  const values = oldest === 0 ? ring : [...ring.slice(oldest), ...ring.slice(0, oldest)];
  values.sort((a, b) => Math.abs(a - target) - Math.abs(b - target));
  return values.slice(0, k);
}
