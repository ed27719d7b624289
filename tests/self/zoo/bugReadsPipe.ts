// Bug: waits for a "go" line on a named pipe that no one ever writes to (a debugging hook left
// in). The read blocks in the kernel: no clock inside the process can interrupt it, and the
// thread uses no CPU, so the grader ends the process from outside. (The pipe is opened for reading
// and writing, which never waits for a writer, and its name removed at once: nothing is left behind.)
// says: could not be stopped from inside
import { execFileSync } from 'node:child_process';
import { openSync, readSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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

function waitForGo(): void {
  const fifo = path.join(tmpdir(), `kata-go-${process.pid}-${Date.now()}`);
  execFileSync('mkfifo', [fifo]);
  const fd = openSync(fifo, 'r+');
  unlinkSync(fifo);
  readSync(fd, Buffer.alloc(3)); // "go\n"
}

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  waitForGo();
  return root ? [root.val].slice(0, k) : [target];
}
