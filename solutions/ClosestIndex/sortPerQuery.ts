/**
 * Keep the values, sort them by distance for every query: the brute force, done once per query.
 *
 * Idea: the constructor copies every value into an array with an iterative walk. A query sorts a
 * copy of that array by distance to the target and returns its first k entries. The copy matters:
 * sorting the kept array itself would leave it in the last query's order, harmless here (every
 * query sorts again) but a trap as soon as anything else relies on that order.
 *
 * Time: O(n) build; O(n log n) per query (the sort), however small k is.
 * Space: O(n): the array of every value; each query's copy is dropped when it returns.
 *
 * Tiers: correct, edge, build, space, deep
 * Why: correct by construction, the build reads each node once, the index keeps one array, and
 * the walk is a loop; but a query's CPU time grows like n log n, about 2,000 times more on an index
 * 1,024 times larger, where O(log n + k) barely moves (query fails).
 *
 * When to use it: as the first answer in an interview, to have something correct, and as the
 * oracle you test a faster index against. With few queries and small trees it is fine.
 *
 * Pitfalls: sorting the kept array in place; a comparator that returns a boolean.
 */
// complexity: O(n) build, O(n log n) per query, O(n) space
import type { TreeNode } from '../../kata/TreeNode';

export class ClosestIndex {
  private readonly values: number[] = [];

  constructor(root: TreeNode | null) {
    const stack: TreeNode[] = root ? [root] : [];
    while (stack.length > 0) {
      const node = stack.pop()!;
      this.values.push(node.val);
      if (node.left) stack.push(node.left);
      if (node.right) stack.push(node.right);
    }
  }

  closestKValues(target: number, k: number): number[] {
    return [...this.values].sort((a, b) => Math.abs(a - target) - Math.abs(b - target)).slice(0, k);
  }
}
