import { readFileSync } from 'node:fs';
import { closestIndex } from './ClosestIndex';
import { closestFirst } from './closestFirst';
import { closestKValues } from './closestKValues';
import type { Exercise } from './exercise';

/** Every exercise the engine hosts; the first is the main kata, which `npm test` alone grades. */
export const EXERCISES: readonly Exercise[] = [closestKValues, closestFirst, closestIndex];

export const MAIN_EXERCISE = closestKValues;

/** Every tier id of every exercise. */
export type ExerciseTierId =
  | (typeof closestKValues.tiers)[number]
  | (typeof closestFirst.tiers)[number]
  | (typeof closestIndex.tiers)[number];

/**
 * The exercise a source text is written for: a follow-up whose export it declares at top level
 * (a function, a class or a variable of that name at the start of a line, exported or not, an
 * export list or `exports.` naming it), else the main kata: a main kata's local variable named
 * closestFirst (a heap of the values closest first) is not the follow-up. Read from the text, so that the supervisor knows a file's tiers before any process
 * loads it; the loader then looks for that export. Follow-ups first: one may reuse a
 * closestKValues of its own.
 */
export function exerciseOfSource(text: string): Exercise {
  const declares = (name: string) =>
    new RegExp(
      `^(?:export\\s+(?:default\\s+)?)?(?:async\\s+)?(?:function\\s*\\*?|class|const|let|var)\\s*${name}\\b|` +
        `^export\\s*\\{[^}]*\\b${name}\\b|^(?:module\\.)?exports\\.${name}\\b`,
      'm',
    ).test(text);
  const followUps = EXERCISES.filter((exercise) => exercise !== MAIN_EXERCISE);
  return followUps.find((exercise) => declares(exercise.exportName)) ?? MAIN_EXERCISE;
}

/** The exercise of a file's text (exerciseOfSource); the main kata's when it cannot be read. */
export function exerciseOfFile(file: string): Exercise {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // the loader says why it cannot be read
  }
  return exerciseOfSource(text);
}

export function exerciseById(id: string): Exercise | undefined {
  return EXERCISES.find((exercise) => exercise.id === id);
}
