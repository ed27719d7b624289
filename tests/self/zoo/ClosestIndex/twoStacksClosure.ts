// Valid: keeps the tree and answers each query with two stacks, written as a class whose method
// is a closure over the root (no fields at all). The build reads nothing, a query reads the
// search path and a spine per value (O(h + k) reads, log n + k on balanced trees), the index
// keeps one reference, and every walk is a loop: every tier passes.
// says: nothing more per query asked (under 4 B a query: the heap's wobble)
import type { TreeNode } from '../../../../kata/TreeNode';
import type { ExpectedIndex } from './expected';

export const expected: ExpectedIndex = {
  correct: 'pass',
  edge: 'pass',
  build: 'pass',
  query: 'pass',
  space: 'pass',
  deep: 'pass',
};

// complexity: O(1) build, O(log n + k) per query, O(1) space

export class ClosestIndex {
  closestKValues: (target: number, k: number) => number[];

  constructor(root: TreeNode | null) {
    this.closestKValues = (target, k) => {
      const pred: TreeNode[] = [];
      const succ: TreeNode[] = [];
      let n = root;
      while (n) {
        if (n.val <= target) {
          pred.push(n);
          n = n.right;
        } else {
          succ.push(n);
          n = n.left;
        }
      }
      const res: number[] = [];
      while (res.length < k) {
        const p = pred.length ? pred[pred.length - 1].val : null;
        const s = succ.length ? succ[succ.length - 1].val : null;
        if (s === null || (p !== null && target - p < s - target)) {
          const node = pred.pop()!;
          res.push(node.val);
          for (let c = node.left; c; c = c.right) pred.push(c);
        } else {
          const node = succ.pop()!;
          res.push(node.val);
          for (let c = node.right; c; c = c.left) succ.push(c);
        }
      }
      return res;
    };
  }
}
