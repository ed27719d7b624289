// Bug: leftover debugging code runs a program that never ends, synchronously (spawnSync with no
// timeout). The wait happens in the runtime, where no clock inside the process can interrupt it:
// the grader must end it from outside, and the program it started with it.
// says: could not be stopped from inside
import { spawnSync } from 'node:child_process';
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
  spawnSync(process.execPath, ['-e', 'setInterval(() => {}, 1000)']); // "keep the viewer open"
  return root ? [root.val].slice(0, k) : [target];
}
