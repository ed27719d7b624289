/**
 * Two stacks: predecessor and successor iterators.
 *
 * Idea: walk from the root towards the target once, pushing every node on the way onto one of two
 * stacks: nodes with values < target onto `smaller`, the others onto `larger`. The top of
 * `smaller` is then the in-order predecessor of the target and the top of `larger` its successor.
 * Popping `smaller` and pushing the right spine of the popped node's left subtree yields the next
 * smaller value, exactly like one step of an iterative in-order walk run backwards; `larger`
 * mirrors it. Merge the two streams like two sorted lists, by distance, k times.
 *
 * Time: O(log n + k) — O(h + k) in general: one root-to-leaf walk, then each node is pushed and
 * popped at most once, and the spines pushed along the way are bounded by h + k.
 * Space: O(h) for the stacks, plus the answer.
 *
 * Tiers: correct, edge, linear, sublinear, optimal, space, deep
 * Why: every step outward costs O(1) amortized reads; no recursion, so 100,000-deep paths are fine.
 *
 * When to use it: the follow-up. It is the interview answer to "can you beat O(n)?".
 *
 * Pitfalls: one stack running out before k values are taken (the target is near an end, or
 * outside the range); duplicates of the target value must go to exactly one of the stacks.
 */
// complexity: O(log n + k) time, O(h) space
import type { TreeNode } from '../kata/TreeNode';

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const smaller: TreeNode[] = []; // values < target, nearest on top
  const larger: TreeNode[] = []; // values >= target, nearest on top
  for (let node = root; node;) {
    if (node.val < target) {
      smaller.push(node);
      node = node.right;
    } else {
      larger.push(node);
      node = node.left;
    }
  }

  const nextSmaller = (): number => {
    const node = smaller.pop()!;
    for (let n = node.left; n; n = n.right) smaller.push(n);
    return node.val;
  };
  const nextLarger = (): number => {
    const node = larger.pop()!;
    for (let n = node.right; n; n = n.left) larger.push(n);
    return node.val;
  };

  const result: number[] = [];
  while (result.length < k) {
    if (smaller.length === 0) result.push(nextLarger());
    else if (larger.length === 0) result.push(nextSmaller());
    else {
      const below = target - smaller[smaller.length - 1].val;
      const above = larger[larger.length - 1].val - target;
      result.push(below <= above ? nextSmaller() : nextLarger());
    }
  }
  return result;
}
