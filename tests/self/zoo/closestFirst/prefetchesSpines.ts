// Reads ahead a level: two stacks, but every node is pushed together with the spine its pop will
// need (the left spine of its right subtree, or the right spine of its left subtree), read at
// push time "so that next() only pops". Correct and iterative (correct, edge, deep pass). What I
// think of its cost: each node on the search path carries a spine as long as its own height, so
// the walk down alone reads and holds about h²/4 nodes before the first value: log² n on a
// balanced tree, not log n (lazy: growth; space: growth, the spines are held while paused).
// It holds 37 nodes of 2^10 (past n/32) but 127 of 2^16: log² n, not a share of n.
// says: what it holds grows faster than h: it holds more nodes (or calls) on each larger tree
// never says: grows like n
import type { TreeNode } from '../../../../kata/TreeNode';
import type { ExpectedFirst } from './expected';

export const expected: ExpectedFirst = {
  correct: 'pass',
  edge: 'pass',
  lazy: 'growth',
  space: 'growth',
  deep: 'pass',
};

// complexity: O(h) first value, O(1) amortised per value, O(h) space

interface Entry {
  node: TreeNode;
  spine: TreeNode[]; // what popping `node` pushes, read in advance
}

function spineOf(start: TreeNode | null, step: (n: TreeNode) => TreeNode | null): TreeNode[] {
  const spine: TreeNode[] = [];
  for (let n = start; n; n = step(n)) spine.push(n);
  return spine;
}

export function* closestFirst(root: TreeNode | null, target: number): Generator<number> {
  const down: Entry[] = [];
  const up: Entry[] = [];
  const pushDown = (node: TreeNode) =>
    down.push({ node, spine: spineOf(node.left, (n) => n.right) });
  const pushUp = (node: TreeNode) => up.push({ node, spine: spineOf(node.right, (n) => n.left) });

  for (let n = root; n;) {
    if (n.val < target) {
      pushDown(n);
      n = n.right;
    } else {
      pushUp(n);
      n = n.left;
    }
  }
  while (down.length || up.length) {
    const d = down.length ? target - down[down.length - 1].node.val : Infinity;
    const u = up.length ? up[up.length - 1].node.val - target : Infinity;
    if (d <= u) {
      const { node, spine } = down.pop()!;
      spine.forEach(pushDown);
      yield node.val;
    } else {
      const { node, spine } = up.pop()!;
      spine.forEach(pushUp);
      yield node.val;
    }
  }
}
