// Bug: leftover debugging code that runs a program synchronously and waits for it. The wait
// happens inside the runtime, where no time limit can interrupt it, and allocates nothing: the
// grader must end it from outside its process.
// says: could not be stopped from inside
import { execFileSync } from 'node:child_process';
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'stuck',
  edge: 'stuck',
  linear: 'stuck',
  sublinear: 'stuck',
  optimal: 'stuck',
  space: 'stuck',
  deep: 'stuck',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  execFileSync(process.execPath, ['-e', 'setTimeout(() => {}, 5000)']); // "wait five seconds"
  return root ? [root.val].slice(0, k) : [target];
}
