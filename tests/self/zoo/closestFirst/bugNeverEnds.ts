// Bug: an iterator object whose next() never says done: after the last value it keeps returning
// { done: false, value: undefined }, so a caller that drains it loops for ever. The grader drains
// with one look past the last value, so it says so at once (correct, edge and deep drain: a wrong
// answer, not a timeout). Up to the last value it is the valid two stacks, and lazy and space stop
// long before the end (pass).
// says: its iterator did not end: it gave a value more than the tree holds
import type { TreeNode } from '../../../../kata/TreeNode';
import type { ExpectedFirst } from './expected';

export const expected: ExpectedFirst = {
  correct: 'wrongAnswer',
  edge: 'wrongAnswer',
  lazy: 'pass',
  space: 'pass',
  deep: 'wrongAnswer',
};

export function closestFirst(root: TreeNode | null, target: number) {
  const small: TreeNode[] = [];
  const big: TreeNode[] = [];
  for (let n = root; n;) {
    if (n.val < target) {
      small.push(n);
      n = n.right;
    } else {
      big.push(n);
      n = n.left;
    }
  }
  const it = {
    next(): IteratorResult<number | undefined> {
      const s = small[small.length - 1];
      const b = big[big.length - 1];
      if (!s && !b) return { done: false, value: undefined }; // meant done: true
      if (s && (!b || target - s.val <= b.val - target)) {
        small.pop();
        for (let c = s.left; c; c = c.right) small.push(c);
        return { done: false, value: s.val };
      }
      big.pop();
      for (let c = b.right; c; c = c.left) big.push(c);
      return { done: false, value: b.val };
    },
    [Symbol.iterator]() {
      return it;
    },
  };
  return it;
}
