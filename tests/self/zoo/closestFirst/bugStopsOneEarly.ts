// Bug: a class iterator that reports done while one node is still on its stacks (it checks "more
// than one left" where it meant "any left"): drained, that node and all it still leads to never
// come, and a one-node tree gives nothing (correct, edge, deep: wrongAnswer). Abandoned early it
// is the valid two stacks, and that is all lazy and space look at (pass).
// says: its iterator ended after
import type { TreeNode } from '../../../../kata/TreeNode';
import type { ExpectedFirst } from './expected';

export const expected: ExpectedFirst = {
  correct: 'wrongAnswer',
  edge: 'wrongAnswer',
  lazy: 'pass',
  space: 'pass',
  deep: 'wrongAnswer',
};

class Closest implements Iterator<number> {
  below: TreeNode[] = [];
  above: TreeNode[] = [];
  constructor(
    root: TreeNode | null,
    readonly target: number,
  ) {
    for (let n = root; n;) {
      if (n.val < target) {
        this.below.push(n);
        n = n.right;
      } else {
        this.above.push(n);
        n = n.left;
      }
    }
  }
  next(): IteratorResult<number> {
    if (this.below.length + this.above.length <= 1) return { done: true, value: undefined };
    const b = this.below.at(-1);
    const a = this.above.at(-1);
    if (b && (!a || this.target - b.val <= a.val - this.target)) {
      this.below.pop();
      for (let c = b.left; c; c = c.right) this.below.push(c);
      return { done: false, value: b.val };
    }
    this.above.pop();
    for (let c = a!.right; c; c = c.left) this.above.push(c);
    return { done: false, value: a!.val };
  }
  [Symbol.iterator]() {
    return this;
  }
}

export function closestFirst(root: TreeNode | null, target: number) {
  return new Closest(root, target);
}
