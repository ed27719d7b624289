import './pipe';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { DEFAULT_SOLUTION, displayPath, PROJECT_ROOT } from '../tests/grader/paths';
import { saveAttempt } from './attempts';
import { writeWhole } from './files';

/*
 * npm run reset [-- --yes]: puts the stub back in kata/closestKValues.ts after saving your attempt
 * in attempts/ under a timestamped name that is never reused. In a terminal it asks first;
 * elsewhere it needs --yes.
 */

const TEMPLATE = path.join(PROJECT_ROOT, 'tools', 'templates', 'closestKValues.ts.template');

async function main(): Promise<number> {
  const stub = readFileSync(TEMPLATE, 'utf8');
  const kata = DEFAULT_SOLUTION;
  const shown = displayPath(kata);
  const current = existsSync(kata) ? readFileSync(kata, 'utf8') : undefined;
  if (current === stub) {
    console.log(`${shown} is already the stub: nothing to reset.`);
    return 0;
  }
  if (!process.argv.includes('--yes') && !(await confirmed(shown))) return 1;
  if (current !== undefined)
    console.log(`Saved your attempt to ${displayPath(saveAttempt(current))}`);
  writeWhole(kata, stub);
  console.log(`${shown} is the stub again. Run npm test to start over.`);
  return 0;
}

async function confirmed(shown: string): Promise<boolean> {
  if (!process.stdin.isTTY) {
    console.error(
      'npm run reset: this is not a terminal, so it cannot ask; to confirm, run: npm run reset -- --yes',
    );
    return false;
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
