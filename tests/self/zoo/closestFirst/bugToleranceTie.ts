// Bug: two stacks whose merge calls two distances equal when they differ by less than 1e-9
// ("floating point is never exact") and then takes the smaller value. With target 3.5000000001,
// 4 is closer than 3 by 2e-10, yet 3 comes first: the order is wrong on near-ties (correct, edge:
// wrongAnswer). Its reads and stacks are those of the valid two stacks (lazy, space, deep pass).
import type { TreeNode } from '../../../../kata/TreeNode';
import type { ExpectedFirst } from './expected';

export const expected: ExpectedFirst = {
  correct: 'wrongAnswer',
  edge: 'wrongAnswer',
  lazy: 'pass',
  space: 'pass',
  deep: 'pass',
};

const EPS = 1e-9;

export function* closestFirst(root: TreeNode | null, target: number): Generator<number> {
  const lo: TreeNode[] = [];
  const hi: TreeNode[] = [];
  for (let n = root; n;) {
    if (n.val < target) {
      lo.push(n);
      n = n.right;
    } else {
      hi.push(n);
      n = n.left;
    }
  }
  while (lo.length || hi.length) {
    const a = lo.length ? target - lo[lo.length - 1].val : Infinity;
    const b = hi.length ? hi[hi.length - 1].val - target : Infinity;
    if (a < b || Math.abs(a - b) < EPS) {
      const n = lo.pop()!;
      for (let c = n.left; c; c = c.right) lo.push(c);
      yield n.val;
    } else {
      const n = hi.pop()!;
      for (let c = n.right; c; c = c.left) hi.push(c);
      yield n.val;
    }
  }
}
