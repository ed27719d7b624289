// Valid: one lazy generator run twice, walking up from the target (successors) and down
// (predecessors), the two merged by distance in a third. Each keeps its own stack, so the whole
// thing reads O(h + m) for m values, holds O(h) while paused, and loops instead of recursing:
// every tier passes. The caller's break reaches the inner generators through the outer one's
// finally.
// says: 5 of 5 tiers pass
import type { TreeNode } from '../../../../kata/TreeNode';
import type { ExpectedFirst } from './expected';

export const expected: ExpectedFirst = {
  correct: 'pass',
  edge: 'pass',
  lazy: 'pass',
  space: 'pass',
  deep: 'pass',
};

// complexity: O(h) first value, O(1) amortised per value, O(h) space

// One generator for either side: 'up' gives the values >= target in ascending order, 'down'
// those below it in descending order, each from its own stack.
function* side(root: TreeNode | null, target: number, dir: 'up' | 'down'): Generator<number> {
  const up = dir === 'up';
  const mine = (node: TreeNode) => node.val >= target === up;
  const toward = (node: TreeNode) => (up ? node.left : node.right);
  const away = (node: TreeNode) => (up ? node.right : node.left);
  const stack: TreeNode[] = [];
  for (let node = root; node;) {
    if (mine(node)) {
      stack.push(node);
      node = toward(node);
    } else node = away(node);
  }
  while (stack.length > 0) {
    const top = stack.pop()!;
    yield top.val;
    for (let node = away(top); node; node = toward(node)) stack.push(node);
  }
}

export function* closestFirst(root: TreeNode | null, target: number): Generator<number> {
  const up = side(root, target, 'up');
  const down = side(root, target, 'down');
  try {
    let above = up.next();
    let below = down.next();
    while (!above.done || !below.done) {
      if (below.done || (!above.done && above.value - target < target - below.value)) {
        yield above.value as number;
        above = up.next();
      } else {
        yield below.value;
        below = down.next();
      }
    }
  } finally {
    up.return(undefined);
    down.return(undefined);
  }
}
