// Valid, O(n·k): k passes over the whole tree, each picking the closest value not taken yet.
// Linear in n for a fixed k, but k = √n makes it n^1.5: fails linear. The grader's read limit
// stops it at 2^16, where the bound from the stop (n^0.75) is below n: the card gives its reads a
// node instead of a growth that contradicts the verdict (issue 22 §5).
// says: (161 a node), more than the grader lets any call read on a tree this size
// says: at n = 2^8 and 2^12 it had needed 79 and 319 reads a node
// never says: far beyond what this tier allows
// Its O(n) claim is judged by what linear measured at k = √n, though the read cap keeps optimal
// from measuring (issue 22 §5: it was "not checked").
// complexity: O(n) time, O(n) space
// says: ✗ claim      O(n) is too optimistic: reads grow like n at a small k, faster than n at k = √n
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'pass',
  edge: 'pass',
  linear: 'growth',
  sublinear: 'growth',
  optimal: 'growth',
  space: 'growth',
  deep: 'pass',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const taken = new Map<TreeNode, boolean>();
  const res: number[] = [];
  for (let i = 0; i < k; i++) {
    let best: TreeNode | null = null;
    const stack = root ? [root] : [];
    while (stack.length) {
      const n = stack.pop()!;
      if (
        !taken.has(n) &&
        (best === null || Math.abs(n.val - target) < Math.abs(best.val - target))
      ) {
        best = n;
      }
      if (n.left) stack.push(n.left);
      if (n.right) stack.push(n.right);
    }
    taken.set(best!, true);
    res.push(best!.val);
  }
  return res;
}
