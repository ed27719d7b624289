// Eager: collect every value with a stack walk, sort them all by distance, then yield them one by
// one from a generator. The order is right (correct, edge pass) and the walk is a loop (deep
// passes), but all n nodes are read before the first value (lazy: growth) and the sorted copy of
// every value is held while paused (space: growth).
// says: ✗ lazy
import type { TreeNode } from '../../../../kata/TreeNode';
import type { ExpectedFirst } from './expected';

export const expected: ExpectedFirst = {
  correct: 'pass',
  edge: 'pass',
  lazy: 'growth',
  space: 'growth',
  deep: 'pass',
};

// complexity: O(n log n) first value, O(1) per value, O(n) space

export function* closestFirst(root: TreeNode | null, target: number): Generator<number> {
  const all: number[] = [];
  const todo: TreeNode[] = root ? [root] : [];
  while (todo.length > 0) {
    const node = todo.pop()!;
    all.push(node.val);
    if (node.left) todo.push(node.left);
    if (node.right) todo.push(node.right);
  }
  all.sort((a, b) => Math.abs(a - target) - Math.abs(b - target));
  for (const v of all) yield v;
}
