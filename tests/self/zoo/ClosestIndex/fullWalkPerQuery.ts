// Keeps the tree (build reads nothing) and per query walks all of it in order with a stack,
// sliding a window of k values: once the window is full, a value at least as close as its first
// shifts it, and the walk stops at the first value farther than the window's start. Correct,
// iterative, nothing kept (correct, edge, build, space, deep pass); but for a target near the
// maximum the walk reads nearly every node before it can stop, so a query's reads grow like n
// where log n + k is the bound (query: growth).
import type { TreeNode } from '../../../../kata/TreeNode';
import type { ExpectedIndex } from './expected';

export const expected: ExpectedIndex = {
  correct: 'pass',
  edge: 'pass',
  build: 'pass',
  query: 'growth',
  space: 'pass',
  deep: 'pass',
};

// complexity: O(1) build, O(n) per query, O(1) space

export class ClosestIndex {
  private readonly root: TreeNode | null;

  constructor(root: TreeNode | null) {
    this.root = root;
  }

  closestKValues(target: number, k: number): number[] {
    const window: number[] = [];
    const stack: TreeNode[] = [];
    let node = this.root;
    while (node || stack.length) {
      while (node) {
        stack.push(node);
        node = node.left;
      }
      node = stack.pop()!;
      if (window.length < k) window.push(node.val);
      else if (Math.abs(node.val - target) <= Math.abs(window[0] - target)) {
        window.shift();
        window.push(node.val);
      } else break;
      node = node.right;
    }
    return window;
  }
}
