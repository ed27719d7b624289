/**
 * Sort by distance: the brute force.
 *
 * Idea: collect every value with an iterative in-order walk, sort them all by |value - target|
 * and keep the first k. Nothing about the tree being a search tree is used.
 *
 * Time: O(n log n) — for the sort; O(n) reads of the tree.
 * Space: O(n) for the values.
 *
 * Tiers: correct, edge, linear, deep
 * Why: the tree is read once (linear reads, even though the sort is n log n time); no recursion,
 * so deep paths are fine; every query reads the whole tree, so not sublinear.
 *
 * When to use it: first, to have a correct answer to test cleverer ones against, and in an
 * interview as the baseline you state before improving on it.
 *
 * Pitfalls: sort by distance, not by value; `Array.prototype.sort` without a comparator sorts
 * numbers as strings.
 */
// complexity: O(n log n) time, O(n) space
import type { TreeNode } from '../kata/TreeNode';

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const values: number[] = [];
  const stack: TreeNode[] = [];
  for (let node = root; node || stack.length > 0;) {
    while (node) {
      stack.push(node);
      node = node.left;
    }
    node = stack.pop()!;
    values.push(node.val);
    node = node.right;
  }
  values.sort((a, b) => Math.abs(a - target) - Math.abs(b - target));
  return values.slice(0, k);
}
