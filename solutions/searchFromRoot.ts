/**
 * Search again from the root for each next value.
 *
 * Idea: the nearest value below the target and the nearest at or above it are found by two plain
 * searches from the root. After taking one, the next on that side is the largest value below it
 * (or the smallest above it): one more search from the root. Merge the two sides k times.
 * Duplicates: a value may occur several times, so count its copies (a search that follows both
 * sides of an equal node) and take them one by one.
 *
 * Time: O(k log n) — O(k·h) in general: one walk from the root per value. Reads: the same.
 * Space: O(1) besides the answer (and O(copies) for counting duplicates).
 *
 * Tiers: correct, edge, linear, sublinear, space, deep
 * Why: each value costs one walk from the root, about log n reads: far below n for small k, but
 * one more k costs log n reads instead of O(1), which the optimal tier detects.
 *
 * When to use it: when the tree cannot be walked with extra memory, or as the first answer to the
 * follow-up ("can you beat O(n)?") before the two-stack refinement.
 *
 * Pitfalls: duplicates (a strict "largest value below" skips copies); the search for the next
 * value must be strict (< or >), or it finds the same value again.
 */
// complexity: O(k log n) time, O(1) space
import type { TreeNode } from '../kata/TreeNode';

/** Largest value < bound (or <= bound when `inclusive`), or null. */
function largestBelow(root: TreeNode | null, bound: number, inclusive: boolean): number | null {
  let best: number | null = null;
  for (let node = root; node;) {
    if (node.val < bound || (inclusive && node.val === bound)) {
      best = node.val;
      node = node.right;
    } else node = node.left;
  }
  return best;
}

/** Smallest value > bound, or null. */
function smallestAbove(root: TreeNode | null, bound: number): number | null {
  let best: number | null = null;
  for (let node = root; node;) {
    if (node.val > bound) {
      best = node.val;
      node = node.left;
    } else node = node.right;
  }
  return best;
}

/** How often `value` occurs: equal values may sit on either side of an equal node. */
function copies(root: TreeNode | null, value: number | null): number {
  if (value === null) return 0;
  let count = 0;
  const stack: TreeNode[] = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const v = node.val;
    if (v === value) count++;
    if (value <= v && node.left) stack.push(node.left);
    if (value >= v && node.right) stack.push(node.right);
  }
  return count;
}

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  let low = largestBelow(root, target, true); // nearest value <= target
  let high = smallestAbove(root, target); // nearest value > target
  let lowLeft = copies(root, low);
  let highLeft = copies(root, high);
  const result: number[] = [];
  while (result.length < k) {
    if (high === null || (low !== null && target - low <= high - target)) {
      result.push(low!);
      if (--lowLeft === 0) {
        low = largestBelow(root, low!, false);
        lowLeft = copies(root, low);
      }
    } else {
      result.push(high);
      if (--highLeft === 0) {
        high = smallestAbove(root, high);
        highLeft = copies(root, high);
      }
    }
  }
  return result;
}
