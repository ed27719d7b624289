// Recursive generators with yield*: one in-order generator for the values >= target (ascending)
// and one for those below (descending), merged by distance. Lazy in reads (each descends only as
// far as the next value needs: O(h + m)) and it holds one suspended generator per level, O(h)
// (correct, edge, lazy, space pass). But each suspended level is a frame that next() resumes
// through: on a 100,000-node path the chain of yield* is 100,000 deep and resuming it overflows
// the call stack (deep: stackOverflow).
// says: it overflowed the call stack
import type { TreeNode } from '../../../../kata/TreeNode';
import type { ExpectedFirst } from './expected';

export const expected: ExpectedFirst = {
  correct: 'pass',
  edge: 'pass',
  lazy: 'pass',
  space: 'pass',
  deep: 'stackOverflow',
};

// complexity: O(h) first value, O(1) amortised per value, O(h) space

function* atLeast(node: TreeNode | null, target: number): Generator<number> {
  if (!node) return;
  if (node.val >= target) {
    yield* atLeast(node.left, target);
    yield node.val;
    yield* inOrder(node.right);
  } else yield* atLeast(node.right, target);
}

function* inOrder(node: TreeNode | null): Generator<number> {
  if (!node) return;
  yield* inOrder(node.left);
  yield node.val;
  yield* inOrder(node.right);
}

function* below(node: TreeNode | null, target: number): Generator<number> {
  if (!node) return;
  if (node.val < target) {
    yield* below(node.right, target);
    yield node.val;
    yield* reverseOrder(node.left);
  } else yield* below(node.left, target);
}

function* reverseOrder(node: TreeNode | null): Generator<number> {
  if (!node) return;
  yield* reverseOrder(node.right);
  yield node.val;
  yield* reverseOrder(node.left);
}

export function* closestFirst(root: TreeNode | null, target: number): Generator<number> {
  const up = atLeast(root, target);
  const down = below(root, target);
  let a = up.next();
  let b = down.next();
  while (!a.done || !b.done) {
    if (b.done || (!a.done && a.value - target < target - b.value)) {
      yield a.value as number;
      a = up.next();
    } else {
      yield b.value;
      b = down.next();
    }
  }
}
