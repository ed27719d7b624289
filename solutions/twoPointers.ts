/**
 * In-order walk, then two pointers.
 *
 * Idea: an in-order walk of a search tree yields its values in ascending order. Binary-search
 * that array for where the target would go, then grow a window outwards: at each step take
 * whichever neighbour (left of the window or right of it) is closer, k times.
 *
 * Time: O(n) — for the walk; O(log n + k) for the rest.
 * Space: O(n) for the sorted values.
 *
 * Tiers: correct, edge, linear, deep
 * Why: every node is read once, iteratively; the whole tree is read on every query, so not
 * sublinear.
 *
 * When to use it: the standard O(n) answer, and the stepping stone to the follow-up: the two
 * pointers are what the two stacks of the optimal solution become.
 *
 * Pitfalls: one pointer running off its end (the target is near or outside an end of the range);
 * comparing distances with `<` or `<=` only changes how ties go, both are accepted.
 */
// complexity: O(n) time, O(n) space
import type { TreeNode } from '../kata/TreeNode';

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const sorted: number[] = [];
  const stack: TreeNode[] = [];
  for (let node = root; node || stack.length > 0;) {
    while (node) {
      stack.push(node);
      node = node.left;
    }
    node = stack.pop()!;
    sorted.push(node.val);
    node = node.right;
  }

  // First index whose value is >= target.
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < target) lo = mid + 1;
    else hi = mid;
  }

  let left = lo - 1;
  let right = lo;
  const result: number[] = [];
  while (result.length < k) {
    const takeLeft =
      right >= sorted.length || (left >= 0 && target - sorted[left] <= sorted[right] - target);
    result.push(takeLeft ? sorted[left--] : sorted[right++]);
  }
  return result;
}
