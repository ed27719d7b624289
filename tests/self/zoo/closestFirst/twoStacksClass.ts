// Valid: a BST-iterator class as in Java, with hasNext()/next() turned into the iterator protocol
// (next() returning { value, done }, [Symbol.iterator] returning this), no return() at all:
// nothing to clean up, so a caller's break simply drops it. O(h + m) reads, O(h) held, loops
// only: every tier passes.
import type { TreeNode } from '../../../../kata/TreeNode';
import type { ExpectedFirst } from './expected';

export const expected: ExpectedFirst = {
  correct: 'pass',
  edge: 'pass',
  lazy: 'pass',
  space: 'pass',
  deep: 'pass',
};

// complexity: O(log n) first value, O(1) amortised per value, O(h) space

class ClosestIterator {
  private pred: TreeNode[] = [];
  private succ: TreeNode[] = [];

  constructor(
    root: TreeNode | null,
    private target: number,
  ) {
    let node = root;
    while (node !== null) {
      if (node.val <= target) {
        this.pred.push(node);
        node = node.right;
      } else {
        this.succ.push(node);
        node = node.left;
      }
    }
  }

  hasNext(): boolean {
    return this.pred.length > 0 || this.succ.length > 0;
  }

  next(): IteratorResult<number> {
    if (!this.hasNext()) return { done: true, value: undefined };
    let usePred: boolean;
    if (this.pred.length === 0) usePred = false;
    else if (this.succ.length === 0) usePred = true;
    else {
      const p = this.pred[this.pred.length - 1].val;
      const s = this.succ[this.succ.length - 1].val;
      usePred = this.target - p < s - this.target; // ties go to the larger value
    }
    if (usePred) {
      const node = this.pred.pop()!;
      let n = node.left;
      while (n) {
        this.pred.push(n);
        n = n.right;
      }
      return { done: false, value: node.val };
    }
    const node = this.succ.pop()!;
    let n = node.right;
    while (n) {
      this.succ.push(n);
      n = n.left;
    }
    return { done: false, value: node.val };
  }

  [Symbol.iterator]() {
    return this;
  }
}

export function closestFirst(root: TreeNode | null, target: number) {
  return new ClosestIterator(root, target);
}
