// Bug: returns the answer as a Uint32Array (to "save memory"): a typed array stores each value as
// its element type, so -240 comes back as 4294967056 and 3.5 as 3. Array.from would keep that
// damage, so the card must not suggest it (issue 22 §5).
// says: it returned a Uint32Array, not an array: a typed array turns every value into its element type
// never says: Array.from(...) makes one of it
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'wrongAnswer',
  edge: 'wrongAnswer',
  linear: 'wrongAnswer',
  sublinear: 'wrongAnswer',
  optimal: 'wrongAnswer',
  space: 'wrongAnswer',
  deep: 'wrongAnswer',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const values: number[] = [];
  const stack: TreeNode[] = [];
  let node = root;
  while (node || stack.length > 0) {
    while (node) {
      stack.push(node);
      node = node.left;
    }
    node = stack.pop()!;
    values.push(node.val);
    node = node.right;
  }
  values.sort((a, b) => Math.abs(a - target) - Math.abs(b - target));
  return Uint32Array.from(values.slice(0, k)) as unknown as number[];
}
