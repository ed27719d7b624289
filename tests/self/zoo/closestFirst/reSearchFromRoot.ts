// Re-search from the root for each next value: no stacks, just the last value given on each side;
// the next one is found by a fresh descent (the smallest value above, the largest below), given
// as many times as it occurs (a walk of the nodes equal to it). Correct (correct, edge pass) and
// holds nothing between calls (space passes), but each value costs O(h) reads: m values cost
// O(m log n), which the contract's "m values like h + m" fails once m is large (lazy: growth).
// On a 100,000-node path each descent is 100,000 reads long and draining costs 10^10: deep stops
// it at its read limit (readLimit).
import type { TreeNode } from '../../../../kata/TreeNode';
import type { ExpectedFirst } from './expected';

export const expected: ExpectedFirst = {
  correct: 'pass',
  edge: 'pass',
  lazy: 'growth',
  space: 'pass',
  deep: 'readLimit',
};

// complexity: O(log n) first value, O(log n) per value, O(1) space

function smallestAbove(root: TreeNode | null, x: number, orEqual: boolean): number | null {
  let best: number | null = null;
  for (let node = root; node;) {
    if (node.val > x || (orEqual && node.val === x)) {
      best = node.val;
      node = node.left;
    } else node = node.right;
  }
  return best;
}

function largestBelow(root: TreeNode | null, x: number): number | null {
  let best: number | null = null;
  for (let node = root; node;) {
    if (node.val < x) {
      best = node.val;
      node = node.right;
    } else node = node.left;
  }
  return best;
}

function copies(root: TreeNode | null, v: number): number {
  let count = 0;
  const todo = root ? [root] : [];
  while (todo.length > 0) {
    const node = todo.pop()!;
    const val = node.val;
    if (val === v) count++;
    if (val >= v && node.left) todo.push(node.left);
    if (val <= v && node.right) todo.push(node.right);
  }
  return count;
}

export function* closestFirst(root: TreeNode | null, target: number): Generator<number> {
  let up = smallestAbove(root, target, true);
  let down = largestBelow(root, target);
  while (up !== null || down !== null) {
    if (up === null || (down !== null && target - down <= up - target)) {
      const v: number = down!;
      for (let c = copies(root, v); c > 0; c--) yield v;
      down = largestBelow(root, v);
    } else {
      const v: number = up;
      for (let c = copies(root, v); c > 0; c--) yield v;
      up = smallestAbove(root, v, false);
    }
  }
}
