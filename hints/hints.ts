import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Exercise } from '../tests/grader/exercises/exercise';
import { MAIN_EXERCISE } from '../tests/grader/exercises/index';
import { fromRoot } from '../tests/grader/paths';

/*
 * The one source of truth for hints: the Markdown files of an exercise's hints folder (the main
 * kata's is the one beside this module), numbered by their file name (`3-one-pass.md` is hint 3).
 * Each opens with a small front matter giving its title and the grade tiers it helps with.
 */

export interface Hint {
  number: number;
  title: string;
  /** Tier ids this hint helps with; the grade card points at the first hint for a failing tier. */
  tiers: string[];
  /**
   * Causes of a wrong answer this hint explains (validator.ts names them); the card points at it
   * before the tier's hint when the failing case shows one.
   */
  causes: string[];
  body: string;
  file: string;
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n+/;

export function loadHints(dir: string = fromRoot(MAIN_EXERCISE.hintsDir)): Hint[] {
  return readdirSync(dir)
    .filter((name) => /^\d+-.*\.md$/.test(name))
    .map((name) => parseHint(path.join(dir, name)))
    .sort((a, b) => a.number - b.number);
}

function parseHint(file: string): Hint {
  const text = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
  const match = FRONT_MATTER.exec(text);
  const fields = new Map<string, string>();
  for (const line of match?.[1].split('\n') ?? []) {
    const colon = line.indexOf(':');
    if (colon > 0) fields.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return {
    number: Number.parseInt(path.basename(file), 10),
    title: (fields.get('title') ?? path.basename(file)).replace(/^(["'])(.*)\1$/, '$2'),
    tiers: list(fields.get('tiers')),
    causes: list(fields.get('causes')),
    body: match ? text.slice(match[0].length).trimEnd() : text.trimEnd(),
    file,
  };
}

function list(field: string | undefined): string[] {
  return (field ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}

/** An exercise's hints; none while its hints folder is not written yet. */
export function hintsOf(exercise: Exercise): Hint[] {
  const dir = fromRoot(exercise.hintsDir);
  return existsSync(dir) ? loadHints(dir) : [];
}

/** The first hint that helps with a tier. */
export function hintForTier(tier: string, hints: Hint[] = loadHints()): Hint | undefined {
  return hints.find((hint) => hint.tiers.includes(tier));
}

/** The hint that explains a failure's cause, else the first that helps with its tier. */
export function hintForFailure(
  tier: string,
  cause: string | undefined,
  hints: Hint[] = loadHints(),
): Hint | undefined {
  const explains = cause && hints.find((hint) => hint.causes.includes(cause));
  return explains || hintForTier(tier, hints);
}

/**
 * The command that shows an exercise's hints, with `args` (a hint's number, --list...): the main
 * kata's is `npm run hint`, a follow-up's names it first (`npm run hint -- closestFirst 3`).
 */
export function hintCommand(exercise: Exercise, args = ''): string {
  const all = [exercise === MAIN_EXERCISE ? '' : exercise.id, args].filter(Boolean).join(' ');
  return all ? `npm run hint -- ${all}` : 'npm run hint';
}
