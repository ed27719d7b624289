// Valid but O(n^2): for every node, count (by a full traversal) how many values are strictly
// closer; keep the node if fewer than k are. Then trim ties. Correct, fails every complexity tier,
// and is far too slow for the 100,000-node paths.
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'pass',
  edge: 'pass',
  linear: 'growth',
  sublinear: 'growth',
  optimal: 'growth',
  space: 'growth',
  deep: 'readLimit',
};

function allNodes(root: TreeNode | null): TreeNode[] {
  const out: TreeNode[] = [];
  const stack = root ? [root] : [];
  while (stack.length) {
    const n = stack.pop()!;
    out.push(n);
    if (n.left) stack.push(n.left);
    if (n.right) stack.push(n.right);
  }
  return out;
}

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const keep: number[] = [];
  for (const node of allNodes(root)) {
    const d = Math.abs(node.val - target);
    let closer = 0;
    for (const other of allNodes(root)) if (Math.abs(other.val - target) < d) closer++;
    if (closer < k) keep.push(node.val);
  }
  keep.sort((a, b) => Math.abs(a - target) - Math.abs(b - target));
  return keep.slice(0, k);
}
