import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ClaimVerdict } from '../tests/grader/claim';
import { PROJECT_ROOT } from '../tests/grader/paths';
import { TIER_IDS, type TierId } from '../tests/grader/tiers/tier';
import { writeWhole } from './files';

/*
 * The learner's progress, in a small git-ignored file at the project root: the hints read, the
 * references unlocked, the mock interviews. A missing or unreadable file is never an error: what
 * cannot be read starts over, with a one-line notice; a part that is damaged is dropped alone.
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
  /** Hints read during it, by number. */
  hints: number[];
  claim: { stated: string | null; verdict: ClaimVerdict };
  /** The last tier, in the card's order, that it passed; null if none. */
  furthest: TierId | null;
}

export interface Progress {
  /** Numbers of the hints read, ascending. */
  read: number[];
  /** References printed before the learner's own solution passed correct, by name. */
  unlocked: string[];
  interviews: Interview[];
}

const isTier = (x: unknown): x is TierId => TIER_IDS.includes(x as TierId);
const isInterview = (x: unknown): x is Interview => {
  const i = x as Partial<Interview> | null;
  return (
    typeof i === 'object' &&
    i !== null &&
    typeof i.startedAt === 'string' &&
    typeof i.minutes === 'number' &&
    ['allPassed', 'timeUp', 'stopped'].includes(i.endedBy as string) &&
    typeof i.seconds === 'number' &&
    typeof i.firstPass === 'object' &&
    i.firstPass !== null &&
    Object.keys(i.firstPass).every(isTier) &&
    Array.isArray(i.hints) &&
    (i.furthest === null || isTier(i.furthest))
  );
};

export function loadProgress(file = PROGRESS_FILE): { progress: Progress; notice?: string } {
  const shown = path.basename(file);
  const empty: Progress = { read: [], unlocked: [], interviews: [] };
  if (!existsSync(file)) {
    return { progress: empty, notice: `No ${shown} yet: starting your progress.` };
  }
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new Error('it holds no progress');
    }
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      progress: empty,
      notice: `${shown} could not be read (${why}): starting your progress over.`,
    };
  }
  const damaged: string[] = [];
  const read =
    Array.isArray(data.read) && data.read.every((n) => Number.isInteger(n) && n > 0)
      ? [...new Set(data.read as number[])].sort((a, b) => a - b)
      : (data.read !== undefined && damaged.push('the hints read'), []);
  const unlocked =
    Array.isArray(data.unlocked) && data.unlocked.every((s) => typeof s === 'string')
      ? (data.unlocked as string[])
      : (data.unlocked !== undefined && damaged.push('the references unlocked'), []);
  const interviews = Array.isArray(data.interviews) ? data.interviews.filter(isInterview) : [];
  if (
    Array.isArray(data.interviews)
      ? interviews.length < data.interviews.length
      : data.interviews !== undefined
  ) {
    damaged.push('some mock interviews');
  }
  const notice = damaged.length
    ? `${shown}: ${damaged.join(', ')} could not be read and start over; the rest is kept.`
    : undefined;
  return { progress: { read, unlocked, interviews }, notice };
}

export function saveProgress(progress: Progress, file = PROGRESS_FILE): void {
  writeWhole(file, `${JSON.stringify(progress, null, 2)}\n`);
}
