import type { Arbitrary, RunDetails } from 'fast-check';
import { buildTree } from '../../../kata/TreeNode';
import { caseArbitrary, fastCheck, type CaseSpec } from '../arbitraries';
import { fromTreeNode, inOrder } from '../shape';
import type { Solution } from '../solution';
import type { Trial } from '../trial';
import { count } from '../validator';
import { caseCheck, CaseSession, failedCase, type Case } from './caseCheck';
import type { Check, Tier } from './tier';

/*
 * correct: the statement's examples, then 1,360 generated cases judged by the any-valid-answer
 * rule, with the tree checked unchanged after every call.
 */

const RUNS_PER_FAMILY = 340;
// Shrinking a failing case re-runs the solution; these bound that effort.
const MAX_SHRINK_RUNS = 400;

const FAMILIES: { name: string; spec: CaseSpec; tieAtK?: true }[] = [
  {
    name: `${RUNS_PER_FAMILY} random-insertion trees with many duplicates`,
    spec: { min: -8, max: 8, maxNodes: 40, shape: 'inserted' },
  },
  {
    name: `${RUNS_PER_FAMILY} balanced trees, ties and fractional targets`,
    spec: { min: -60, max: 60, maxNodes: 60, shape: 'balanced' },
  },
  {
    name: `${RUNS_PER_FAMILY} random trees with values up to ±10^9`,
    spec: { min: -1e9, max: 1e9, maxNodes: 40, shape: 'inserted' },
  },
  {
    name: `${RUNS_PER_FAMILY} random trees with an exact tie at the k-th place`,
    spec: { min: -30, max: 30, maxNodes: 40, shape: 'inserted' },
    tieAtK: true,
  },
];

/**
 * The case with its target moved to the exact midpoint of two of its values and k set so that the
 * k-th place falls on that tie: the first value at the tie's distance is the k-th. Either value
 * may be returned, never both (k + 1 values); targets a hair off a midpoint never tie.
 */
function tieAtKth(cases: Arbitrary<Case>): Arbitrary<Case> {
  const fc = fastCheck();
  return fc.tuple(cases, fc.nat(), fc.nat()).map(([c, first, second]) => {
    const distinct = [...new Set(inOrder(c.shape))].sort((a, b) => a - b);
    if (distinct.length < 2) return c;
    const low = first % (distinct.length - 1);
    const high = low + 1 + (second % (distinct.length - 1 - low));
    const target = (distinct[low] + distinct[high]) / 2;
    const distance = target - distinct[low];
    const closer = inOrder(c.shape).filter((v) => Math.abs(v - target) < distance).length;
    return {
      ...c,
      target,
      k: closer + 1,
      description: `${c.description}, a tie at the k-th place`,
    };
  });
}

function example(levelOrder: number[], target: number, k: number): Case {
  return {
    shape: fromTreeNode(buildTree(levelOrder)!),
    target,
    k,
    description: 'from the statement',
  };
}

function generatedCheck(name: string, cases: Arbitrary<Case>, seed: number): Check {
  return {
    name,
    seeded: true,
    run(solution: Solution) {
      const session = new CaseSession(solution);
      let last: { c: Case; trial: Trial } | undefined;
      let shrinkRuns = 0;
      let stopped = false;
      const fc = fastCheck();
      const property = fc.property(cases, (c) => {
        // Once shrinking is pointless (the stub), too slow (each candidate would loop until
        // stopped) or long enough, every further candidate "passes", so fast-check keeps the
        // smallest failure found so far.
        if (stopped || (last && ++shrinkRuns > MAX_SHRINK_RUNS)) return true;
        const trial = session.trial(c);
        if (!trial.passed) {
          last = { c, trial };
          stopped = !!trial.stopped || trial.kind === 'readLimit' || trial.kind === 'stub';
        }
        return trial.passed;
      });
      let details: RunDetails<[Case]> | undefined;
      const hung = session.run(
        () => {
          details = fc.check(property, { seed, numRuns: RUNS_PER_FAMILY });
          if (last?.trial.cause === 'nearTie') last = awayFromTie(session, last.c) ?? last;
        },
        RUNS_PER_FAMILY,
        () => {
          last = undefined;
          shrinkRuns = 0;
          stopped = false;
        },
      );
      if (hung) {
        const what =
          hung.trial.kind === 'timeout'
            ? 'did not return'
            : hung.trial.stopped
              ? 'did not finish in time'
              : 'replaced a built-in';
        return failedCase(name, hung.c, hung.trial, `a generated case ${what}:`);
      }
      if (!details?.failed || !last) return { name, passed: true, cases: details?.numRuns ?? 0 };
      const { c, trial } = last;
      const shrunk =
        details.numShrinks > 0 ? `, shrunk ${count(details.numShrinks, 'time')} to` : ':';
      const headline = `generated case ${details.numRuns} of ${RUNS_PER_FAMILY} failed${shrunk}`;
      return failedCase(name, c, trial, headline);
    },
  };
}

/**
 * A case that failed a hair off the midpoint of two values fails for a tolerance only if it passes
 * with the target clearly to one side: the quarter points between them. If it fails there too, that
 * case is shown, its distances far apart: the cause is elsewhere (an early stop at a duplicate gave
 * "a comparison with a tolerance calls it a tie" for code with no tolerance in it).
 */
function awayFromTie(session: CaseSession, c: Case): { c: Case; trial: Trial } | undefined {
  const values = [...new Set(inOrder(c.shape))].sort((a, b) => a - b);
  const i = values.findIndex((v, j) => Math.abs((v + values[j + 1]) / 2 - c.target) < 1e-6);
  if (i === -1) return undefined;
  const [low, high] = [values[i], values[i + 1]];
  for (const target of [low + (high - low) / 4, high - (high - low) / 4]) {
    const moved = { ...c, target };
    const trial = session.trial(moved);
    if (!trial.passed) return { c: moved, trial };
  }
  return undefined;
}

export const correct: Tier = {
  id: 'correct',
  summary: 'right answers, tree left unchanged',
  checks: (seed) => [
    caseCheck('statement example: [4,2,5,1,3], target 3.714286, k = 2', () => [
      example([4, 2, 5, 1, 3], 3.714286, 2),
    ]),
    caseCheck('statement example: [1], target 0, k = 1', () => [example([1], 0, 1)]),
    ...FAMILIES.map(({ name, spec, tieAtK }, i) => {
      const cases = caseArbitrary(spec);
      return generatedCheck(name, tieAtK ? tieAtKth(cases) : cases, seed + i);
    }),
  ],
};
