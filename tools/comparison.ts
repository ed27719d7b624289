import { claimOf, type Claim } from '../tests/grader/claim';
import { gradeReport, type GradeReport } from '../tests/grader/gradeCard';
import { gradeInProcess, type GradedRun } from '../tests/grader/process/supervisor';
import type { Profile } from '../tests/grader/profile';
import type { SpaceClass } from '../tests/grader/tiers/space';
import { TIER_IDS, type TierId } from '../tests/grader/tiers/tier';
import { cachedForReference } from './referenceCache';

/*
 * What `npm run compare` shows, as data: for each solution the tiers it reaches, its reads as n
 * grows (for a small and a large k), the growth class that follows from its tiers, and its median
 * time per query. Everything runs on the same workloads for every solution, each solution in
 * grading processes of its own (process/supervisor.ts).
 */

export type GrowthClass = 'O(log n + k)' | 'O(k log n)' | 'O(n)' | 'O(n log n) or worse';

export interface Compared {
  name: string;
  file: string;
  learner: boolean;
  tiers: GradeReport['tiers'];
  /** Set when there are no numbers to show: why (still the stub, a wrong answer, ...). */
  reason?: string;
  growth?: GrowthClass;
  /** Reads at each size in READ_SIZES, per k; null where not measured (more than MAX_READS). */
  reads?: Profile['reads'];
  /** Median microseconds per query (profile.ts); null if it did not finish. */
  microsPerQuery?: number | null;
  /** The learner's complexity claim, judged. */
  claim?: Claim;
  /** Extra memory: the space tier's class and figure (a reference's class is its header's). */
  memory?: { measured: SpaceClass | null; figure?: string };
}

function growthClass(passed: (id: TierId) => boolean): GrowthClass {
  if (passed('optimal')) return 'O(log n + k)';
  if (passed('sublinear')) return 'O(k log n)';
  if (passed('linear')) return 'O(n)';
  return 'O(n log n) or worse';
}

export interface Entry {
  name: string;
  file: string;
  learner: boolean;
  /** A reference's tiers, from its header (npm run verify proves them). */
  tiers?: string[];
  /** A reference's space, from its header (npm run verify proves it too). */
  space?: SpaceClass;
}

/** The learner's file: graded in full, then measured. */
async function learnerRow(entry: Entry, seed: number, step: (label: string) => void) {
  const run = await gradeInProcess(entry.file, seed, {
    profile: true,
    listener: { tier: (result) => step(`${entry.name}: ${result.id}`) },
  });
  step(`${entry.name}: reads and time`);
  return learnerCompared(entry, run);
}

/** The learner's row, from a run graded with its profile. */
export function learnerCompared(entry: Entry, run: GradedRun): Compared {
  const { tiers } = gradeReport(entry.file, run.results);
  const claim = claimOf(entry.file, run.results);
  const space = run.results.find((r) => r.id === 'space');
  const measured = space?.checks[0]?.space?.measured ?? null;
  const memory = { measured, ...(measured && { figure: space?.checks[0]?.figure }) };
  const correct = run.results.find((r) => r.id === 'correct')!;
  if (!run.loaded.ok || !correct.passed || !run.profile) {
    const reason = !run.loaded.ok
      ? run.loaded.reason
      : correct.kind === 'stub'
        ? 'still the stub'
        : correct.passed
          ? 'its reads could not be measured'
          : correct.figure;
    return { ...entry, tiers, reason, claim, memory };
  }
  return { ...withProfile(entry, tiers, run.profile), claim, memory };
}

function withProfile(entry: Entry, tiers: GradeReport['tiers'], profile: Profile): Compared {
  return {
    name: entry.name,
    file: entry.file,
    learner: entry.learner,
    tiers,
    growth: growthClass((id) => tiers[id] === 'pass'),
    reads: profile.reads,
    microsPerQuery: profile.microsPerQuery,
  };
}

/**
 * A reference: its tiers are those of its header, which `npm run verify` grades every reference
 * against; only its reads and time are measured here, once (referenceCache.ts).
 */
export async function referenceRow(entry: Entry, seed: number): Promise<Compared> {
  const tiers = Object.fromEntries(
    TIER_IDS.map((id) => [id, entry.tiers?.includes(id) ? 'pass' : 'fail']),
  ) as GradeReport['tiers'];
  const profile = await cachedForReference(entry.file, 'profile', async () => {
    const run = await gradeInProcess(entry.file, seed, { tiers: [], profile: true });
    return run.profile;
  });
  const memory = { measured: entry.space ?? null };
  if (!profile) return { ...entry, tiers, reason: 'its reads could not be measured', memory };
  return { ...withProfile(entry, tiers, profile), memory };
}

/** The reference timed afresh in every run (its cached reads stand): the clock of this run. */
const CALIBRATION = 'twoStacks';

/** Microseconds per query of `file`, in a process that does nothing else (as references'). */
async function timedAlone(file: string, seed: number): Promise<number | null | undefined> {
  return (await gradeInProcess(file, seed, { tiers: [], profile: true })).profile?.microsPerQuery;
}

/**
 * Times that compare like with like (the same algorithm showed 7.7 µs as yours beside 23 µs as the
 * reference's, then 19 µs beside 1.2 µs). The learner's time is taken again the way references'
 * are, alone, once every other grading of the run is over: timed after its tiers, in a process
 * whose code had run on every kind of tree, or beside the references' processes, it came out 2 to
 * 20 times slower. References' times come from a cache, measured in another run under another load:
 * scaled by how the calibration reference's time changed, timed again here right after the
 * learner's. Changes `rows` in place.
 */
export async function calibrateTimes(rows: Compared[], seed: number): Promise<void> {
  const learner = rows.find((row) => row.learner && row.microsPerQuery);
  if (learner) learner.microsPerQuery = (await timedAlone(learner.file, seed)) ?? null;
  const anchor = rows.find((row) => !row.learner && row.name === CALIBRATION);
  if (!anchor?.microsPerQuery) return;
  const fresh = await timedAlone(anchor.file, seed);
  if (!fresh) return;
  const factor = fresh / anchor.microsPerQuery;
  for (const row of rows) {
    if (!row.learner && row.microsPerQuery) row.microsPerQuery *= factor;
  }
}

/** A solution as compare shows it. */
export async function compareOne(
  entry: Entry,
  seed: number,
  step: (label: string) => void,
): Promise<Compared> {
  if (entry.learner) return learnerRow(entry, seed, step);
  const row = await referenceRow(entry, seed);
  step(`${entry.name}: reads and time`);
  return row;
}

/** How many progress steps compare takes for the learner's file and the references. */
export function progressSteps(references: number): number {
  return TIER_IDS.length + 1 + references;
}
