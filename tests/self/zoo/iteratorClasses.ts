// Valid, optimal: two BST iterator classes (predecessor / successor) seeded from the search path,
// ties broken towards the larger value, answer returned in no particular order.
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

class Iter {
  private stack: TreeNode[] = [];
  constructor(
    root: TreeNode | null,
    target: number,
    private forward: boolean,
  ) {
    let node = root;
    while (node) {
      const goesHere = forward ? node.val > target : node.val <= target;
      if (goesHere) {
        this.stack.push(node);
        node = forward ? node.left : node.right;
      } else {
        node = forward ? node.right : node.left;
      }
    }
  }
  hasNext() {
    return this.stack.length > 0;
  }
  peek() {
    return this.stack[this.stack.length - 1].val;
  }
  next() {
    const node = this.stack.pop()!;
    let child = this.forward ? node.right : node.left;
    while (child) {
      this.stack.push(child);
      child = this.forward ? child.left : child.right;
    }
    return node.val;
  }
}

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const down = new Iter(root, target, false);
  const up = new Iter(root, target, true);
  const out: number[] = [];
  for (let i = 0; i < k; i++) {
    if (!up.hasNext() || (down.hasNext() && target - down.peek() < up.peek() - target)) {
      out.push(down.next());
    } else {
      out.push(up.next());
    }
  }
  return out.reverse();
}
