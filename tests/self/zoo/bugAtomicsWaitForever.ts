// Bug: "sleeps" in every call with Atomics.wait on a SharedArrayBuffer no one ever notifies (a
// sleep helper copied from a worker-threads example). The thread is asleep in the kernel and uses
// no CPU: only the call's wall clock can end it, and it must, in every tier.
// says: did not return within
// never says: could not be stopped from inside
import type { TreeNode } from '../../../kata/TreeNode';
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'timeout',
  edge: 'timeout',
  linear: 'timeout',
  sublinear: 'timeout',
  optimal: 'timeout',
  space: 'timeout',
  deep: 'timeout',
};

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  sleep(Infinity); // meant: sleep(10) between "frames" of a visualisation
  return root ? [root.val].slice(0, k) : [target];
}
