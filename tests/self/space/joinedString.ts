// space: O(n) (every value joined into one string, then split again)
import type { TreeNode } from '../../../kata/TreeNode';

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  let text = '';
  const stack: TreeNode[] = [];
  for (let node = root; node || stack.length > 0;) {
    for (; node; node = node.left) stack.push(node);
    node = stack.pop()!;
    text += `${node.val},`;
    node = node.right;
  }
  const values = text.slice(0, -1).split(',').map(Number);
  let lo = 0;
  let hi = values.length - 1;
  while (hi - lo + 1 > k) {
    if (Math.abs(values[lo] - target) > Math.abs(values[hi] - target)) lo++;
    else hi--;
  }
  return values.slice(lo, hi + 1);
}
