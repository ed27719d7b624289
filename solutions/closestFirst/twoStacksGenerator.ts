/**
 * Two stacks in a generator function: predecessor and successor iterators, advanced on demand.
 *
 * Idea: walk from the root towards the target once, pushing each node on the way onto one of two
 * stacks: values < target onto `smaller`, the others onto `larger`. The top of each stack is the
 * nearest value not yet given on its side. Each step compares the two tops, yields the closer one,
 * and refills its stack the way one step of an iterative in-order walk does (the right spine of
 * the popped node's left subtree for `smaller`, the left spine of its right subtree for `larger`).
 * A generator function pauses at each `yield` with the two stacks in its frame, so nothing is
 * read before the caller asks for the next value.
 *
 * Time: O(h) to the first value (one walk down), O(1) amortised per value after it: every node is
 * pushed and popped at most once, so m values cost O(h + m) reads.
 * Space: O(h): the two stacks hold at most one root-to-leaf path between them, plus one spine.
 *
 * Tiers: correct, edge, lazy, space, deep
 * Why: nothing is read ahead of the value asked for; the stacks are all that is held while paused;
 * every walk is a loop, so a 100,000-node path needs no recursion. Stopping early needs no cleanup:
 * the tree is only read.
 *
 * When to use it: the answer to "what if you don't know k?". The main kata's two-stack solution
 * with the loop `k` times turned into a loop "while the caller asks".
 *
 * Pitfalls: one stack running out first (the target outside the range): compare with Infinity
 * for the empty side; duplicates of the target must land on exactly one stack (`<` for one side,
 * `>=` for the other), else a value comes twice or not at all.
 */
// complexity: O(h) first value, O(1) amortised per value, O(h) space
import type { TreeNode } from '../../kata/TreeNode';

export function* closestFirst(root: TreeNode | null, target: number): Generator<number> {
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

  while (smaller.length > 0 || larger.length > 0) {
    const below = smaller.length > 0 ? target - smaller[smaller.length - 1].val : Infinity;
    const above = larger.length > 0 ? larger[larger.length - 1].val - target : Infinity;
    if (below <= above) {
      const node = smaller.pop()!;
      for (let n = node.left; n; n = n.right) smaller.push(n);
      yield node.val;
    } else {
      const node = larger.pop()!;
      for (let n = node.right; n; n = n.left) larger.push(n);
      yield node.val;
    }
  }
}
