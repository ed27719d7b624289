import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MAIN_EXERCISE } from '../tests/grader/exercises/index';
import { PROJECT_ROOT } from '../tests/grader/paths';

const ATTEMPTS_DIR = path.join(PROJECT_ROOT, 'attempts');

/**
 * Saves an attempt as attempts/<exercise>-<date>T<time>.ts (closestKValues-…, closestFirst-…),
 * adding -2, -3... when that name is taken: an existing file is never overwritten. Returns the
 * file written.
 */
export function saveAttempt(
  text: string,
  dir = ATTEMPTS_DIR,
  now = new Date(),
  exercise = MAIN_EXERCISE.id,
): string {
  mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-');
  for (let n = 1; ; n++) {
    const file = path.join(dir, `${exercise}-${stamp}${n > 1 ? `-${n}` : ''}.ts`);
    try {
      writeFileSync(file, text, { flag: 'wx' }); // 'wx': fails rather than overwrite
      return file;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
