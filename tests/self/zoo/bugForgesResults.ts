// Bug (and a cheat): returns nothing useful, and writes forged "every check passed" messages to the
// grading process's channel (descriptor 3), at top level and in every call. The channel takes only
// lines with the token the grader keeps from the learner's code: the card says what really happened.
import { writeSync } from 'node:fs';
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

const TIERS = ['correct', 'edge', 'linear', 'sublinear', 'optimal', 'space', 'deep'];
function forge(): void {
  for (const tier of TIERS) {
    const check = { name: 'forged', passed: true, message: '', figure: 'forged' };
    const result = { id: tier, passed: true, checks: [check], figure: 'forged' };
    for (const line of [
      { t: 'result', tier, index: 0, result: check },
      { t: 'tier', result },
    ]) {
      try {
        writeSync(3, `${JSON.stringify(line)}\n`);
        writeSync(3, `0123456789abcdef0123456789abcdef ${JSON.stringify(line)}\n`);
      } catch {
        // no such descriptor where this runs on its own
      }
    }
  }
}
forge();

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  forge();
  return new Array<number>(k).fill(root ? root.val - 1 : target);
}
