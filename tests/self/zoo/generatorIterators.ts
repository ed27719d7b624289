// Valid, optimal: two generator functions, one yielding values from the target upwards and one
// downwards, merged by distance. Lazy: each reads only as far as the answer needs.
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
// says: O(log n + k) matches

// complexity: O(log n + k)

function* upwards(root: TreeNode | null, target: number): Generator<number> {
  const stack: TreeNode[] = [];
  for (let node = root; node;) {
    if (node.val >= target) {
      stack.push(node);
      node = node.left;
    } else node = node.right;
  }
  while (stack.length > 0) {
    const top = stack.pop()!;
    yield top.val;
    for (let node = top.right; node; node = node.left) stack.push(node);
  }
}

function* downwards(root: TreeNode | null, target: number): Generator<number> {
  const stack: TreeNode[] = [];
  for (let node = root; node;) {
    if (node.val < target) {
      stack.push(node);
      node = node.right;
    } else node = node.left;
  }
  while (stack.length > 0) {
    const top = stack.pop()!;
    yield top.val;
    for (let node = top.left; node; node = node.right) stack.push(node);
  }
}

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const up = upwards(root, target);
  const down = downwards(root, target);
  let above = up.next();
  let below = down.next();
  const out: number[] = [];
  while (out.length < k) {
    if (below.done || (!above.done && above.value - target < target - below.value)) {
      out.push(above.value as number);
      above = up.next();
    } else {
      out.push(below.value);
      below = down.next();
    }
  }
  return out;
}
