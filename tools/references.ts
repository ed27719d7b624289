import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EXERCISES, MAIN_EXERCISE } from '../tests/grader/exercises/index';
import { fromRoot } from '../tests/grader/paths';
import { spaceClassIn } from '../tests/grader/claim';
import type { SpaceClass } from '../tests/grader/tiers/space';

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
    .map((name) => describeReference(path.join(dir, name), tiersOf(dir)))
    .sort((a, b) => a.tiers.length - b.tiers.length || a.name.localeCompare(b.name));
}

/** The tiers of the exercise whose references `dir` holds (the main kata's by default). */
function tiersOf(dir: string): readonly string[] {
  const exercise = EXERCISES.find((e) => fromRoot(e.referencesDir) === path.resolve(dir));
  return (exercise ?? MAIN_EXERCISE).tiers;
}

function describeReference(file: string, known: readonly string[]): Reference {
  const header = readFileSync(file, 'utf8').split('*/')[0];
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
    // The first clause: up to a dash, a colon or a semicolon (a follow-up's line runs on).
    time: field('Time')
      .split(/ — |: |; /)[0]
      .replace(/\.$/, '')
      .trim(),
    space: statedSpace(file, field('Space')),
    tiers,
  };
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
