// Morris in-order with the threads undone in a finally: when the caller stops early, the
// generator's finally finishes the walk without yielding, which removes every thread still in
// place, so the tree is as it was drained or abandoned (correct, edge pass), and the walk is a
// loop (deep passes). What it costs: one Morris walk from the minimum cannot reach the target's
// place without reading every value below it, and those values must be kept to be given later in
// descending order: lazy fails (about n/2 reads before the first value for a target in the
// middle) and so does space (the buffer of lower values). The threads themselves are free.
import type { TreeNode } from '../../../../kata/TreeNode';
import type { ExpectedFirst } from './expected';

export const expected: ExpectedFirst = {
  correct: 'pass',
  edge: 'pass',
  lazy: 'growth',
  space: 'growth',
  deep: 'pass',
};

// complexity: O(n) first value, O(1) amortised per value, O(n) space

function* morrisInOrder(root: TreeNode | null): Generator<number> {
  let cur = root;
  // One Morris step: returns the node it visits, or null when it only moved or threaded.
  const step = (): TreeNode | null => {
    const node = cur!;
    if (!node.left) {
      cur = node.right;
      return node;
    }
    let pre = node.left;
    while (pre.right && pre.right !== node) pre = pre.right;
    if (!pre.right) {
      pre.right = node;
      cur = node.left;
      return null;
    }
    pre.right = null;
    cur = node.right;
    return node;
  };
  try {
    while (cur) {
      const visited = step();
      if (visited) yield visited.val;
    }
  } finally {
    while (cur) step(); // stopped early: walk on to the end, removing each thread on the way
  }
}

export function* closestFirst(root: TreeNode | null, target: number): Generator<number> {
  const lower: number[] = [];
  for (const v of morrisInOrder(root)) {
    if (v < target) {
      lower.push(v);
      continue;
    }
    while (lower.length > 0 && target - lower[lower.length - 1] <= v - target) yield lower.pop()!;
    yield v;
  }
  while (lower.length > 0) yield lower.pop()!;
}
