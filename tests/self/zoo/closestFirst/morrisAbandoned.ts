// Bug: a Morris in-order generator (O(1) extra memory, it says) that buffers the values below the
// target and, once it passes the target, merges them with the values it meets on the way up.
// Drained, every thread is removed by the walk itself; but a caller who stops early (break) ends
// the generator wherever it is paused, and the threads above that point stay in the tree: the
// next walk of the tree loops (correct, edge, deep: changedTree). Every tier stops the iterator
// early somewhere, so I expect changedTree on each; were lazy and space judged before the tree
// is checked, they would say growth (every value below the target is read and kept before the
// first one is given).
// says: it changed the tree and did not undo it
import type { TreeNode } from '../../../../kata/TreeNode';
import type { ExpectedFirst } from './expected';

export const expected: ExpectedFirst = {
  correct: 'changedTree',
  edge: 'changedTree',
  lazy: 'changedTree',
  space: 'changedTree',
  deep: 'changedTree',
};

// complexity: O(n) first value, O(1) amortised per value, O(1) space

function* morrisInOrder(root: TreeNode | null): Generator<number> {
  let cur = root;
  while (cur) {
    if (!cur.left) {
      yield cur.val;
      cur = cur.right;
      continue;
    }
    let pre = cur.left;
    while (pre.right && pre.right !== cur) pre = pre.right;
    if (!pre.right) {
      pre.right = cur; // thread back to cur
      cur = cur.left;
    } else {
      pre.right = null;
      yield cur.val;
      cur = cur.right;
    }
  }
}

export function* closestFirst(root: TreeNode | null, target: number): Generator<number> {
  const lower: number[] = [];
  for (const v of morrisInOrder(root)) {
    if (v < target) {
      lower.push(v);
      continue;
    }
    while (lower.length > 0 && target - lower[lower.length - 1] <= v - target) yield lower.pop()!;
    yield v;
  }
  while (lower.length > 0) yield lower.pop()!;
}
