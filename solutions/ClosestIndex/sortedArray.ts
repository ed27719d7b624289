/**
 * Sorted array, binary search, two pointers outward: build once, answer in O(log n + k).
 *
 * Idea: the constructor walks the tree in order once, with a stack, and keeps the values in an
 * array: sorted, because an in-order walk of a BST gives them sorted. A query never touches the
 * tree again: a binary search finds where the target would go in the array, and two pointers move
 * outward from there, each step taking the closer of the two values they point at (ties to the
 * smaller, any side would do), until k values lie between them. That window is the answer.
 *
 * Time: O(n) build (each node read once); O(log n + k) per query (the search, then k steps).
 * Space: O(n): the array of every value, kept for the life of the index.
 *
 * Tiers: correct, edge, build, query, space, deep
 * Why: the build reads each node a bounded number of times, a query costs a binary search and k
 * steps on the array (its CPU time barely grows from one size to one 1,024 times larger), the index
 * keeps one array of n values and nothing per query, and every walk is a loop.
 *
 * When to use it: first, and usually last. It is what the interviewer hopes to hear: pay O(n)
 * once so that every query is as cheap as the best single query on the tree, and cheaper in
 * practice (an array is faster to search than a tree of objects).
 *
 * Pitfalls: the binary search must put every copy of a value on one side of the split; a pointer
 * compared before its bounds check walks off the array; returning a view of the shared array
 * instead of a new one lets the caller change the index.
 */
// complexity: O(n) build, O(log n + k) per query, O(n) space
import type { TreeNode } from '../../kata/TreeNode';

export class ClosestIndex {
  private readonly values: number[] = [];

  constructor(root: TreeNode | null) {
    const stack: TreeNode[] = [];
    for (let node = root; node || stack.length > 0;) {
      while (node) {
        stack.push(node);
        node = node.left;
      }
      node = stack.pop()!;
      this.values.push(node.val);
      node = node.right;
    }
  }

  closestKValues(target: number, k: number): number[] {
    const { values } = this;
    // hi: the first index whose value is >= target; the window is values[lo + 1 .. hi - 1].
    let hi = 0;
    for (let top = values.length; hi < top;) {
      const mid = (hi + top) >>> 1;
      if (values[mid] < target) hi = mid + 1;
      else top = mid;
    }
    let lo = hi - 1;
    while (hi - lo - 1 < k) {
      if (hi >= values.length || (lo >= 0 && target - values[lo] <= values[hi] - target)) lo--;
      else hi++;
    }
    return values.slice(lo + 1, hi);
  }
}
