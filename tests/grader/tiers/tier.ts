import { MAIN_EXERCISE, type ExerciseTierId } from '../exercises/index';
import type { Solution } from '../solution';
import type { FailureKind, Trial } from '../trial';
import { thousands, type WrongCause } from '../validator';
import type { Position } from '../workloads';

/** The main kata's tiers, as its definition orders them. */
export const TIER_IDS = MAIN_EXERCISE.tiers;
export type MainTierId = (typeof TIER_IDS)[number];
/** A tier of any exercise (a follow-up's tiers are its own: exercises/). */
export type TierId = ExerciseTierId;

/**
 * Why a check failed: a call's failure, 'growth' when no single call failed but the reads grew too
 * fast, 'load' when the file never loaded, and what only the supervisor can see from outside the
 * grading process: 'outOfMemory', 'stuck' (a call that could not be interrupted) and 'crashed'.
 */
export type CheckFailureKind =
  FailureKind | 'growth' | 'load' | 'outOfMemory' | 'stuck' | 'crashed';

export interface CheckResult {
  name: string;
  passed: boolean;
  /** What failed, rendered for the learner (the failing case, or the measured series). */
  message?: string;
  kind?: CheckFailureKind;
  /** What a wrong answer most likely came from, when the case showed it (the hint to read). */
  cause?: WrongCause;
  /** A call's clock stopped it (Trial.stopped): the check's tier runs no further check. */
  stopped?: true;
  /**
   * It never ran: an earlier check of its tier had to be stopped, or decided the tier. Not known to
   * fail. 'unclaimed': left out only because the file stated no claim (Tier.laterChecksForTheClaim).
   */
  notRun?: true | 'unclaimed';
  /** The measured figure behind a complexity verdict, in one line. */
  figure?: string;
  /** How many cases a passing case check ran. */
  cases?: number;
  /** For complexity checks: the measured growth (higher is worse), to pick the figure to show. */
  score?: number;
  /** For complexity checks: every series measured, as a chart draws it (the report). */
  plots?: Plot[];
  /**
   * For ClosestIndex's space check, once it passed: the bytes its index kept once built, per size,
   * and whether they grow like n at the top (indexSpace.ts, LIKE_N_BYTES_PER_NODE).
   */
  kept?: { likeN: boolean; sizes: { n: number; bytes: number }[] };
  /**
   * For ClosestIndex's CPU check, where it judged (a query that reads no node): its growth from
   * 2^10 to 2^20 over that of an O(log n + k) query timed beside it (tiers/queries.ts).
   */
  cpuGrowth?: number;
  /** For the space check: the class measured and the peaks behind it. */
  space?: SpaceMeasurement;
}

export type SpaceClass = 'O(n)' | 'O(h + k)' | 'O(k)';

/** What the space tier measured: per size, the peak over its calls. */
export interface SpaceMeasurement {
  measured: SpaceClass | null;
  /**
   * O(n) as the least of the three classes that holds it, for memory that grows faster than h + k
   * but holds no share of n (h², say): said so, never "like n".
   */
  fasterThanHeight?: true;
  sizes: { n: number; nodes: number; frames: number; bytes: number; bytesAfter: number }[];
}

/** One measured series of a complexity check, ready to chart (log-log). */
export interface Plot {
  position: Position;
  /** What grows along the series. */
  x: 'n' | 'k';
  /** What is judged, with its unit: "reads", or "reads per value beyond the first". */
  y: string;
  points: { x: number; y: number }[];
  /** How y grew over the series' last step, in a few words ("like log n"). */
  words: string;
  /** The series the check's verdict and figure are about. */
  judged: boolean;
}

/** The figure of the check whose measured growth came closest to failing. */
export function worstFigure(checks: CheckResult[]): string {
  const worst = checks.reduce((a, b) => ((b.score ?? 0) > (a.score ?? 0) ? b : a));
  return `${worst.name.split(':')[0]}: ${worst.figure ?? ''}`;
}

/** One graded check: a Jest test in `npm test`, one line of detail elsewhere. */
export interface Check {
  name: string;
  /** Its cases come from the seed (the correct tier's generated cases); all others do not. */
  seeded?: boolean;
  run(solution: Solution, options?: CheckOptions): CheckResult;
}

export interface CheckOptions {
  /**
   * A complexity check measures every series, even after one has failed: the report charts a
   * reference's series at the position where the learner's failed.
   */
  everySeries?: boolean;
  /**
   * The file states no time claim: a tier whose later checks only measure what a claim is held
   * against (Tier.laterChecksForTheClaim) stops at its first failure.
   */
  unclaimed?: boolean;
}

export interface Tier {
  id: TierId;
  /** What the tier asks, in a few words, for the grade card. */
  summary: string;
  checks(seed: number): Check[];
  /**
   * Its first failing check decides it, and the rest are not run (each is reported as such), unless
   * every series is asked for (a reference's charts): what the others could add is more failures of
   * the same verdict, at the price of the calls that failed.
   */
  firstFailureDecides?: true;
  /**
   * Its first failing check decides its verdict; the checks after it measure what a stated time
   * claim is held against (claim.ts), and run only when the file states one (CheckOptions.unclaimed).
   */
  laterChecksForTheClaim?: true;
  /** The card's figure when every check passed; by default the number of cases run. */
  passedFigure?(checks: CheckResult[]): string;
}

export interface TierResult {
  id: TierId;
  passed: boolean;
  checks: CheckResult[];
  /** The card's figure: the first failing check's, else the tier's own summary of its checks. */
  figure: string;
  /** Why the first failing check failed. */
  kind?: CheckFailureKind;
  /** What its wrong answer most likely came from, when the case showed it. */
  cause?: WrongCause;
  /** Its first failing check was stopped by a call's clock (CheckResult.stopped). */
  stopped?: true;
  /**
   * correct only: a call on a statement example was stopped by its clock, so the code loops
   * whatever the tree and the run's later processes start leashed (gradingProcess.ts).
   */
  loops?: boolean;
}

/** The check failed because one measured call failed; `note` adds advice for that tier. */
export function failedMeasurement(
  name: string,
  failure: { trial: Trial; message: string },
  note = '',
): CheckResult {
  const { kind, reason, stopped } = failure.trial;
  const result = { name, passed: false, kind, message: failure.message + note, figure: reason };
  return stopped ? { ...result, stopped } : result;
}

/** A tier's result from its checks' (a failed tier needs no more of the tier than its id). */
export function tierResult(
  tier: Pick<Tier, 'id' | 'passedFigure'>,
  checks: CheckResult[],
): TierResult {
  const failed = checks.find((check) => !check.passed);
  const cases = checks.reduce((sum, check) => sum + (check.cases ?? 0), 0);
  const figure = failed
    ? failed.kind === 'growth' && failed.figure
      ? // The check's name is what it needs (a label: names are sentences); its figure what was
        // measured.
        `needs: ${failed.name}; measured ${failed.figure}`
      : failed.plots && failed.figure
        ? // A complexity check that stopped on a call (a wrong answer, a crash): its figure says
          // which call, and the check's name, a law, would read as a finding.
          failed.figure
        : `${failed.name}: ${failed.figure ?? describeKind(failed.kind)}`
    : (tier.passedFigure?.(checks) ?? `${thousands(cases)} cases`);
  return {
    id: tier.id,
    passed: !failed,
    checks,
    kind: failed?.kind,
    figure,
    ...(failed?.cause && { cause: failed.cause }),
    ...(failed?.stopped && { stopped: failed.stopped }),
  };
}

/** A failure's kind in words, for a line that has no figure of its own. */
export function describeKind(kind: CheckFailureKind | undefined): string {
  switch (kind) {
    case 'stub':
      return 'still the stub';
    case 'wrongAnswer':
      return 'wrong answer';
    case 'changedTree':
      return 'left the tree changed';
    case 'changedBuiltin':
      return 'replaced a built-in';
    case 'threw':
      return 'threw an exception';
    case 'stackOverflow':
      return 'stack overflow';
    case 'timeout':
      return 'did not return in time';
    case 'readLimit':
      return 'read the tree far too often';
    case 'outOfMemory':
      return 'ran out of memory';
    case 'stuck':
      return 'could not be stopped';
    case 'crashed':
      return 'crashed the grading process';
    default:
      return 'failed';
  }
}
