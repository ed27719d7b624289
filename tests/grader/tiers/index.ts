import { EXERCISES, MAIN_EXERCISE } from '../exercises/index';
import type { Exercise } from '../exercises/exercise';
import type { Plan } from '../process/protocol';
import { DEFAULT_SEED } from '../seed';
import type { Solution } from '../solution';
import { resetLeash } from '../trial';
import { resetWorkloads } from '../workloads';
import { correct } from './correct';
import { deep, deepDrained } from './deep';
import { edge, edgeFirst } from './edge';
import { indexSpace } from './indexSpace';
import { linear, linearBuild } from './linear';
import { manyQueries } from './manyQueries';
import { optimal } from './optimal';
import { queries } from './queries';
import { iteratorSpace, space } from './space';
import { sublinear } from './sublinear';
import {
  tierResult,
  type CheckOptions,
  type CheckResult,
  type Tier,
  type TierId,
  type TierResult,
} from './tier';

/** The engine's tiers: the main kata's, by the ids its definition lists (exercises/). */
const ENGINE_TIERS = {
  correct,
  edge,
  edgeFirst,
  linear,
  linearBuild,
  sublinear,
  optimal,
  space,
  iteratorSpace,
  deep,
  deepDrained,
  manyQueries,
  queries,
  indexSpace,
};
type EngineTierId = keyof typeof ENGINE_TIERS;

/**
 * A tier of an exercise: the engine tier it runs (exercises/exercise.ts `runs`), under its own id
 * and summary. A follow-up graded through its call protocol (firstValues.ts) runs the main kata's
 * tiers; it never copies them.
 */
export function tierOf(exercise: Exercise, id: TierId): Tier {
  const runs = exercise.runs?.[id];
  const tier = ENGINE_TIERS[(runs?.tier ?? id) as EngineTierId];
  if (!tier) throw new Error(`${exercise.id} has no tier ${id}`);
  return runs ? { ...tier, id, summary: runs.summary } : tier;
}

/** Told as each check of a tier starts and ends. */
export interface TierListener {
  start?(index: number): void;
  done?(index: number, result: CheckResult): void;
  /**
   * Stop at the first failing check: the tier's verdict (failed, and why) is already that of its
   * first failure. The rest is reported as not run.
   */
  firstFailureOnly?: boolean;
  /** Passed to every check (tier.ts). */
  options?: CheckOptions;
}

export function runTier(
  id: TierId,
  solution: Solution,
  seed: number,
  listener: TierListener = {},
): TierResult {
  const exercise: Exercise = solution.exercise ?? MAIN_EXERCISE;
  const tier = tierOf(exercise, id);
  // A tier that makes another of the protocol's calls (ClosestIndex's build) grades that call.
  const call = exercise.runs?.[id]?.call;
  const graded =
    call && solution.calls?.[call] ? { ...solution, fn: solution.calls[call] } : solution;
  // Within a tier, once a call had to be stopped, later calls get less time (trial.ts); a new tier
  // starts on the full limits, so a stop in one tier never shortens another tier's honest calls.
  resetLeash();
  resetWorkloads();
  let stopped: CheckResult | undefined;
  // Stopped only because the file states no claim for the later checks to measure.
  let unclaimed = false;
  const options = listener.options ?? {};
  const results = tier.checks(seed).map((check, i) => {
    listener.start?.(i);
    const result = stopped
      ? notRun(check.name, id, stopped, unclaimed)
      : check.run(graded, listener.options);
    listener.done?.(i, result);
    const decides = listener.firstFailureOnly || (tier.firstFailureDecides && !options.everySeries);
    const forTheClaim = tier.laterChecksForTheClaim && options.unclaimed && !options.everySeries;
    const stops =
      result.stopped ||
      STOPS.includes(result.kind!) ||
      ((decides || forTheClaim) && !result.passed);
    if (!stopped && stops) {
      stopped = result;
      unclaimed = !result.stopped && !STOPS.includes(result.kind!) && !decides;
    }
    return result;
  });
  return tierResult(tier, results);
}

/** Whether a tier failed at a check that no seed changes (so it fails that way under every seed). */
export function failedBeforeAnySeed(
  id: TierId,
  result: TierResult,
  seed: number,
  exercise: Exercise = MAIN_EXERCISE,
): boolean {
  const checks = tierOf(exercise, id).checks(seed);
  const first = result.checks.findIndex((check) => !check.passed);
  return first !== -1 && !checks[first]?.seeded;
}

/**
 * Failures that cost a stop by the read limit or the clock (the clock's also when it stopped the
 * reading of an answer or of what was thrown: CheckResult.stopped). Once a check of a tier ended in
 * one, the tier has failed and its other checks are not run: code that hangs everywhere ends in
 * seconds.
 */
const STOPS: (CheckResult['kind'] & string)[] = ['timeout', 'readLimit'];

function notRun(name: string, tier: TierId, stopped: CheckResult, unclaimed: boolean): CheckResult {
  const how = stopped.stopped || STOPS.includes(stopped.kind!) ? ': a call had to be stopped' : '';
  const why = unclaimed
    ? `not run: the ${tier} tier already failed above (${stopped.name}); its other checks measure what a stated complexity claim is held against, and the file states none`
    : `not run: the ${tier} tier already failed above (${stopped.name}${how})`;
  const skipped = unclaimed ? 'unclaimed' : true;
  return { name, passed: false, notRun: skipped, kind: stopped.kind, message: why, figure: why };
}

/**
 * Every exercise's tiers, with their checks by name: the same under every seed (a self-test holds
 * that).
 */
export function plan(seed = DEFAULT_SEED): Plan {
  return Object.fromEntries(
    EXERCISES.map((exercise) => [
      exercise.id,
      {
        tiers: exercise.tiers.map((id) => {
          const tier = tierOf(exercise, id as TierId);
          return {
            id: id as TierId,
            summary: tier.summary,
            checks: tier.checks(seed).map((check) => check.name),
          };
        }),
      },
    ]),
  );
}
