// space: O(n) (every value copied into a Float64Array: external memory)
import type { TreeNode } from '../../../kata/TreeNode';

function size(root: TreeNode | null): number {
  let n = 0;
  const stack: TreeNode[] = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    n++;
    if (node.left) stack.push(node.left);
    if (node.right) stack.push(node.right);
  }
  return n;
}

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const values = new Float64Array(size(root));
  let i = 0;
  const stack: TreeNode[] = [];
  for (let node = root; node || stack.length > 0;) {
    for (; node; node = node.left) stack.push(node);
    node = stack.pop()!;
    values[i++] = node.val;
    node = node.right;
  }
  let lo = 0;
  let hi = values.length - 1;
  while (hi - lo + 1 > k) {
    if (Math.abs(values[lo] - target) > Math.abs(values[hi] - target)) lo++;
    else hi--;
  }
  return Array.from(values.subarray(lo, hi + 1));
}
