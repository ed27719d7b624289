/**
 * Keep the tree, answer each query with two stacks: no build at all.
 *
 * Idea: the constructor keeps only the root. Each query is the main kata's `twoStacks`: one walk
 * down towards the target fills `smaller` (nodes below it, nearest on top) and `larger` (nodes at
 * or above it); then k times the closer top is popped and the spine leading to the next value on
 * its side is pushed. The tree is only ever read, so no query can change another's answer.
 *
 * Time: O(1) build; O(h + k) per query, O(log n + k) on a balanced tree.
 * Space: O(1) kept by the index; a query's two stacks hold h nodes while it runs, then go.
 *
 * Tiers: correct, edge, build, query, space, deep
 * Why: the build reads nothing, a query reads the search path and about one spine per value
 * taken, the index keeps one reference, and every walk is a loop.
 *
 * When to use it: when the tree may be large and memory is tight, or when the interviewer wants
 * to see that an index need not copy anything: on a balanced tree the per-query bound is already
 * O(log n + k). It loses to the sorted array in practice (pointer chasing instead of an array)
 * and in theory on unbalanced trees, where h can be n.
 *
 * Pitfalls: one stack running empty before k values are taken (a target near or past either end);
 * duplicates of the target's value must go to exactly one of the stacks.
 */
// complexity: O(1) build, O(log n + k) per query, O(1) space
import type { TreeNode } from '../../kata/TreeNode';

export class ClosestIndex {
  constructor(private readonly root: TreeNode | null) {}

  closestKValues(target: number, k: number): number[] {
    const smaller: TreeNode[] = []; // values < target, nearest on top
    const larger: TreeNode[] = []; // values >= target, nearest on top
    for (let node = this.root; node;) {
      if (node.val < target) {
        smaller.push(node);
        node = node.right;
      } else {
        larger.push(node);
        node = node.left;
      }
    }

    const result: number[] = [];
    while (result.length < k) {
      const below = smaller.length > 0 ? target - smaller[smaller.length - 1].val : Infinity;
      const above = larger.length > 0 ? larger[larger.length - 1].val - target : Infinity;
      if (below <= above) {
        const node = smaller.pop()!;
        for (let n = node.left; n; n = n.right) smaller.push(n);
        result.push(node.val);
      } else {
        const node = larger.pop()!;
        for (let n = node.right; n; n = n.left) larger.push(n);
        result.push(node.val);
      }
    }
    return result;
  }
}
