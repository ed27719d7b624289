// Bug (here, not on LeetCode): copies each node with {...node} before using it. A plain node's
// spread keeps val, left and right; the grader's nodes keep them behind getters, so every copy is
// empty and the answer is [undefined]. The grader says why, and what to read instead.
// says: copies made with {...node} or Object.assign are empty here
// says: read node.val, node.left and node.right
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
  const vals: number[] = [];
  const stack: TreeNode[] = root ? [{ ...root }] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    vals.push(node.val);
    if (node.left) stack.push({ ...node.left });
    if (node.right) stack.push({ ...node.right });
  }
  return vals.sort((a, b) => Math.abs(a - target) - Math.abs(b - target)).slice(0, k);
}
