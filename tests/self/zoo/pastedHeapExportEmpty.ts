// Pasted from LeetCode as is: no export on the function, a hand-written max-heap of (distance,
// value) pairs, and `export {}` at the end (a habit from files that must be modules). A recursive
// visit of every node: O(n) reads, O(n log k) work, too deep for the long paths.
import type { Expected } from './expected';
import type { TreeNode } from '../../../kata/TreeNode';

export const expected: Expected = {
  correct: 'pass',
  edge: 'pass',
  linear: 'pass',
  sublinear: 'growth',
  optimal: 'growth',
  space: 'pass',
  deep: 'stackOverflow',
};

class MaxHeap {
  private items: [number, number][] = [];
  get size(): number {
    return this.items.length;
  }
  top(): [number, number] {
    return this.items[0];
  }
  push(item: [number, number]): void {
    const a = this.items;
    a.push(item);
    for (let i = a.length - 1; i > 0;) {
      const p = (i - 1) >> 1;
      if (a[p][0] >= a[i][0]) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }
  pop(): [number, number] {
    const a = this.items;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      for (let i = 0; ;) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let big = i;
        if (l < a.length && a[l][0] > a[big][0]) big = l;
        if (r < a.length && a[r][0] > a[big][0]) big = r;
        if (big === i) break;
        [a[big], a[i]] = [a[i], a[big]];
        i = big;
      }
    }
    return top;
  }
}

function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const heap = new MaxHeap();
  const visit = (node: TreeNode | null): void => {
    if (!node) return;
    const d = Math.abs(node.val - target);
    if (heap.size < k) heap.push([d, node.val]);
    else if (d < heap.top()[0]) {
      heap.pop();
      heap.push([d, node.val]);
    }
    visit(node.left);
    visit(node.right);
  };
  visit(root);
  const out: number[] = [];
  while (heap.size > 0) out.push(heap.pop()[1]);
  return out;
}

export {};
