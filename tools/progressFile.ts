import {
  constants,
  copyFileSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import pc from 'picocolors';
import type { ClaimVerdict } from '../tests/grader/claim';
import { EXERCISES, MAIN_EXERCISE } from '../tests/grader/exercises/index';
import { fromRoot, PROJECT_ROOT } from '../tests/grader/paths';
import { TIER_IDS, type MainTierId as TierId } from '../tests/grader/tiers/tier';
import { fileErrorSentence, writeWhole } from './files';

/*
 * The learner's progress, in a small git-ignored file at the project root: the hints read, the
 * references unlocked, the mock interviews. Nothing in it is ever lost:
 * - a file, or a part of one, that cannot be read is copied beside it under a dated name before
 *   the next write, and the notice says where; what can be read is kept;
 * - fields and record fields this version does not know are written back as they were;
 * - every write is an addition merged into the file as it is on disk at that moment, under a lock,
 *   so two commands writing at once (a hint taken during an interview) both land;
 * - a write goes to a temporary file renamed into place (through a symlink, to its target); what a
 *   killed writer left behind is removed by the next one;
 * - a file-system error is one sentence (ProgressError), never a stack trace.
 */

export const PROGRESS_FILE = path.join(PROJECT_ROOT, '.kata-progress.json');

/** One mock interview (npm run interview), as its scorecard. */
export interface Interview {
  /** When it started (ISO 8601). */
  startedAt: string;
  /** The time it allowed, in minutes. */
  minutes: number;
  endedBy: 'allPassed' | 'timeUp' | 'stopped';
  /** How long it lasted, in seconds. */
  seconds: number;
  /** Seconds from the start to the first grading in which each tier passed. */
  firstPass: Partial<Record<TierId, number>>;
  /** Hints shown during it, by number, in order (a hint shown twice counts twice). */
  hints: number[];
  /**
   * The claim at the end: the time half (stated, verdict), the space half and both together
   * (absent in records from before the interview asked for both halves).
   */
  claim: {
    stated: string | null;
    verdict: ClaimVerdict;
    space?: { stated: string | null; verdict: ClaimVerdict };
    overall?: ClaimVerdict;
  };
  /** The last tier, in the card's order, that passed with every tier before it; null if none. */
  furthest: TierId | null;
  /**
   * False when it went on with an attempt begun before it rather than the stub: not a record
   * (npm run progress leaves it out of the best times). Absent in older records: from the stub.
   */
  fromStub?: boolean;
  /**
   * The follow-ups asked after the main question (the fields above) was answered, in the order
   * asked; absent when none was (every record from before the interview asked them).
   */
  followUps?: FollowUp[];
}

/** A follow-up question of a mock interview; its times are seconds from the interview's start. */
export interface FollowUp {
  /** Its exercise's id (closestFirst, ClosestIndex). */
  exercise: string;
  /** When the interviewer asked it: when the question before it was answered. */
  askedAt: number;
  /** When each of its tiers first passed. */
  firstPass: Record<string, number>;
  /** Its hints shown during the interview, by number, in order. */
  hints: number[];
  claim: Interview['claim'];
  /** The last of its tiers, in its card's order, that passed with every tier before it. */
  furthest: string | null;
}

/** A hint shown, and when: what an interview counts as hints taken. */
export interface HintShown {
  hint: number;
  at: string;
}

/** One exercise's hints and references: what `npm run hint` and `npm run solution` remember. */
export interface ExerciseProgress {
  /** Numbers of the hints read, ascending. */
  read: number[];
  /** Every time a hint was shown, oldest first. */
  shown: HintShown[];
  /** References printed before the learner's own solution passed correct, by name. */
  unlocked: string[];
  /** Each tier the learner's kata file has passed under npm test, and when it first did (ISO). */
  passed: Record<string, string>;
}

/**
 * The main kata's records sit at the top level, where every version before the follow-ups wrote
 * them (so an older file loads unchanged); each follow-up's sit under `exercises`, by its id.
 */
export interface Progress extends ExerciseProgress {
  interviews: Interview[];
  /** The follow-ups' records, by exercise id (progressOf reads them). */
  exercises: Record<string, ExerciseProgress>;
}

/** What one command adds to the progress: it only ever adds. */
export interface Addition {
  /** The exercise a hint, an unlock, a start-over or tiers passed are for; the main kata when absent. */
  exercise?: string;
  /** Tiers the exercise's kata file passes now, with when (ISO); a tier keeps its first time. */
  passed?: { tiers: string[]; at: string };
  hintShown?: HintShown;
  unlocked?: string;
  interview?: Interview;
  /** Forget the hints read (`hint -- --start-over`); the hints shown stay in the history. */
  startHintsOver?: boolean;
}

/** A file-system error, said in one sentence. */
export class ProgressError extends Error {}

const isTier = (x: unknown): x is TierId => TIER_IDS.includes(x as TierId);
const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
/**
 * What a question of an interview records, the main one at the top of its record and each
 * follow-up in followUps: when its tiers (known by `isTierId`) first passed, its hints, its claim
 * and its furthest tier.
 */
const isQuestion = (x: Record<string, unknown>, isTierId: (id: unknown) => boolean) =>
  isObject(x.firstPass) &&
  Object.entries(x.firstPass).every(([id, s]) => isTierId(id) && typeof s === 'number') &&
  Array.isArray(x.hints) &&
  isObject(x.claim) &&
  (x.furthest === null || isTierId(x.furthest));
const isInterview = (x: unknown): x is Interview =>
  isObject(x) &&
  typeof x.startedAt === 'string' &&
  typeof x.minutes === 'number' &&
  ['allPassed', 'timeUp', 'stopped'].includes(x.endedBy as string) &&
  typeof x.seconds === 'number' &&
  isQuestion(x, isTier) &&
  (x.followUps === undefined || (Array.isArray(x.followUps) && x.followUps.every(isFollowUp)));
/** A follow-up of an exercise this version may not know (a newer one's): its tiers as strings. */
const isFollowUp = (x: unknown): x is FollowUp =>
  isObject(x) &&
  typeof x.exercise === 'string' &&
  typeof x.askedAt === 'number' &&
  isQuestion(x, (id) => typeof id === 'string');
const isHintNumber = (n: unknown): n is number => Number.isInteger(n) && (n as number) > 0;
const isShown = (x: unknown): x is HintShown =>
  isObject(x) && isHintNumber(x.hint) && typeof x.at === 'string';

/** The file as read: its fields as they were, what of them could be read, and what could not. */
interface Parsed {
  raw: Record<string, unknown>;
  progress: Progress;
  /** The parts that could not be read, in words; empty when all could. */
  damaged: string[];
}

function parse(text: string, shown: string): Parsed {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      raw: {},
      progress: emptyProgress(),
      damaged: [`all of it (${(error as Error).message})`],
    };
  }
  if (!isObject(raw)) {
    return { raw: {}, progress: emptyProgress(), damaged: ['all of it (it holds no progress)'] };
  }
  const damaged: string[] = [];
  const list = <T>(
    from: Record<string, unknown>,
    key: string,
    valid: (x: unknown) => x is T,
    words: string,
  ): T[] => {
    const value = from[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      damaged.push(words);
      return [];
    }
    const kept = value.filter(valid);
    if (kept.length < value.length) damaged.push(`${value.length - kept.length} of ${words}`);
    return kept;
  };
  const exerciseProgress = (from: Record<string, unknown>, of: string): ExerciseProgress => ({
    read: [...new Set(list(from, 'read', isHintNumber, `the hints read${of}`))].sort(
      (a, b) => a - b,
    ),
    shown: list(from, 'shown', isShown, `the hints shown${of}`),
    unlocked: list(
      from,
      'unlocked',
      (s): s is string => typeof s === 'string',
      `the references unlocked${of}`,
    ),
    passed: times(from.passed, `the tiers passed${of}`),
  });
  /** A record of tier → ISO time; what is not one is damage. */
  const times = (value: unknown, words: string): Record<string, string> => {
    if (value === undefined) return {};
    if (!isObject(value)) {
      damaged.push(words);
      return {};
    }
    const kept = Object.entries(value).filter(([, at]) => typeof at === 'string');
    const dropped = Object.keys(value).length - kept.length;
    if (dropped > 0) damaged.push(`${dropped} of ${words}`);
    return Object.fromEntries(kept) as Record<string, string>;
  };
  const exercises: Record<string, ExerciseProgress> = {};
  if (raw.exercises !== undefined && !isObject(raw.exercises)) damaged.push('the follow-ups');
  for (const [id, record] of Object.entries(isObject(raw.exercises) ? raw.exercises : {})) {
    if (isObject(record)) exercises[id] = exerciseProgress(record, ` of ${id}`);
    else damaged.push(`the follow-up ${id}`);
  }
  const progress: Progress = {
    ...exerciseProgress(raw, ''),
    interviews: list(raw, 'interviews', isInterview, 'the mock interviews'),
    exercises,
  };
  return { raw, progress, damaged };
}

const emptyExerciseProgress = (): ExerciseProgress => ({
  read: [],
  shown: [],
  unlocked: [],
  passed: {},
});
const emptyProgress = (): Progress => ({
  ...emptyExerciseProgress(),
  interviews: [],
  exercises: {},
});

/** One exercise's records: the main kata's at the top level, a follow-up's under `exercises`. */
export function progressOf(progress: Progress, exercise = MAIN_EXERCISE.id): ExerciseProgress {
  if (exercise === MAIN_EXERCISE.id) return progress;
  return progress.exercises[exercise] ?? emptyExerciseProgress();
}

/** Reads the progress without changing anything; a notice says what could not be read. */
export function loadProgress(file = PROGRESS_FILE): { progress: Progress; notice?: string } {
  const shown = path.basename(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { progress: emptyProgress(), notice: `No ${shown} yet: starting your progress.` };
    }
    return { progress: emptyProgress(), notice: fileErrorSentence(error, `read ${shown}`) };
  }
  const { progress, damaged } = parse(text, shown);
  return {
    progress,
    notice: damaged.length
      ? `${shown}: ${damaged.join(', ')} could not be read; the file will be copied aside, whole, at the next save, and the rest kept.`
      : undefined,
  };
}

/**
 * addToProgress for a command that goes on whatever happens: its notice, or the file system's one
 * sentence followed by `unsaved`, printed; the progress after the addition, when it was saved.
 */
export function addToProgressSaying(
  addition: Addition,
  unsaved = '',
  file = PROGRESS_FILE,
): Progress | undefined {
  try {
    const { progress, notice } = addToProgress(addition, file);
    if (notice) console.log(pc.yellow(notice));
    return progress;
  } catch (error) {
    if (!(error instanceof ProgressError)) throw error;
    console.log(pc.yellow([error.message, unsaved].filter(Boolean).join(' ')));
    return undefined;
  }
}

/**
 * Adds to the progress file as it is on disk now, under a lock. Returns the progress after the
 * addition and, when something could not be read, a notice naming the dated copy kept of it.
 * Throws ProgressError (one sentence) when the file system refuses.
 */
export function addToProgress(
  addition: Addition,
  file = PROGRESS_FILE,
  now = new Date(),
): { progress: Progress; notice?: string } {
  const shown = path.basename(file);
  try {
    const target = resolvedTarget(file);
    return withLock(target, () => {
      removeLeftovers(target);
      let text: string | undefined;
      try {
        text = readFileSync(target, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      const { raw, progress, damaged } =
        text === undefined
          ? { raw: {}, progress: emptyProgress(), damaged: [] }
          : parse(text, shown);
      let notice: string | undefined;
      if (damaged.length) {
        const copy = keepAside(target, now);
        notice = `${shown}: ${damaged.join(', ')} could not be read; the whole file is kept as ${path.basename(copy)}, and your progress goes on from what could.`;
      }
      add(progress, addition);
      writeWhole(target, `${JSON.stringify(merged(raw, progress), null, 2)}\n`);
      return { progress, notice };
    });
  } catch (error) {
    if (error instanceof ProgressError) throw error;
    throw new ProgressError(fileErrorSentence(error, `save your progress in ${shown}`));
  }
}

/** The progress over the file's fields, keeping the fields this version does not know. */
function merged(raw: Record<string, unknown>, progress: Progress): Record<string, unknown> {
  const rawExercises = isObject(raw.exercises) ? raw.exercises : {};
  const exercises = Object.fromEntries(
    Object.entries(progress.exercises).map(([id, record]) => [
      id,
      { ...(isObject(rawExercises[id]) ? rawExercises[id] : {}), ...record },
    ]),
  );
  return { ...raw, ...progress, exercises: { ...rawExercises, ...exercises } };
}

function add(progress: Progress, addition: Addition): void {
  const id = addition.exercise ?? MAIN_EXERCISE.id;
  if (id !== MAIN_EXERCISE.id) progress.exercises[id] ??= emptyExerciseProgress();
  const records = progressOf(progress, id);
  if (addition.startHintsOver) records.read = [];
  if (addition.hintShown) {
    records.shown.push(addition.hintShown);
    records.read = [...new Set([...records.read, addition.hintShown.hint])].sort((a, b) => a - b);
  }
  if (addition.unlocked && !records.unlocked.includes(addition.unlocked)) {
    records.unlocked.push(addition.unlocked);
  }
  for (const tier of addition.passed?.tiers ?? []) records.passed[tier] ??= addition.passed!.at;
  if (addition.interview) progress.interviews.push(addition.interview);
}

/**
 * After npm test graded `file`: when it is an exercise's kata file (the learner's own, not another
 * file named after --), the tiers it passes for the first time are recorded, for npm run progress.
 * Nothing is read or written when none is new; a file system that refuses costs the record only.
 */
export function recordTiersPassed(
  file: string,
  passed: string[],
  progressFile = PROGRESS_FILE,
  now = new Date(),
): void {
  const exercise = EXERCISES.find((e) => fromRoot(e.kataFile) === path.resolve(file));
  if (!exercise || passed.length === 0) return;
  const known = progressOf(loadProgress(progressFile).progress, exercise.id).passed;
  const tiers = passed.filter((tier) => known[tier] === undefined);
  if (tiers.length === 0) return;
  try {
    const { notice } = addToProgress(
      { exercise: exercise.id, passed: { tiers, at: now.toISOString() } },
      progressFile,
      now,
    );
    if (notice) console.log(pc.yellow(notice));
  } catch (error) {
    if (!(error instanceof ProgressError)) throw error;
  }
}

/** Copies the file under a dated name that no other copy has. */
function keepAside(file: string, now: Date): string {
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-');
  for (let n = 1; ; n++) {
    const copy = `${file}.unreadable-${stamp}${n > 1 ? `-${n}` : ''}`;
    try {
      copyFileSync(file, copy, constants.COPYFILE_EXCL);
      return copy;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** A symlinked progress file is written through to its target, never replaced by a plain file. */
function resolvedTarget(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/** Temporary files of writers killed mid-write: under the lock no other writer is live. */
function removeLeftovers(file: string): void {
  const dir = path.dirname(file);
  const prefix = `${path.basename(file)}.`;
  for (const name of readdirSync(dir)) {
    if (name.startsWith(prefix) && /^\d+\.tmp$/.test(name.slice(prefix.length))) {
      rmSync(path.join(dir, name), { force: true });
    }
  }
}

/** A lock held this long is a writer that hung or was killed between its checks. */
const LOCK_STALE_MS = 5_000;
const LOCK_POLL_MS = 5;

function withLock<T>(file: string, body: () => T): T {
  const lock = `${file}.lock`;
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (lockIsStale(lock)) rmSync(lock, { force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, LOCK_POLL_MS);
    }
  }
  try {
    return body();
  } finally {
    rmSync(lock, { force: true });
  }
}

function lockIsStale(lock: string): boolean {
  try {
    const pid = Number(readFileSync(lock, 'utf8'));
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid) {
      try {
        process.kill(pid, 0);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ESRCH') return true; // its writer is gone
      }
    }
    return Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS;
  } catch {
    return false; // gone already: the next try takes it
  }
}
