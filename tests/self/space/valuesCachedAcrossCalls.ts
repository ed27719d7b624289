// space: O(n) (the values of every tree seen, kept in a module-level cache after returning)
import type { TreeNode } from '../../../kata/TreeNode';

const cache: number[][] = [];

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const values: number[] = [];
  const stack: TreeNode[] = [];
  for (let node = root; node || stack.length > 0;) {
    for (; node; node = node.left) stack.push(node);
    node = stack.pop()!;
    values.push(node.val);
    node = node.right;
  }
  cache.push(values);
  let lo = 0;
  let hi = values.length - 1;
  while (hi - lo + 1 > k) {
    if (Math.abs(values[lo] - target) > Math.abs(values[hi] - target)) lo++;
    else hi--;
  }
  return values.slice(lo, hi + 1);
}
