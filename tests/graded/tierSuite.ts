import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seedFrom } from '../grader/seed';
import { loadSolution, solutionFile, type Loaded } from '../grader/solution';
import { tierResult, type CheckResult, type Tier, type TierResult } from '../grader/tiers/tier';
import { resetLeash } from '../grader/trial';

/*
 * Turns one tier into a Jest suite: one test per check, whose failure message is the rendered
 * failing case. At the end the tier's structured result goes to the directory the grade card
 * reporter named in KATA_RESULTS_DIR, for the card and the JSON report.
 */

/** What a tier file leaves for the reporter. */
export interface TierRecord {
  solution: string;
  seed: number;
  writtenAt: number;
  result: TierResult;
}

// Never called: a literal require is how `jest --watch` learns that every tier depends on the
// learner's file. (The file itself is loaded by the engine, outside Jest's sandbox.)
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const watchMarker = () => require('../../kata/closestKValues') as unknown;

/**
 * Jest shows a failure's message up to the first stack frame (noStackTrace hides the frames); an
 * empty name keeps "Error:" out of the way of the report.
 */
class CheckFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = '';
  }
}

function failureMessage(result: CheckResult, seed: number, firstLoadFailure: boolean): string {
  // The stub, or a file that does not load, fails every check the same way: say it in full once.
  if (result.kind === 'stub') {
    return 'still the stub: write closestKValues in kata/closestKValues.ts';
  }
  if (result.kind === 'load' && !firstLoadFailure) return 'the file did not load (see above)';
  if (result.kind === 'load') return result.message ?? 'the file did not load';
  const replay = `seed ${seed}: every run grades the same cases (KATA_SEED=<n> picks other generated ones)`;
  return `${result.message ?? result.figure ?? 'failed'}\n${replay}`;
}

export function gradeTier(tier: Tier): void {
  const file = solutionFile();
  const seed = seedFrom();
  const results: CheckResult[] = [];
  let loaded: Loaded | undefined;
  let loadReported = false;

  beforeAll(() => {
    resetLeash();
    loaded = loadSolution(file);
  });

  describe(`${tier.id}: ${tier.summary}`, () => {
    for (const check of tier.checks(seed)) {
      test(check.name, () => {
        const result: CheckResult = loaded?.ok
          ? check.run(loaded.solution)
          : {
              name: check.name,
              passed: false,
              kind: 'load',
              message: loaded?.reason ?? 'not loaded',
              figure: loaded?.reason,
            };
        results.push(result);
        if (!result.passed) {
          const first = result.kind === 'load' && !loadReported;
          if (first) loadReported = true;
          throw new CheckFailed(failureMessage(result, seed, first));
        }
      });
    }
  });

  afterAll(() => {
    const dir = process.env.KATA_RESULTS_DIR;
    if (!dir) return;
    const record: TierRecord = {
      solution: file,
      seed,
      writtenAt: Date.now(),
      result: tierResult(tier, results),
    };
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${tier.id}.json`), JSON.stringify(record));
  });
}
