import type { TreeNode } from './TreeNode';

/**
 * Returns the k values in the binary search tree that are closest to `target`, in any order.
 * The full statement, with examples and the rules for ties and duplicates: kata/PROBLEM.md.
 *
 * Write your solution here, then run `npm test` to be graded. Stuck? `npm run hint`.
 */
export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  throw new Error('closestKValues is not implemented yet: write it in kata/closestKValues.ts');
}
