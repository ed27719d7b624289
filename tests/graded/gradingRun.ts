import { writeFileSync } from 'node:fs';
import { clearTimeout, setTimeout } from 'node:timers';
import { gradeReport } from '../grader/gradeCard';
import { resolveAsTyped, solutionFile } from '../grader/paths';
import { gradeInProcess, type GradedRun } from '../grader/process/supervisor';
import { exerciseOfFile } from '../grader/exercises/index';
import type { ExercisePlan, Plan } from '../grader/process/protocol';
import { seedFrom } from '../grader/seed';
import type { CheckResult, TierId } from '../grader/tiers/tier';
import { renderRun, typeNote } from '../grader/runReport';
import { GradingStatus } from '../grader/statusLine';
import { fit, fitWidth } from '../grader/terminalText';
import { typeErrorsOf } from '../grader/typeErrors';
import { recordTiersPassed } from '../../tools/progressFile';

/** How long after the card the run waits for the type check's note, at most. */
const TYPES_WAIT_MS = 3000;
/**
 * What `promise` gives within `ms`, else undefined. Its clock keeps the process alive meanwhile
 * (the check's own process does not), and is cleared as soon as the answer comes.
 */
function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/*
 * One graded run of `npm test`, held in Jest's own process. jest.config.ts starts it the moment
 * Jest reads its configuration, so the grading process works on the second core while Jest loads
 * TypeScript and ts-jest; the test file (grade.test.ts) turns its results into one Jest test per
 * check; the reporter prints the card. In watch mode globalSetup starts a fresh run before each
 * re-run. They meet on the main context's global object: Jest runs test files in a sandbox with a
 * global of its own, and the main context's is the one thing they share.
 */

/** Where the test file's sandbox finds the run (`vm.runInThisContext('globalThis')[KEY]`). */
export const RUN_KEY = 'kata.gradingRun';
const KEY = Symbol.for(RUN_KEY);
type Registry = Record<symbol, GradingRun | undefined>;

export class GradingRun {
  readonly file = solutionFile();
  readonly seed = seedFrom();
  readonly finished: Promise<GradedRun>;
  /** Set once the reporter has printed this run: the next run needs a fresh one. */
  reported = false;
  private readonly results = new Map<string, CheckResult>();
  private readonly waiting = new Map<string, (result: CheckResult) => void>();

  /** The file's TypeScript errors, checked meanwhile (undefined: the check gave no answer). */
  private readonly types: Promise<string[] | undefined>;
  /** What a terminal shows until the card is printed. */
  private readonly status: GradingStatus;

  /** The tiers and checks of the file's exercise. */
  readonly plan: ExercisePlan;

  constructor(plan: Plan, cacheDir: string) {
    this.plan = plan[exerciseOfFile(this.file).id];
    this.types = typeErrorsOf(this.file, cacheDir);
    this.status = new GradingStatus(this.plan);
    this.finished = gradeInProcess(this.file, this.seed, {
      listener: {
        ...this.status.listener,
        result: (tier, index, result) => this.settle(tier, index, result),
      },
    });
    // A run nobody waits for (jest --listTests) must not end the process with an unhandled error.
    this.finished.catch(() => this.status.stop());
  }

  private settle(tier: TierId, index: number, result: CheckResult): void {
    const key = `${tier} ${index}`;
    this.results.set(key, result);
    this.waiting.get(key)?.(result);
  }

  /** The result of check `index` of `tier`, once graded. */
  result(tier: TierId, index: number): Promise<CheckResult> {
    const key = `${tier} ${index}`;
    const known = this.results.get(key);
    if (known) return Promise.resolve(known);
    return new Promise((resolve, reject) => {
      this.waiting.set(key, resolve);
      this.finished.then(
        () => resolve(this.results.get(key)!),
        (error: unknown) => reject(error),
      );
    });
  }

  /** Prints what the run found and its grade card; writes the JSON report if KATA_REPORT asks. */
  async report(color: boolean): Promise<void> {
    this.reported = true;
    const run = await this.finished;
    this.status.stop();
    const width = fitWidth();
    process.stdout.write(`\n${renderRun(this.file, run, this.seed, color, width)}\n\n`);
    // npm run progress shows when the learner's own file first passed each tier.
    recordTiersPassed(
      this.file,
      run.results.filter((r) => r.passed).map((r) => r.id),
    );
    const reportFile = process.env.KATA_REPORT?.trim();
    if (reportFile) {
      const report = gradeReport(this.file, run.results);
      writeFileSync(resolveAsTyped(reportFile), `${JSON.stringify(report, null, 2)}\n`);
    }
    // The card does not wait for the type check: its note follows when it is done (a check that
    // takes longer is kept for the next run of the same file).
    const types = await within(this.types, TYPES_WAIT_MS);
    if (types?.length) process.stdout.write(`${fit(typeNote(types, run.loaded.ok), width)}\n\n`);
  }
}

/** Starts grading, unless a run started for this very Jest run is still waiting to be reported. */
export function beginRun(plan: Plan, cacheDir: string): GradingRun {
  const registry = globalThis as unknown as Registry;
  const current = registry[KEY];
  if (current && !current.reported) return current;
  const run = new GradingRun(plan, cacheDir);
  registry[KEY] = run;
  return run;
}
