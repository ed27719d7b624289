/**
 * In-order walk with an early-stopping window.
 *
 * Idea: walk the values in ascending order, keeping the last k of them in a window. A new value
 * closer than the window's oldest pushes the oldest out. Once a value above the target is no
 * closer than the oldest, every later value is farther still: stop.
 *
 * Time: O(n) — in the worst case (target near the maximum); much less when the target is near the
 * minimum. Reads: the same.
 * Space: O(k) for the window, O(h) for the walk's stack.
 *
 * Tiers: correct, edge, linear, space, deep
 * Why: each node is read at most once, iteratively. Stopping early helps only when the target
 * sits near the start of the walk; near the maximum it reads everything: not sublinear.
 *
 * When to use it: when the tree must be walked in order anyway; as the step between "collect
 * everything" and the follow-up.
 *
 * Pitfalls: the LeetCode version stops as soon as a value is not closer than the window's
 * oldest. With duplicates that is wrong: a value equal to the oldest, below the target, has the
 * same distance but closer values may follow. Stop only for values at or above the target.
 */
// complexity: O(n) time, O(h + k) space
import type { TreeNode } from '../kata/TreeNode';

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  // The window: a ring of k values, the oldest at taken % k once it is full (a queue that only
  // grows, or an array shifted at every step, would cost O(n) memory or O(n·k) time).
  const ring = new Array<number>(k);
  let taken = 0;
  const stack: TreeNode[] = [];
  for (let node = root; node || stack.length > 0;) {
    while (node) {
      stack.push(node);
      node = node.left;
    }
    node = stack.pop()!;
    const value = node.val;
    if (taken < k) ring[taken++] = value;
    else if (Math.abs(value - target) < Math.abs(ring[taken % k] - target)) {
      ring[taken % k] = value;
      taken++;
    } else if (value >= target) break;
    node = node.right;
  }
  return taken < k ? ring.slice(0, taken) : ring;
}
