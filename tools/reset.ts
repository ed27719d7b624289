import './pipe';
import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import type { Exercise } from '../tests/grader/exercises/exercise';
import { EXERCISES, MAIN_EXERCISE } from '../tests/grader/exercises/index';
import { displayPath, fromRoot } from '../tests/grader/paths';
import { saveAttempt } from './attempts';
import { exerciseArgument, parseCommand, stop, usageError } from './cli';
import { fileErrorSentence, writeWhole } from './files';
import { loadProgress, progressOf } from './progressFile';

const followUps = EXERCISES.filter((e) => e !== MAIN_EXERCISE);
const spec = {
  name: 'reset',
  usage: [
    'usage: npm run reset [-- [<follow-up>] [--yes]]',
    `  puts the stub back in ${MAIN_EXERCISE.kataFile} after saving your attempt in attempts/`,
    '  (a timestamped name never reused); in a terminal it asks first, elsewhere it needs --yes',
    ...followUps.map((e) => `  npm run reset -- ${e.id} [--yes]: the same for ${e.kataFile}`),
  ].join('\n'),
  options: { yes: { type: 'boolean' } },
  positionals: 1,
} as const;

async function main(): Promise<number> {
  const { values, positionals } = parseCommand(spec);
  const { exercise, rest } = exerciseArgument(positionals);
  if (rest.length > 0) {
    usageError(
      spec,
      `there is no follow-up "${rest[0]}"; the follow-ups: ${followUps.map((e) => e.id).join(', ')}`,
    );
  }
  const template = fromRoot(exercise.template);
  if (!existsSync(template)) stop(spec.name, `${exercise.id} has no stub yet.`);
  const stub = readFileSync(template, 'utf8');
  const kata = fromRoot(exercise.kataFile);
  const shown = displayPath(kata);
  const current = existsSync(kata) ? readFileSync(kata, 'utf8') : undefined;
  if (current === stub) {
    console.log(`${shown} is already the stub: nothing to reset.`);
    return 0;
  }
  if (!values.yes && !(await confirmed(shown, exercise))) return 1;
  if (current !== undefined) {
    let saved: string;
    try {
      saved = saveAttempt(current, undefined, undefined, exercise.id);
    } catch (error) {
      stop(spec.name, `${fileErrorSentence(error, 'save your attempt')} ${shown} is unchanged.`);
    }
    console.log(`Saved your attempt to ${displayPath(saved)}`);
  }
  try {
    writeWhole(kata, stub);
  } catch (error) {
    stop(spec.name, fileErrorSentence(error, `put the stub back in ${shown}`));
  }
  const named = exercise === MAIN_EXERCISE ? '' : ` ${exercise.id}`;
  console.log(
    `${shown} is the stub again. Run npm test${named ? ` -- ${exercise.kataFile}` : ''} to start over.`,
  );
  const read = progressOf(loadProgress().progress, exercise.id).read.length;
  if (read > 0) {
    console.log(
      `Your hints stay read (${read}); to take them from the first again: npm run hint --${named} --start-over`,
    );
  }
  return 0;
}

async function confirmed(shown: string, exercise: Exercise): Promise<boolean> {
  if (!process.stdin.isTTY) {
    const named = exercise === MAIN_EXERCISE ? '' : ` ${exercise.id}`;
    stop(
      spec.name,
      `this is not a terminal, so it cannot ask; to confirm, run: npm run reset --${named} --yes`,
    );
  }
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question(
    `Put the stub back in ${shown}? Your attempt is saved in attempts/ first. [y/N] `,
  );
  prompt.close();
  if (/^y(es)?$/i.test(answer.trim())) return true;
  console.log('Nothing changed.');
  return false;
}

main().then((code) => process.exit(code));
