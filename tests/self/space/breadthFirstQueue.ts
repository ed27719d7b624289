// space: O(n) (a breadth-first queue holds a whole level: half the tree at the bottom)
import type { TreeNode } from '../../../kata/TreeNode';

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const values: number[] = [];
  const queue: TreeNode[] = root ? [root] : [];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i];
    values.push(node.val);
    if (node.left) queue.push(node.left);
    if (node.right) queue.push(node.right);
  }
  values.sort((a, b) => Math.abs(a - target) - Math.abs(b - target));
  return values.slice(0, k);
}
