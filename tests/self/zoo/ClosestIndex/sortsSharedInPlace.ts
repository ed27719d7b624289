// Bug: a query sorts the index's own array by distance, in place, and takes the first k; targets
// outside the values skip the sort ("below the minimum, the answer is the first k"), reading the
// minimum and maximum as this.vals[0] and this.vals[n - 1]. That holds only while the array is
// sorted by value: after the first sorting query it is in that query's distance order, so a later
// target below or above every value gets the values closest to the earlier target. Each query
// alone is right; asked after another, it is not (correct, edge, query, deep: wrongAnswer, the
// grader asking several queries of each index in every tier, outside targets among them). The
// build is an iterative walk (build passes) and nothing is added to what the index keeps (space
// passes); were the answers not checked in the query tier, its sort would fail there too (growth).
// Graded: each named corner is a fresh tree and one query (edge: pass); correct's many queries on
// one index catch it.
import type { TreeNode } from '../../../../kata/TreeNode';
import type { ExpectedIndex } from './expected';

export const expected: ExpectedIndex = {
  correct: 'wrongAnswer',
  edge: 'pass',
  build: 'pass',
  query: 'wrongAnswer',
  space: 'pass',
  deep: 'wrongAnswer',
};

// complexity: O(n) build, O(n log n) per query, O(n) space

export class ClosestIndex {
  private vals: number[] = [];

  constructor(root: TreeNode | null) {
    const stack: TreeNode[] = [];
    let node = root;
    while (node || stack.length > 0) {
      while (node) {
        stack.push(node);
        node = node.left;
      }
      node = stack.pop()!;
      this.vals.push(node.val);
      node = node.right;
    }
  }

  closestKValues(target: number, k: number): number[] {
    const n = this.vals.length;
    if (target <= this.vals[0]) return this.vals.slice(0, k);
    if (target >= this.vals[n - 1]) return this.vals.slice(n - k);
    this.vals.sort((a, b) => Math.abs(a - target) - Math.abs(b - target));
    return this.vals.slice(0, k);
  }
}
