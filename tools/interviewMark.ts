import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { PROGRESS_FILE } from './progressFile';

/*
 * While a mock interview runs, a file beside the progress file (git-ignored with it) says since
 * when, so that npm run hint in another terminal counts from there: an interview starts from a
 * blank page, and its hints from the first, so a hint read before and shown again during it is a
 * hint taken.
 */

export const INTERVIEW_MARK = `${PROGRESS_FILE}.interview`;

/** Marks an interview started at `started` (ms) by this process. */
export function markInterview(started: number, file = INTERVIEW_MARK): void {
  try {
    writeFileSync(file, JSON.stringify({ pid: process.pid, started }));
  } catch {
    // Without the mark a hint taken meanwhile is still recorded; only its numbering is not reset.
  }
}

export function unmarkInterview(file = INTERVIEW_MARK): void {
  rmSync(file, { force: true });
}

/** When the interview running now started (ms), if one is: its mark is there, its process alive. */
export function interviewStarted(file = INTERVIEW_MARK): number | undefined {
  let mark: { pid?: unknown; started?: unknown };
  try {
    mark = JSON.parse(readFileSync(file, 'utf8')) as typeof mark;
  } catch {
    return undefined;
  }
  if (typeof mark.pid !== 'number' || typeof mark.started !== 'number') return undefined;
  try {
    process.kill(mark.pid, 0);
  } catch (error) {
    // EPERM: alive, someone else's; ESRCH: an interview that ended without removing its mark.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return undefined;
  }
  return mark.started;
}
