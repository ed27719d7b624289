import { existsSync, readFileSync, statSync } from 'node:fs';
import { loadHints } from '../../hints/hints';
import { loadReferences } from '../../tools/references';
import { EXERCISES, MAIN_EXERCISE } from '../grader/exercises/index';
import { DEFAULT_SOLUTION, fromRoot } from '../grader/paths';

/*
 * The exercises the engine hosts are definitions (tests/grader/exercises/exercise.ts): each names
 * its files and tiers, and the engine and the tools find everything through it. A definition that
 * names a file that is not there, or a stub without its export, would break a tool only when a
 * learner runs it.
 */

test('the main kata is the first definition, and npm test grades its file', () => {
  expect(EXERCISES[0]).toBe(MAIN_EXERCISE);
  expect(DEFAULT_SOLUTION).toBe(fromRoot(MAIN_EXERCISE.kataFile));
  expect(new Set(EXERCISES.map((e) => e.id)).size).toBe(EXERCISES.length);
  expect(new Set(EXERCISES.map((e) => e.exportName)).size).toBe(EXERCISES.length);
});

describe.each(EXERCISES.map((e) => [e.id, e] as const))('%s', (_, exercise) => {
  test('its files and folders exist', () => {
    for (const file of [exercise.statement, exercise.template]) {
      expect(statSync(fromRoot(file)).isFile()).toBe(true);
    }
    for (const dir of [exercise.hintsDir, exercise.referencesDir]) {
      expect(statSync(fromRoot(dir)).isDirectory()).toBe(true);
    }
    // The kata file may be gone (npm run reset puts it back from the stub); its folder may not.
    expect(existsSync(fromRoot(exercise.kataFile.replace(/\/[^/]+$/, '')))).toBe(true);
  });

  test('its stub and the declaration a file without it is told to write name its export', () => {
    const name = new RegExp(`\\b(function|class)\\s+${exercise.exportName}\\b`);
    expect(readFileSync(fromRoot(exercise.template), 'utf8')).toMatch(name);
    expect(exercise.declaration).toMatch(name);
  });

  test('its hints help with its tiers, and its references reach only its tiers', () => {
    const hints = loadHints(fromRoot(exercise.hintsDir));
    expect(hints.length).toBeGreaterThan(0);
    for (const hint of hints) expect(exercise.tiers).toEqual(expect.arrayContaining(hint.tiers));
    const references = loadReferences(fromRoot(exercise.referencesDir));
    expect(references.length).toBeGreaterThanOrEqual(2);
    for (const reference of references) {
      expect(exercise.tiers).toEqual(expect.arrayContaining(reference.tiers));
    }
  });
});
