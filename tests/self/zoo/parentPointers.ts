// Valid: one descent towards the target that records each node's parent in a Map, then
// predecessor and successor steps that climb through those parents (and record the parents of the
// nodes they go down to). Each step is O(1) amortized: O(log n + k) reads, all six tiers.
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

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const parent = new Map<TreeNode, TreeNode | null>();
  let below: TreeNode | null = null; // the largest value <= target
  let above: TreeNode | null = null; // the smallest value > target
  let previous: TreeNode | null = null;
  for (let node = root; node;) {
    parent.set(node, previous);
    previous = node;
    if (node.val <= target) {
      below = node;
      node = node.right;
    } else {
      above = node;
      node = node.left;
    }
  }

  // The extreme node of `from`'s child subtree on `side`, its parents recorded on the way down.
  const extreme = (from: TreeNode, child: TreeNode, side: 'left' | 'right'): TreeNode => {
    parent.set(child, from);
    let node = child;
    for (let next = node[side]; next; next = node[side]) {
      parent.set(next, node);
      node = next;
    }
    return node;
  };
  const climb = (node: TreeNode, fromSide: 'left' | 'right'): TreeNode | null => {
    let child = node;
    let up = parent.get(node) ?? null;
    while (up && up[fromSide] === child) {
      child = up;
      up = parent.get(up) ?? null;
    }
    return up;
  };
  const predecessor = (node: TreeNode) =>
    node.left ? extreme(node, node.left, 'right') : climb(node, 'left');
  const successor = (node: TreeNode) =>
    node.right ? extreme(node, node.right, 'left') : climb(node, 'right');

  const out: number[] = [];
  while (out.length < k && (below || above)) {
    if (below && (!above || target - below.val <= above.val - target)) {
      out.push(below.val);
      below = predecessor(below);
    } else {
      out.push(above!.val);
      above = successor(above!);
    }
  }
  return out;
}
