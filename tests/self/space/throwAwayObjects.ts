// space: O(h + k) (an object per node visited, dropped at once: garbage does not count)
import type { TreeNode } from '../../../kata/TreeNode';

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const lower: TreeNode[] = [];
  const upper: TreeNode[] = [];
  for (let node = root; node;) {
    const step = { node, d: Math.abs(node.val - target) };
    if (step.node.val < target) {
      lower.push(node);
      node = node.right;
    } else {
      upper.push(node);
      node = node.left;
    }
  }
  const out: number[] = [];
  while (out.length < k) {
    const b = lower[lower.length - 1];
    const a = upper[upper.length - 1];
    if (!a || (b && target - b.val <= a.val - target)) {
      lower.pop();
      out.push(b.val);
      for (let n = b.left; n; n = n.right) lower.push(n);
    } else {
      upper.pop();
      out.push(a.val);
      for (let n = a.right; n; n = n.left) upper.push(n);
    }
  }
  return out;
}
