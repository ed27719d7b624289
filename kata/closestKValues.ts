import type { TreeNode } from './TreeNode';

/**
 * Returns the k values in the binary search tree that are closest to `target`, in any order.
 * The full statement, with examples and the rules for ties and duplicates: kata/PROBLEM.md.
 *
 * Write your solution here, then run `npm test` to be graded. Stuck? `npm run hint`.
 * When it works, say what it costs on the line below, time and space, as in an interview
 * (O(n) time, O(n) space; O(log n + k) time, O(h) space...): the grade card holds both halves of
 * your claim against what it measures.
 */
// complexity: O(?) time, O(?) space
export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  throw new Error('closestKValues is not implemented yet: write it in kata/closestKValues.ts');
}
