// Valid but slow: reads every node once (O(n) reads), then insertion-sorts all the values by
// distance: O(n²) work that never touches the tree. Correct; fails the complexity tiers and deep by
// running out of time on large trees, and the card must say so without calling it endless.
// says: It is not an endless loop
// says: work that never touches the tree grows faster than n
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'pass',
  edge: 'pass',
  linear: 'timeout',
  sublinear: 'timeout',
  optimal: 'timeout',
  space: 'growth',
  deep: 'timeout',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const vals: number[] = [];
  const stack: TreeNode[] = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    vals.push(node.val);
    if (node.left) stack.push(node.left);
    if (node.right) stack.push(node.right);
  }
  for (let i = 1; i < vals.length; i++) {
    const v = vals[i];
    let j = i - 1;
    while (j >= 0 && Math.abs(vals[j] - target) > Math.abs(v - target)) {
      vals[j + 1] = vals[j];
      j--;
    }
    vals[j + 1] = v;
  }
  return vals.slice(0, k);
}
