// Valid, optimal: a depth-first search that keeps the k best values seen so far and skips any
// subtree whose value range (the interval its ancestors allow) lies wholly beyond the k-th best
// distance, nearer child first. On a balanced tree it visits the window and a few paths around it;
// its cost per value wobbles with where the window's edges fall (3 to 4.5 reads), which is O(k).
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

// complexity: O(log n + k)
export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const best: number[] = []; // nearest first
  const dist = (v: number) => Math.abs(v - target);
  const kth = () => (best.length < k ? Infinity : dist(best[best.length - 1]));
  const offer = (v: number) => {
    if (best.length === k && dist(v) >= kth()) return;
    let i = best.length;
    best.push(v);
    while (i > 0 && dist(best[i - 1]) > dist(v)) best[i] = best[--i];
    best[i] = v;
    if (best.length > k) best.pop();
  };
  // How far the target is from any value in [lo, hi].
  const gap = (lo: number, hi: number) =>
    target < lo ? lo - target : target > hi ? target - hi : 0;
  const stack: [TreeNode, number, number][] = root ? [[root, -Infinity, Infinity]] : [];
  while (stack.length > 0) {
    const [node, lo, hi] = stack.pop()!;
    if (gap(lo, hi) > kth()) continue;
    const v = node.val;
    offer(v);
    const left: [TreeNode | null, number, number] = [node.left, lo, v];
    const right: [TreeNode | null, number, number] = [node.right, v, hi];
    const [near, far] = target < v ? [left, right] : [right, left];
    if (far[0]) stack.push(far as [TreeNode, number, number]);
    if (near[0]) stack.push(near as [TreeNode, number, number]); // popped first
  }
  return best;
}
