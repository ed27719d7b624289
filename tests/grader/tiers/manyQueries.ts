import { types } from 'node:util';
import { caseArbitrary, fastCheck } from '../arbitraries';
import { CountingTree } from '../countingTree';
import { randomInt, seededRandom } from '../generators';
import { inOrder } from '../shape';
import type { Solution } from '../solution';
import { runSession, runTrial, type Trial } from '../trial';
import { failedCase, type Case } from './caseCheck';
import { correct } from './correct';
import type { Check, Tier } from './tier';

/*
 * ClosestIndex's correct tier: the main kata's cases (each a query on an index built for its tree),
 * then many queries on each of a few dozen indexes: every answer valid, the tree unchanged after
 * each, so a query that changes what the index holds (sorting its array in place by distance, say)
 * fails on a later query. The grader is a caller that keeps its answers and changes them: each
 * answer, once checked, is overwritten, so an index that returns an array it keeps (its own
 * values, or one array filled again by every query) gives a later answer it must not.
 */

const TREES = 60;
const QUERIES = 20;

// Taken before any learner's code runs, which may replace them.
const { defineProperty } = Reflect;
const { isArray } = Array;
const { isProxy } = types;

/** The caller's change to an answer it was given: every element overwritten, where it can be. */
function overwrite(answer: unknown): void {
  // A Proxy's traps are the learner's code, which runs only under a guard.
  if (!isArray(answer) || isProxy(answer)) return;
  for (let i = 0; i < answer.length; i++) {
    defineProperty(answer, i, { value: NaN, writable: true, enumerable: true, configurable: true });
  }
}

function manyQueriesCheck(seed: number): Check {
  const name = `${TREES} indexes, ${QUERIES} queries each`;
  return {
    name,
    seeded: true,
    run(solution) {
      const shapes = fastCheck().sample(
        caseArbitrary({ min: -20, max: 20, maxNodes: 40, shape: 'inserted' }),
        { seed, numRuns: TREES },
      );
      const random = seededRandom(seed);
      let failed: { c: Case; trial: Trial } | undefined;
      let running: { c: Case; tree: CountingTree } | undefined;
      // The answer the query before returned, and whether this one returned it again.
      let kept: unknown;
      let again = false;
      const caller: Solution = {
        ...solution,
        fn: (root, target, k) => {
          const answer = solution.fn(root, target, k);
          again = answer === kept && answer !== null && typeof answer === 'object';
          kept = answer;
          return answer;
        },
      };
      const stopped = runSession(
        () => {
          for (const { shape } of shapes) {
            // One tree, so one index (indexCalls.ts builds it on the tree's first query).
            const tree = CountingTree.build(shape);
            const sorted = inOrder(shape);
            kept = undefined;
            for (let q = 0; q < QUERIES; q++) {
              const low = sorted[0] - 3;
              const target = low + random() * (sorted[sorted.length - 1] + 3 - low);
              const c = {
                shape,
                target: Math.round(target * 4) / 4,
                k: randomInt(random, 1, sorted.length),
                description:
                  q === 0
                    ? `query 1 of ${QUERIES} on one index`
                    : `query ${q + 1} of ${QUERIES} on one index, after the caller overwrote every answer before it`,
              };
              running = { c, tree };
              const trial = runTrial(caller, tree, sorted, c.target, c.k, undefined, true);
              if (!trial.passed) return void (failed = { c, trial });
              if (again) {
                const reason =
                  "it returned the very array the query before it returned, so the caller's " +
                  'earlier answer changed under it: return a new array each time';
                return void (failed = {
                  c,
                  trial: { ...trial, passed: false, kind: 'wrongAnswer', reason },
                });
              }
              overwrite(kept);
            }
          }
        },
        TREES * QUERIES,
        () => running?.tree,
        () => (failed = undefined),
      );
      if (stopped && running) failed = { c: running.c, trial: stopped };
      if (!failed) return { name, passed: true, cases: TREES * QUERIES };
      return failedCase(name, failed.c, failed.trial, `${failed.c.description} failed:`);
    },
  };
}

export const manyQueries: Tier = {
  ...correct,
  checks: (seed) => [...correct.checks(seed), manyQueriesCheck(seed)],
};
