// Written as LeetCode's Java, C++ and Python templates have it: a `class Solution` whose method is
// closestKValues, no export, state kept on the instance. Optimal two stacks. Graded as LeetCode
// calls it, on a new instance for every call (so the stacks start empty each time). It did not
// load before ("has no function named closestKValues").
// complexity: O(log n + k)
// says: O(log n + k) matches
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'pass',
  edge: 'pass',
  linear: 'pass',
  sublinear: 'pass',
  optimal: 'pass',
  space: 'pass',
  deep: 'pass',
};

class Solution {
  private smaller: TreeNode[] = [];
  private larger: TreeNode[] = [];

  closestKValues(root: TreeNode | null, target: number, k: number): number[] {
    for (let node = root; node;) {
      if (node.val <= target) {
        this.smaller.push(node);
        node = node.right;
      } else {
        this.larger.push(node);
        node = node.left;
      }
    }
    const out: number[] = [];
    while (out.length < k) {
      const below = this.smaller[this.smaller.length - 1];
      const above = this.larger[this.larger.length - 1];
      if (!above || (below && target - below.val <= above.val - target)) {
        out.push(below.val);
        this.next(this.smaller, below.left, 'right');
      } else {
        out.push(above.val);
        this.next(this.larger, above.right, 'left');
      }
    }
    return out;
  }

  /** Pops the top and pushes the path to the next value on that side. */
  private next(stack: TreeNode[], from: TreeNode | null, toward: 'left' | 'right'): void {
    stack.pop();
    for (let node = from; node; node = node[toward]) stack.push(node);
  }
}
