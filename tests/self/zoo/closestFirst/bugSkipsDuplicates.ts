// Bug: two stacks, plus a Set of the values already given "so nothing comes twice": a value stored
// in two nodes is given once, so a drained tree with duplicates misses values (correct, edge:
// wrongAnswer; edge's all-equal tree gives one value). Reads and the stacks are those of the valid
// two stacks, and the Set holds only the m values given (lazy, space pass). deep: the paths of
// the deep tier, if their values are distinct, are drained in full (pass).
import type { TreeNode } from '../../../../kata/TreeNode';
import type { ExpectedFirst } from './expected';

export const expected: ExpectedFirst = {
  correct: 'wrongAnswer',
  edge: 'wrongAnswer',
  lazy: 'pass',
  space: 'pass',
  deep: 'pass',
};

export function* closestFirst(root: TreeNode | null, target: number): Generator<number> {
  const given = new Set<number>();
  const left: TreeNode[] = [];
  const right: TreeNode[] = [];
  for (let n = root; n;) {
    if (n.val < target) {
      left.push(n);
      n = n.right;
    } else {
      right.push(n);
      n = n.left;
    }
  }
  while (left.length || right.length) {
    let v: number;
    const l = left[left.length - 1];
    const r = right[right.length - 1];
    if (!r || (l && target - l.val <= r.val - target)) {
      left.pop();
      for (let c = l.left; c; c = c.right) left.push(c);
      v = l.val;
    } else {
      right.pop();
      for (let c = r.right; c; c = c.left) right.push(c);
      v = r.val;
    }
    if (given.has(v)) continue;
    given.add(v);
    yield v;
  }
}
