// Valid: the two-stacks reference, its answer returned as an instance of an Array subclass whose
// Symbol.species getter loops (a "typed" result class gone wrong). The values are right; copying
// them with slice or map would look up that getter and never return: the grader copies the
// elements themselves, and never meets it. Passes everything.
// never says: did not finish
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

class Values extends Array<number> {
  static get [Symbol.species](): never {
    for (;;);
  }
}

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const answer = new Values();
  for (const value of twoStacks(root, target, k)) answer.push(value);
  return answer;
}
