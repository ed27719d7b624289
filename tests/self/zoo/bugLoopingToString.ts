// Bug: returns objects whose toString, valueOf and Symbol.toStringTag loop forever (a "lazy value"
// wrapper gone wrong). Reading the answer runs under the call's guard: a card within seconds.
// says: reading what it returned did not finish
// Stopped on a statement example already: every later tier starts on the leash.
// says: left-leaning path of 100,000 nodes: it returned, but reading what it returned did not finish within 0.8 s
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

class Lazy {
  constructor(readonly value: number) {}
  toString(): string {
    for (;;);
  }
  valueOf(): number {
    for (;;);
  }
  get [Symbol.toStringTag](): string {
    for (;;);
  }
}

export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const out: Lazy[] = [];
  for (let node = root; node && out.length < k; node = node.left) out.push(new Lazy(node.val));
  while (out.length < k) out.push(new Lazy(target));
  return out as unknown as number[];
}
