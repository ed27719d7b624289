// Valid: the two-stacks reference, called after writing debug lines straight to file descriptor 2
// (fs.writeSync), 16 KB a call, past what a pipe holds: output by any route never decides a
// verdict. Passes everything.
import { writeSync } from 'node:fs';
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

const debug = (text: string) => writeSync(2, `${text} ${'.'.repeat(4000)}\n`);

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  for (let i = 0; i < 4; i++) debug(`closestKValues(target ${target}, k ${k})`);
  return twoStacks(root, target, k);
}
