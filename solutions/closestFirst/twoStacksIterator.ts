/**
 * Two stacks in an iterator class: the shape of a BST iterator in Java or C++.
 *
 * Idea: the same two stacks as `twoStacksGenerator`, kept in the fields of an object that
 * implements the iterator protocol by hand: `next()` compares the tops of `smaller` (values <
 * target) and `larger` (values >= target), pops the closer one, pushes the spine that leads to
 * the next value on that side, and returns `{ value, done: false }`; with both stacks empty it
 * returns `{ value: undefined, done: true }`. `return()` is what a `for...of` loop calls on
 * `break`: it drops the stacks. `[Symbol.iterator]()` returns the object itself, so it works in a
 * `for...of` loop and with spread.
 *
 * Time: O(h) to the first value, O(1) amortised per value after it; m values cost O(h + m) reads.
 * Space: O(h): the two stacks.
 *
 * Tiers: correct, edge, lazy, space, deep
 * Why: as the generator: each `next()` reads only what that value needs, the object holds only
 * the stacks between calls, and every walk is a loop.
 *
 * When to use it: in an interview in a language without generators (Java's `Iterator`, C++'s
 * `hasNext()`/`next()` pair), or when asked what a generator does behind the scenes. It is the
 * generator with its paused state written out as fields.
 *
 * Pitfalls: a `next()` after the end must keep returning `done: true`, never throw or wrap
 * around; `hasNext()`-style checks that peek by popping lose a value.
 */
// complexity: O(h) first value, O(1) amortised per value, O(h) space
import type { TreeNode } from '../../kata/TreeNode';

class ClosestFirstIterator implements IterableIterator<number> {
  private readonly smaller: TreeNode[] = []; // values < target, nearest on top
  private readonly larger: TreeNode[] = []; // values >= target, nearest on top

  constructor(
    root: TreeNode | null,
    private readonly target: number,
  ) {
    for (let node = root; node;) {
      if (node.val < target) {
        this.smaller.push(node);
        node = node.right;
      } else {
        this.larger.push(node);
        node = node.left;
      }
    }
  }

  next(): IteratorResult<number> {
    const { smaller, larger, target } = this;
    if (smaller.length === 0 && larger.length === 0) return { value: undefined, done: true };
    const below = smaller.length > 0 ? target - smaller[smaller.length - 1].val : Infinity;
    const above = larger.length > 0 ? larger[larger.length - 1].val - target : Infinity;
    if (below <= above) {
      const node = smaller.pop()!;
      for (let n = node.left; n; n = n.right) smaller.push(n);
      return { value: node.val, done: false };
    }
    const node = larger.pop()!;
    for (let n = node.right; n; n = n.left) larger.push(n);
    return { value: node.val, done: false };
  }

  return(): IteratorResult<number> {
    this.smaller.length = 0;
    this.larger.length = 0;
    return { value: undefined, done: true };
  }

  [Symbol.iterator](): IterableIterator<number> {
    return this;
  }
}

export function closestFirst(root: TreeNode | null, target: number): IterableIterator<number> {
  return new ClosestFirstIterator(root, target);
}
