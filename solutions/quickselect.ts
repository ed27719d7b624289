/**
 * Quickselect by distance.
 *
 * Idea: collect all values, then partition them around a pivot distance as quicksort does, but
 * recurse (here: loop) into the one side that holds the k-th closest. Afterwards the first k
 * slots hold the k closest values, in no particular order.
 *
 * Time: O(n) average — O(n^2) in the worst case, which a random pivot makes unlikely; O(n)
 * reads, each node once.
 * Space: O(n) for the values.
 *
 * Tiers: correct, edge, linear, deep
 * Why: linear reads and an iterative walk; still reads the whole tree, so not sublinear.
 *
 * When to use it: "k smallest / k closest" on unsorted data when O(n) average matters more than
 * a guaranteed bound; a classic to be able to write from memory.
 *
 * Pitfalls: many equal distances (ties, duplicates) make a two-way partition degrade; the
 * three-way partition below keeps them together. Off-by-one errors around k.
 */
// complexity: O(n) time, O(n) space
import type { TreeNode } from '../kata/TreeNode';

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const values: number[] = [];
  const stack: TreeNode[] = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    values.push(node.val);
    if (node.left) stack.push(node.left);
    if (node.right) stack.push(node.right);
  }

  const distance = (v: number) => Math.abs(v - target);
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    // Three-way partition of [lo, hi] around a random pivot distance:
    // [lo, lt) closer, [lt, gt] equal, (gt, hi] farther.
    const pivot = distance(values[lo + Math.floor(Math.random() * (hi - lo + 1))]);
    let lt = lo;
    let gt = hi;
    for (let i = lo; i <= gt;) {
      const d = distance(values[i]);
      if (d < pivot) [values[i++], values[lt++]] = [values[lt], values[i]];
      else if (d > pivot) [values[i], values[gt--]] = [values[gt], values[i]];
      else i++;
    }
    if (k - 1 < lt) hi = lt - 1;
    else if (k - 1 > gt) lo = gt + 1;
    else break; // the k-th closest is among the pivot's equals
  }
  return values.slice(0, k);
}
