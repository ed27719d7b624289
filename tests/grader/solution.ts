import { existsSync } from 'node:fs';
import path from 'node:path';
import { TreeNode } from '../../kata/TreeNode';
import { errorFields, runGuarded } from './guard';
import { loadSolutionModule, mainGlobal } from './loader';

/** The learner's function as the grader calls it. */
export type SolutionFn = (root: TreeNode | null, target: number, k: number) => unknown;

export interface Solution {
  readonly fn: SolutionFn;
  /** Absolute path of the file graded. */
  readonly file: string;
}

export type Loaded = { ok: true; solution: Solution } | { ok: false; file: string; reason: string };

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
export const DEFAULT_SOLUTION = path.join(PROJECT_ROOT, 'kata', 'closestKValues.ts');

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

const LOAD_TIMEOUT_MS = 5000;

/**
 * Loads a solution file under the guard: top-level code that loops forever, throws or does not
 * compile ends in a reason, never a hang.
 */
export function loadSolution(given: string): Loaded {
  const file = path.resolve(given);
  const shown = displayPath(file);
  const fail = (reason: string): Loaded => ({ ok: false, file, reason });
  if (!existsSync(file)) return fail(`${shown} does not exist`);
  // LeetCode declares TreeNode for you; pasted code that says `new TreeNode(...)` finds it here.
  (mainGlobal as { TreeNode?: unknown }).TreeNode ??= TreeNode;
  const { outcome } = runGuarded(() => loadSolutionModule(file), LOAD_TIMEOUT_MS);
  if (outcome.status === 'timeout') {
    return fail(
      `loading ${shown} did not finish within 5 s: is there an endless loop at top level?`,
    );
  }
  if (outcome.status === 'stackOverflow') return fail(`loading ${shown} overflowed the stack`);
  if (outcome.status === 'threw') {
    const { name, message } = errorFields(outcome.error);
    const text = `${name || 'Error'}: ${message}`.split('\n').slice(0, 6).join('\n');
    return fail(`loading ${shown} failed: ${text}`);
  }
  const exports = outcome.value as Record<string, unknown> | null;
  const fn = exports?.closestKValues ?? exports?.default;
  if (typeof fn === 'function') return { ok: true, solution: { fn: fn as SolutionFn, file } };
  const names = exports ? Object.keys(exports).filter((key) => key !== '__esModule') : [];
  const found = names.length > 0 ? ` (it exports: ${names.join(', ')})` : '';
  return fail(
    `${shown} does not export a function named closestKValues${found}; ` +
      'write `export function closestKValues(root, target, k) { ... }`',
  );
}
