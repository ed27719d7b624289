// Eager, the sorted-array reference written as an object literal with next(): an in-order walk
// into an array, a linear scan for the split, then two indexes moving outward on each next().
// Correct and iterative (correct, edge, deep pass); it reads every node before the first value
// (lazy: growth) and keeps the array of all values between calls (space: growth).
import type { TreeNode } from '../../../../kata/TreeNode';
import type { ExpectedFirst } from './expected';

export const expected: ExpectedFirst = {
  correct: 'pass',
  edge: 'pass',
  lazy: 'growth',
  space: 'growth',
  deep: 'pass',
};

export function closestFirst(root: TreeNode | null, target: number) {
  const sorted: number[] = [];
  const stack: TreeNode[] = [];
  let cur = root;
  while (cur || stack.length) {
    if (cur) {
      stack.push(cur);
      cur = cur.left;
    } else {
      const node = stack.pop()!;
      sorted.push(node.val);
      cur = node.right;
    }
  }
  let j = 0;
  while (j < sorted.length && sorted[j] < target) j++;
  let i = j - 1;
  return {
    next(): IteratorResult<number> {
      if (i < 0 && j >= sorted.length) return { done: true, value: undefined };
      const takeLeft = j >= sorted.length || (i >= 0 && target - sorted[i] <= sorted[j] - target);
      return { done: false, value: takeLeft ? sorted[i--] : sorted[j++] };
    },
    [Symbol.iterator]() {
      return this;
    },
  };
}
