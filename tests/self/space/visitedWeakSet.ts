// space: O(n) (a WeakSet of every node visited: weak, but the tree keeps them all alive)
import type { TreeNode } from '../../../kata/TreeNode';

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const seen = new WeakSet<TreeNode>();
  const window: number[] = [];
  const stack: TreeNode[] = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (node.left && !seen.has(node.left)) {
      stack.push(node.left);
      continue;
    }
    stack.pop();
    seen.add(node);
    const v = node.val;
    // In order: a value no closer than the window's first is no better than anything kept.
    if (window.length < k) window.push(v);
    else if (Math.abs(v - target) < Math.abs(window[0] - target)) {
      window.shift();
      window.push(v);
    }
    if (node.right) stack.push(node.right);
  }
  return window;
}
