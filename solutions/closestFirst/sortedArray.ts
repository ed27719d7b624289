/**
 * Sorted array, then two pointers outward: the eager answer.
 *
 * Idea: an iterative in-order walk puts every value into an array, sorted. A binary search finds
 * where the target would go; from there two pointers move outward, and each step yields the
 * closer of the two values they point at, exactly as in the main kata's `twoPointers`, but
 * without a k to stop at.
 *
 * Time: O(n) before the first value (the walk), O(1) per value after it.
 * Space: O(n): the array of every value, held for as long as the iterator lives.
 *
 * Tiers: correct, edge, deep
 * Why: the order is right and every walk is a loop, so it passes correct, edge and deep; it reads
 * all n nodes before giving the first value (lazy fails) and holds them all while paused (space
 * fails).
 *
 * When to use it: first. It is the honest first answer in an interview: correct, easy to check,
 * and the generator around it already has the right shape for the caller. Say its cost, then
 * ask what the interviewer wants improved: if the caller usually stops after a few values,
 * "read nothing ahead" is the next step (`twoStacksGenerator`).
 *
 * Pitfalls: the binary search must put every copy of a value on one side of the split; yielding
 * `values[lo--]` before checking `lo >= 0` walks off the array's start.
 */
// complexity: O(n) first value, O(1) per value, O(n) space
import type { TreeNode } from '../../kata/TreeNode';

export function* closestFirst(root: TreeNode | null, target: number): Generator<number> {
  const values: number[] = [];
  const stack: TreeNode[] = [];
  for (let node = root; node || stack.length > 0;) {
    while (node) {
      stack.push(node);
      node = node.left;
    }
    node = stack.pop()!;
    values.push(node.val);
    node = node.right;
  }

  // hi: the first index whose value is >= target; lo: the one before it.
  let hi = 0;
  for (let top = values.length; hi < top;) {
    const mid = (hi + top) >>> 1;
    if (values[mid] < target) hi = mid + 1;
    else top = mid;
  }
  let lo = hi - 1;
  while (lo >= 0 || hi < values.length) {
    if (hi >= values.length || (lo >= 0 && target - values[lo] <= values[hi] - target)) {
      yield values[lo--];
    } else {
      yield values[hi++];
    }
  }
}
