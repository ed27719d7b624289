import path from 'node:path';
import { MAIN_EXERCISE } from './exercises/index';

/* Where things are: the project, the learner's file, and paths as the learner types and reads them. */

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
export const DEFAULT_SOLUTION = fromRoot(MAIN_EXERCISE.kataFile);

/** A path an exercise's definition gives (relative to the project, with forward slashes). */
export function fromRoot(relative: string): string {
  return path.join(PROJECT_ROOT, ...relative.split('/'));
}

/**
 * A path as the learner typed it. npm runs scripts from the project root and passes on where the
 * command was typed as INIT_CWD; without npm, paths are relative to `fallback`.
 */
export function resolveAsTyped(
  file: string,
  env: NodeJS.ProcessEnv = process.env,
  fallback = process.cwd(),
): string {
  return path.resolve(env.INIT_CWD ?? fallback, file);
}

/** The file to grade: KATA_SOLUTION if set, else the learner's kata file. */
export function solutionFile(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env.KATA_SOLUTION?.trim();
  return chosen ? resolveAsTyped(chosen, env, PROJECT_ROOT) : DEFAULT_SOLUTION;
}

/** A path as the learner would type it: relative to the project when inside it. */
export function displayPath(file: string): string {
  const relative = path.relative(PROJECT_ROOT, file);
  return relative.startsWith('..') || path.isAbsolute(relative)
    ? file
    : relative.split(path.sep).join('/');
}
