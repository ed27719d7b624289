import type { TreeNode } from './TreeNode';

/**
 * An index built once from a binary search tree, then asked many times for the k values closest
 * to a target, in any order. The full statement, with a session of queries and the rules for
 * ties, duplicates and leaving the tree as found: kata/ClosestIndex.md.
 *
 * Write your solution here, then run `npm test -- kata/ClosestIndex.ts` to be graded. Stuck?
 * `npm run hint -- ClosestIndex`. When it works, say what it costs on the line below, as in an
 * interview (O(n) build, O(n log n) per query, O(n) space; O(n) build, O(log n + k) per query,
 * O(n) space...): the grade card holds each part against what it measures.
 */
// complexity: O(?) build, O(?) per query, O(?) space
export class ClosestIndex {
  constructor(root: TreeNode | null) {
    throw new Error('ClosestIndex is not implemented yet: write it in kata/ClosestIndex.ts');
  }

  closestKValues(target: number, k: number): number[] {
    throw new Error('ClosestIndex is not implemented yet: write it in kata/ClosestIndex.ts');
  }
}
