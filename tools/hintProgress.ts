import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../tests/grader/paths';
import { writeWhole } from './files';

/*
 * Which hints the learner has read, in a small git-ignored file at the project root. A missing or
 * unreadable file is never an error: progress starts over, with a one-line notice.
 */

const PROGRESS_FILE = path.join(PROJECT_ROOT, '.kata-progress.json');

export interface HintProgress {
  /** Numbers of the hints read, ascending. */
  read: number[];
}

export function loadProgress(file = PROGRESS_FILE): { progress: HintProgress; notice?: string } {
  const shown = path.basename(file);
  if (!existsSync(file)) {
    return { progress: { read: [] }, notice: `No ${shown} yet: starting your hint progress.` };
  }
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { read?: unknown };
    if (!Array.isArray(data.read) || !data.read.every((n) => Number.isInteger(n) && n > 0)) {
      throw new Error('it does not list the hints read');
    }
    return { progress: { read: [...new Set(data.read as number[])].sort((a, b) => a - b) } };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      progress: { read: [] },
      notice: `${shown} could not be read (${why}): starting your hint progress over.`,
    };
  }
}

export function saveProgress(progress: HintProgress, file = PROGRESS_FILE): void {
  writeWhole(file, `${JSON.stringify(progress, null, 2)}\n`);
}
