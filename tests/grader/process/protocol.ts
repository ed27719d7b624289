import type { Footprint } from '../footprint';
import type { CapturedOutput } from '../guard';
import type { Profile } from '../profile';
import type { CheckResult, TierId, TierResult } from '../tiers/tier';

/*
 * What the grading process and its supervisor say to each other. The token, then each job, go in
 * as lines on the child's stdin; everything else comes back as JSON lines on file descriptor 3, written synchronously
 * (the child never returns to its event loop while it grades, so nothing a solution schedules can
 * run in between). The memory watch writes its lines on descriptor 4.
 */

export interface GradeJob {
  file: string;
  seed: number;
  /** Tiers to run, in order, each in full. */
  tiers: TierId[];
  /**
   * An earlier grading process of this run was ended for this fault: the same fault is stopped
   * sooner (a smaller memory budget after running out of memory; after being stuck, every call on
   * the short leash of trial.ts and less grace past it); a call on a statement example had to be
   * stopped by its clock (every call on the short leash).
   */
  leash?: 'outOfMemory' | 'stuck' | 'loops';
  /** Where compiled solution files are kept between processes (loader.ts). */
  compiledCache?: string;
  /** Where the memory probe's calibration is kept between processes (probeCalibration.ts). */
  probeCalibration?: string;
  /** Complexity checks measure every series, even after one failed (the report's references). */
  everySeries?: boolean;
  /** Every check of every complexity tier, claim or none (the report charts them all). */
  everyCheck?: boolean;
  /** After the tiers, measure the solution's profile (for compare and the report). */
  profile?: boolean;
  /** After the tiers, the correct tier again under each of these seeds (the seed proof). */
  otherSeeds?: number[];
  /**
   * After the tiers, the footprint of each query on a balanced tree of values 1..n: the
   * solution's, and `reference`'s (a file; by default the two-stacks walk).
   */
  footprints?: { queries: FootprintQuery[]; reference?: string };
  /** The learner's terminal's width: the card's footprints are drawn for it. */
  columns?: number;
  /** After the tiers, one call on this tree (a valid search tree, level order), for npm run try. */
  tryOne?: TryQuery;
}

export interface TryQuery {
  levelOrder: (number | null)[];
  target: number;
  k: number;
}

/** One call on the learner's own input, as npm run try shows it. */
export interface Tried {
  passed: boolean;
  /** What came back, shown; absent when nothing did. */
  got?: string;
  /** Why it is not a valid answer (or why the call failed). */
  reason?: string;
  /** One correct answer. */
  correct: number[];
  reads: number;
  /** Reads of each node, in level order (node i of the tree as built from the level order). */
  readsPerNode: number[];
  output: CapturedOutput;
}

export interface FootprintQuery {
  n: number;
  target: number;
  k: number;
}

/** A query's footprints: the solution's and the reference's. */
export interface FootprintPair {
  yours: Footprint;
  reference: Footprint;
}

/** What each tier of an exercise checks, by name, in order: the same for every seed and solution. */
export interface ExercisePlan {
  tiers: { id: TierId; summary: string; checks: string[] }[];
}

/** Every exercise's plan, by its id. */
export type Plan = Record<string, ExercisePlan>;

export type ChildMessage =
  /** The learner's file loaded (or not), with what its top level printed and started. */
  | { t: 'loaded'; ok: true; output: CapturedOutput; timers: number }
  | { t: 'loaded'; ok: false; reason: string; output: CapturedOutput }
  /** A guarded run starts (with its time limit) or ends: the supervisor's watchdog follows them. */
  | { t: 'guard'; ms: number }
  | { t: 'unguard' }
  | { t: 'check'; tier: TierId; index: number }
  | { t: 'result'; tier: TierId; index: number; result: CheckResult }
  | { t: 'tier'; result: TierResult }
  | { t: 'profile'; profile: Profile }
  | { t: 'otherSeed'; seed: number; result: TierResult }
  | { t: 'footprint'; pair: FootprintPair }
  | { t: 'tried'; tried: Tried }
  /** A call changed a built-in for good (the reason, as its check says it): the process ends. */
  | { t: 'lost'; reason: string }
  /**
   * All tiers ran; `timers` were started by the solution's calls and are still pending. Reusable:
   * the file left the realm as it found it, and no timer: the process may grade another file.
   */
  | { t: 'done'; timers: number; reusable: boolean };

/** The memory watch's lines: how much the running call grew, and its last, before it kills. */
export const GREW = 'grew';
export const OUT_OF_MEMORY = 'out of memory';
/** After OUT_OF_MEMORY's figure: the calls of a session together, not one call, passed it. */
export const TOGETHER = 'together';
