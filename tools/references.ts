import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EXERCISES, MAIN_EXERCISE } from '../tests/grader/exercises/index';
import { fromRoot } from '../tests/grader/paths';
import { readIndexClaims, spaceClassIn } from '../tests/grader/claim';
import type { SpaceClass } from '../tests/grader/tiers/space';
import type { Exercise } from '../tests/grader/exercises/exercise';

/*
 * The reference solutions, as their headers describe them. The header is the one source of truth:
 * `npm run solution` lists it, `npm run compare` names it, and `npm run verify` grades every file
 * to check that the tiers it claims are the tiers it reaches, and that the space it states is the
 * space the probe measures (space.test.ts).
 */

const SOLUTIONS_DIR = fromRoot(MAIN_EXERCISE.referencesDir);

export interface Reference {
  /** The file name without `.ts`, as typed after `npm run solution --`. */
  name: string;
  file: string;
  /** The header's first line, e.g. "Two stacks: predecessor and successor iterators." */
  title: string;
  /** The first clause of the header's "Time:" line, e.g. "O(h + k)" or "O(h) to the first value, O(1) amortised per value after it". */
  time: string;
  /** The class of extra memory its "Space:" line states, as the space tier measures it. */
  space: SpaceClass;
  tiers: string[];
}

/** A reference's source as the learner's kata file would hold it (TreeNode beside it). */
export function referenceAsKataFile(name: string): string {
  return readFileSync(path.join(SOLUTIONS_DIR, `${name}.ts`), 'utf8').replace(
    "'../kata/TreeNode'",
    "'./TreeNode'",
  );
}

export function loadReferences(dir: string = SOLUTIONS_DIR): Reference[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => describeReference(path.join(dir, name), exerciseOf(dir)))
    .sort((a, b) => a.tiers.length - b.tiers.length || a.name.localeCompare(b.name));
}

/** The exercise whose references `dir` holds (the main kata's by default). */
function exerciseOf(dir: string): Exercise {
  return EXERCISES.find((e) => fromRoot(e.referencesDir) === path.resolve(dir)) ?? MAIN_EXERCISE;
}

function describeReference(file: string, exercise: Exercise): Reference {
  const known: readonly string[] = exercise.tiers;
  const source = readFileSync(file, 'utf8');
  const header = source.split('*/')[0];
  const lines = header.split('\n').map((line) => line.replace(/^\s*\/?\*+\s?/, '').trimEnd());
  const field = (label: string) => {
    const line = lines.find((l) => l.startsWith(`${label}:`));
    if (!line) throw new Error(`${path.basename(file)}: its header has no "${label}:" line`);
    return line.slice(label.length + 1).trim();
  };
  const tiers = field('Tiers')
    .split(',')
    .map((tier) => tier.trim());
  const unknown = tiers.filter((tier) => !known.includes(tier));
  if (unknown.length > 0)
    throw new Error(`${path.basename(file)}: unknown tiers ${unknown.join(', ')}`);
  return {
    name: path.basename(file, '.ts'),
    file,
    title: lines.find((line) => line.trim().length > 0) ?? '',
    time: timeOf(source, field('Time'), exercise),
    space: statedSpace(file, field('Space')),
    tiers,
  };
}

/**
 * A reference's time in a few words: its Time line's first clause, up to a dash, a colon or a
 * semicolon (a follow-up's line runs on); an index's build and query both, from its claim line.
 */
function timeOf(source: string, line: string, exercise: Exercise): string {
  if (exercise.protocol === 'index') {
    const { build, query } = readIndexClaims(source);
    return `${build} build, ${query} per query`;
  }
  return line
    .split(/ — |: |; /)[0]
    .replace(/\.$/, '')
    .trim();
}

/** The class of extra memory a header's Space line states, read as the learner's claim is. */
function statedSpace(file: string, line: string): SpaceClass {
  const space = spaceClassIn(line);
  if (!space) throw new Error(`${path.basename(file)}: its "Space:" line states no bound`);
  return space;
}

/** The reference called `name` (case and a trailing `.ts` ignored), or undefined. */
export function findReference(
  name: string,
  references: Reference[] = loadReferences(),
): Reference | undefined {
  const wanted = name.replace(/\.ts$/, '').toLowerCase();
  return references.find((reference) => reference.name.toLowerCase() === wanted);
}
