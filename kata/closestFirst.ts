import type { TreeNode } from './TreeNode';

/**
 * Returns an iterator that gives the tree's values closest to `target` first, one at a time, for
 * as long as the caller asks: a generator function (`function*`), an object with `next()`, or any
 * iterable. The full statement, with examples and the rules for ties, duplicates and stopping
 * early: kata/closestFirst.md.
 *
 * Write your solution here, then run `npm test -- kata/closestFirst.ts` to be graded. Stuck?
 * `npm run hint -- closestFirst`. When it works, say what it costs on the line below, as in an
 * interview (O(n) first value, O(1) per value, O(n) space; O(h) first value, O(1) amortised per
 * value, O(h) space...): the grade card holds each half against what it measures.
 */
// complexity: O(?) first value, O(?) per value, O(?) space
export function closestFirst(
  root: TreeNode | null,
  target: number,
): Iterator<number> | Iterable<number> {
  throw new Error('closestFirst is not implemented yet: write it in kata/closestFirst.ts');
}
