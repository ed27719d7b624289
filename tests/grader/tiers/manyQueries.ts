import { caseArbitrary, fastCheck } from '../arbitraries';
import { CountingTree } from '../countingTree';
import { randomInt, seededRandom } from '../generators';
import { inOrder } from '../shape';
import { runSession, runTrial, type Trial } from '../trial';
import { failedCase, type Case } from './caseCheck';
import { correct } from './correct';
import type { Check, Tier } from './tier';

/*
 * ClosestIndex's correct tier: the main kata's cases (each a query on an index built for its tree),
 * then many queries on each of a few dozen indexes: every answer valid, the tree unchanged after
 * each, so a query that changes what the index holds (sorting its array in place by distance, say)
 * fails on a later query.
 */

const TREES = 60;
const QUERIES = 20;

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
      const stopped = runSession(
        () => {
          for (const { shape } of shapes) {
            // One tree, so one index (indexCalls.ts builds it on the tree's first query).
            const tree = CountingTree.build(shape);
            const sorted = inOrder(shape);
            for (let q = 0; q < QUERIES; q++) {
              const low = sorted[0] - 3;
              const target = low + random() * (sorted[sorted.length - 1] + 3 - low);
              const c = {
                shape,
                target: Math.round(target * 4) / 4,
                k: randomInt(random, 1, sorted.length),
                description: `query ${q + 1} of ${QUERIES} on one index`,
              };
              running = { c, tree };
              const trial = runTrial(solution, tree, sorted, c.target, c.k, undefined, true);
              if (!trial.passed) return void (failed = { c, trial });
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
