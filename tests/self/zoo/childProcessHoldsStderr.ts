// Valid: the two-stacks reference, in a file whose top level starts a detached process that keeps
// the grading process's stderr for 30 s: the card does not wait for it. Passes everything.
import { spawn } from 'node:child_process';
import type { TreeNode } from '../../../kata/TreeNode';
import { closestKValues as twoStacks } from '../../../solutions/twoStacks';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'pass',
  edge: 'pass',
  linear: 'pass',
  sublinear: 'pass',
  optimal: 'pass',
  space: 'pass',
  deep: 'pass',
};

spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30_000)'], {
  detached: true,
  stdio: 'inherit',
}).unref();

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  return twoStacks(root, target, k);
}
