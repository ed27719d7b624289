import './pipe';
import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { MAIN_EXERCISE } from '../tests/grader/exercises/index';
import { DEFAULT_SOLUTION, displayPath, fromRoot } from '../tests/grader/paths';
import { saveAttempt } from './attempts';
import { parseCommand, stop } from './cli';
import { fileErrorSentence, writeWhole } from './files';
import { loadProgress } from './progressFile';

const spec = {
  name: 'reset',
  usage: [
    'usage: npm run reset [-- --yes]',
    `  puts the stub back in ${MAIN_EXERCISE.kataFile} after saving your attempt in attempts/`,
    '  (a timestamped name never reused); in a terminal it asks first, elsewhere it needs --yes',
  ].join('\n'),
  options: { yes: { type: 'boolean' } },
  positionals: 0,
} as const;

const TEMPLATE = fromRoot(MAIN_EXERCISE.template);

async function main(): Promise<number> {
  const { values } = parseCommand(spec);
  const stub = readFileSync(TEMPLATE, 'utf8');
  const kata = DEFAULT_SOLUTION;
  const shown = displayPath(kata);
  const current = existsSync(kata) ? readFileSync(kata, 'utf8') : undefined;
  if (current === stub) {
    console.log(`${shown} is already the stub: nothing to reset.`);
    return 0;
  }
  if (!values.yes && !(await confirmed(shown))) return 1;
  if (current !== undefined) {
    let saved: string;
    try {
      saved = saveAttempt(current);
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
  console.log(`${shown} is the stub again. Run npm test to start over.`);
  const read = loadProgress().progress.read.length;
  if (read > 0) {
    console.log(
      `Your hints stay read (${read}); to take them from the first again: npm run hint -- --start-over`,
    );
  }
  return 0;
}

async function confirmed(shown: string): Promise<boolean> {
  if (!process.stdin.isTTY) {
    stop(
      spec.name,
      'this is not a terminal, so it cannot ask; to confirm, run: npm run reset -- --yes',
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
