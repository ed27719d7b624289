// Bug: pasted from a judge that feeds input on stdin: every call reads all of stdin first. The
// grader's process has nothing more on stdin (its end is closed), so the read returns at once,
// empty, and the solution's own check of it throws; it never blocks.
// says: it threw Error: no input on stdin
import { readFileSync } from 'node:fs';
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'threw',
  edge: 'threw',
  linear: 'threw',
  sublinear: 'threw',
  optimal: 'threw',
  space: 'threw',
  deep: 'threw',
};

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const input = readFileSync(0, 'utf8');
  if (input.trim() === '') throw new Error('no input on stdin');
  return root ? [root.val].slice(0, k) : [target + input.length];
}
