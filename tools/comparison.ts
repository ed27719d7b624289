import { claimOf, type Claim } from '../tests/grader/claim';
import type { Exercise } from '../tests/grader/exercises/exercise';
import { exerciseOfFile, MAIN_EXERCISE } from '../tests/grader/exercises/index';
import { gradeReport, type GradeReport } from '../tests/grader/gradeCard';
import { gradeInProcess, type GradedRun } from '../tests/grader/process/supervisor';
import type { Profile } from '../tests/grader/profile';
import type { SpaceClass } from '../tests/grader/tiers/space';
import { power } from '../tests/grader/growth';
import { TIMING_K, TIMING_N } from '../tests/grader/profile';
import type { TierId } from '../tests/grader/tiers/tier';
import { cachedForReference } from './referenceCache';

/*
 * What `npm run compare` shows, as data: for each solution the tiers it reaches, its reads as n
 * grows (for a small and a large k), the growth class that follows from its tiers, and its median
 * time per query. Everything runs on the same workloads for every solution, each solution in
 * grading processes of its own (process/supervisor.ts). A file is compared with the references of
 * its own exercise (exercises/), through that exercise's call protocol: for closestFirst the reads
 * and time to give the first k values, for ClosestIndex those of a query on an index built before
 * (the build neither counted nor timed).
 */

export type GrowthClass =
  'O(log n + k)' | 'O(k log n)' | 'O(n)' | 'O(n log n) or worse' | 'more than O(log n + k)';

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
  /** An index's build alone (ClosestIndex), at each size in READ_SIZES (profile.ts). */
  buildReads?: Profile['buildReads'];
  /** Median microseconds per query (profile.ts); null if it did not finish. */
  microsPerQuery?: number | null;
  /** The learner's complexity claim, judged. */
  claim?: Claim;
  /** Extra memory: the space tier's class and figure (a reference's class is its header's). */
  memory?: { measured: SpaceClass | null; figure?: string };
}

/**
 * A follow-up's one tier that judges the reads of what compare measures: O(log n + k) when it
 * passes; no other tier of it measures reads at small k, so a failure says only "more".
 */
const FOLLOW_UP_READS_TIER: Partial<Record<string, TierId>> = {
  closestFirst: 'lazy',
  ClosestIndex: 'query',
};

function growthClass(exercise: Exercise, passed: (id: TierId) => boolean): GrowthClass {
  const readsTier = FOLLOW_UP_READS_TIER[exercise.id];
  if (readsTier) return passed(readsTier) ? 'O(log n + k)' : 'more than O(log n + k)';
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
  const check = run.results.find((r) => r.id === 'space')?.checks[0];
  const measured = check?.space?.measured ?? null;
  // ClosestIndex's space check measures the bytes its index keeps, not a class: its figure says them.
  const bytesKept = exerciseOf(entry).protocol === 'index' && check && !check.notRun;
  const memory = {
    measured,
    ...((measured || bytesKept) && check?.figure && { figure: check.figure }),
  };
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
    growth: growthClass(exerciseOf(entry), (id) => tiers[id] === 'pass'),
    reads: profile.reads,
    ...(profile.buildReads && { buildReads: profile.buildReads }),
    microsPerQuery: profile.microsPerQuery,
  };
}

/**
 * A reference: its tiers are those of its header, which `npm run verify` grades every reference
 * against; only its reads and time are measured here, once (referenceCache.ts).
 */
export async function referenceRow(entry: Entry, seed: number): Promise<Compared> {
  const tiers = Object.fromEntries(
    exerciseOf(entry).tiers.map((id) => [id, entry.tiers?.includes(id) ? 'pass' : 'fail']),
  ) as GradeReport['tiers'];
  const profile = await cachedForReference(entry.file, 'profile', async () => {
    const run = await gradeInProcess(entry.file, seed, { tiers: [], profile: true });
    return run.profile;
  });
  const memory = { measured: entry.space ?? null };
  if (!profile) return { ...entry, tiers, reason: 'its reads could not be measured', memory };
  return { ...withProfile(entry, tiers, profile), memory };
}

const exerciseOf = (entry: Entry) => exerciseOfFile(entry.file);

/**
 * What compare's numbers mean for each exercise, in the words its table and the report use, and
 * the reference timed afresh in every run (its cached reads stand): the clock of that run.
 */
export interface CompareWords {
  calibration: string;
  /** The tier table's reads column. */
  readsColumn: string;
  /** What the reads column and tables count. */
  readsNote: string;
  /** The title of a reads table at `k`. */
  readsTitle: (k: number) => string;
  /** What the time column times. */
  timeNote: string;
  /** The title of the memory rows. */
  memoryTitle: string;
}

const balancedTiming = `a balanced tree of ${power(TIMING_N)} nodes`;
const MAIN_WORDS: CompareWords = {
  calibration: 'twoStacks',
  readsColumn: 'reads',
  readsNote:
    'reads: the growth class of the reads alone (a sort off the tree costs time, not reads)',
  readsTitle: (k) => `Reads of val/left/right, target in the middle, k = ${k}`,
  timeNote: `median time of one query, ${balancedTiming}, k = ${TIMING_K}`,
  memoryTitle: 'Extra memory beyond the answer (balanced trees, k = 4)',
};
const WORDS: Record<string, CompareWords> = {
  [MAIN_EXERCISE.id]: MAIN_WORDS,
  closestFirst: {
    calibration: 'twoStacksGenerator',
    readsColumn: 'first k',
    readsNote:
      'first k: the growth class of the reads to give the first k values, as the lazy tier judges them',
    readsTitle: (k) => `Reads to give the first ${k} values (then stopped), target in the middle`,
    timeNote: `median time to make the iterator and take its first ${TIMING_K} values, ${balancedTiming}`,
    memoryTitle: 'What the iterator holds between values (balanced trees)',
  },
  ClosestIndex: {
    calibration: 'sortedArray',
    readsColumn: 'a query',
    readsNote:
      'a query: the growth class of one query after the build, as the query tier judges it ' +
      '(reads where it walks the tree, CPU time where it reads no node); the build is judged by ' +
      'the build tier, O(n) reads when ✓',
    readsTitle: (k) =>
      `Reads of one query (k = ${k}) after the build, target in the middle; the build's reads not counted`,
    timeNote: `median time of one query (k = ${TIMING_K}) on an index built once for ${balancedTiming}, the build not timed`,
    memoryTitle: 'What the index keeps (balanced trees; O(n) allowed)',
  },
};

/** Compare's words for `exercise`. */
export function compareWords(exercise: Exercise): CompareWords {
  return WORDS[exercise.id] ?? MAIN_WORDS;
}

/**
 * Said under a reads table where a row read no node at all: a query answered from the index's
 * own arrays. Its cost is CPU time, which the query tier judges: no reads figure is made up for it.
 */
export const NO_READS_NOTE =
  '0: every query read no node (it works on what the index built): its cost is CPU time, judged by the query tier, not reads';

/** Whether a row measured reads and every one was 0. */
export function readsNothing(row: Compared): boolean {
  const all = Object.values(row.reads ?? {}).flat();
  return all.length > 0 && all.every((reads) => reads === 0);
}

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
  const calibration = rows[0] ? compareWords(exerciseOfFile(rows[0].file)).calibration : '';
  const anchor = rows.find((row) => !row.learner && row.name === calibration);
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
export function progressSteps(file: string, references: number): number {
  return exerciseOfFile(file).tiers.length + 1 + references;
}
