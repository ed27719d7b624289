// Pasted from LeetCode as is, with the author's own try-out left at the bottom: its TreeNode class,
// no export, a demo tree built at top level and the answer printed. Optimal two stacks. The demo's
// output is shown once, not once per tier.
// says: Your file printed 1 line while it loaded
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

class TreeNode {
  constructor(
    public val = 0,
    public left: TreeNode | null = null,
    public right: TreeNode | null = null,
  ) {}
}

function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const lower: TreeNode[] = [];
  const upper: TreeNode[] = [];
  for (let node = root; node; node = node.val < target ? node.right : node.left) {
    (node.val < target ? lower : upper).push(node);
  }
  const answer: number[] = [];
  while (answer.length < k) {
    const below = lower[lower.length - 1];
    const above = upper[upper.length - 1];
    if (above === undefined || (below !== undefined && target - below.val <= above.val - target)) {
      lower.pop();
      answer.push(below.val);
      for (let n = below.left; n; n = n.right) lower.push(n);
    } else {
      upper.pop();
      answer.push(above.val);
      for (let n = above.right; n; n = n.left) upper.push(n);
    }
  }
  return answer;
}

const demo = new TreeNode(4, new TreeNode(2, new TreeNode(1), new TreeNode(3)), new TreeNode(5));
console.log(closestKValues(demo, 3.714286, 2));
