// Valid: iterative in-order feeding a bounded max-heap (by distance) of size k. Reads the tree
// once, so linear; no recursion, so deep passes.
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'pass',
  edge: 'pass',
  linear: 'pass',
  sublinear: 'growth',
  optimal: 'growth',
  space: 'pass',
  deep: 'pass',
};

class MaxHeap {
  private items: [number, number][] = []; // [distance, value]
  get size() {
    return this.items.length;
  }
  peek() {
    return this.items[0];
  }
  push(item: [number, number]) {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p][0] >= a[i][0]) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }
  pop() {
    const a = this.items;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l][0] > a[m][0]) m = l;
        if (r < a.length && a[r][0] > a[m][0]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
  values() {
    return this.items.map(([, v]) => v);
  }
}

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const heap = new MaxHeap();
  const stack: TreeNode[] = [];
  let node = root;
  while (node || stack.length) {
    while (node) {
      stack.push(node);
      node = node.left;
    }
    node = stack.pop()!;
    const v = node.val;
    const d = Math.abs(v - target);
    if (heap.size < k) heap.push([d, v]);
    else if (d < heap.peek()[0]) {
      heap.pop();
      heap.push([d, v]);
    }
    node = node.right;
  }
  return heap.values();
}
