import './pipe';
import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import pc from 'picocolors';
import { hintCommand } from '../hints/hints';
import { EXERCISES, MAIN_EXERCISE } from '../tests/grader/exercises/index';
import { displayPath, fromRoot } from '../tests/grader/paths';
import { gradeInProcess } from '../tests/grader/process/supervisor';
import { seedFrom } from '../tests/grader/seed';
import { exerciseArgument, parseCommand, stop, usageError } from './cli';
import { addToProgressSaying, loadProgress, progressOf } from './progressFile';
import { findReference, loadReferences, type Reference } from './references';

const followUps = EXERCISES.filter((e) => e !== MAIN_EXERCISE).map((e) => e.id);
const spec = {
  name: 'solution',
  usage: [
    'usage: npm run solution [-- [<follow-up>] [<name> [--yes]]]',
    '  npm run solution                    the references: names, complexity, tiers reached',
    '  npm run solution -- <name> [--yes]  one of them, with its explanation (--yes: no question)',
    `  <follow-up> first (${followUps.join(', ')}): that follow-up's references,`,
    `    e.g. npm run solution -- ${followUps[0]}; without it, the main kata's`,
  ].join('\n'),
  options: { yes: { type: 'boolean' } },
  positionals: 2,
} as const;

/*
 * A reference is a spoiler: until your own solution passes `correct`, printing one asks first (in
 * a terminal; elsewhere it needs --yes), saying what you give up, and remembers the answer.
 * Listing them is free. Nothing else in the kata prints reference code.
 */

const { values, positionals } = parseCommand(spec);
const { exercise, rest } = exerciseArgument(positionals);
if (rest.length > 1) usageError(spec, `unexpected ${rest.slice(1).join(' ')}`);
const referencesDir = fromRoot(exercise.referencesDir);
if (!existsSync(referencesDir)) stop(spec.name, `${exercise.id} has no references yet.`);
const references = loadReferences(referencesDir);
const [name] = rest;
/** This command again, for this exercise, with `args`. */
const again = (args: string) =>
  `npm run solution -- ${exercise === MAIN_EXERCISE ? '' : `${exercise.id} `}${args}`;
const kataFile = fromRoot(exercise.kataFile);

function list(): void {
  // The main kata's example as it always was; a follow-up's, the reference that reaches most.
  const example = exercise === MAIN_EXERCISE ? 'twoPointers' : references.at(-1)!.name;
  console.log(
    pc.yellow(
      `Spoilers ahead: each reference is a complete solution. Try the hints first: ${hintCommand(exercise)}`,
    ),
  );
  console.log('');
  const width = Math.max(...references.map((r) => r.name.length));
  const timeWidth = Math.max(...references.map((r) => r.time.length));
  console.log(`  ${'name'.padEnd(width)}   ${'time'.padEnd(timeWidth)}   tiers reached`);
  for (const reference of references) {
    console.log(
      `  ${pc.bold(reference.name.padEnd(width))}   ${reference.time.padEnd(timeWidth)}   ${reference.tiers.join(', ')}`,
    );
  }
  console.log('');
  console.log(`Print one with its explanation: ${again('<name>')}   (e.g. ${again(example)})`);
}

/** Whether the learner's own file passes correct now (graded here, in its own process). */
async function ownSolutionIsCorrect(): Promise<boolean> {
  const run = await gradeInProcess(kataFile, seedFrom(), { tiers: ['correct'] });
  return run.results[0]?.passed === true;
}

async function confirmed(question: string): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question(question);
  prompt.close();
  return /^y(es)?$/i.test(answer.trim());
}

/** Whether `reference` may be printed now; asks when it is a spoiler, and remembers a yes. */
async function unlocked(reference: Reference): Promise<boolean> {
  const { unlocked, passed } = progressOf(loadProgress().progress, exercise.id);
  // Its own file passed correct once (progress remembers it): since reset, the stub may be there.
  if (unlocked.includes(reference.name) || passed.correct || (await ownSolutionIsCorrect())) {
    return true;
  }
  const cost =
    `Your solution (${displayPath(kataFile)}) does not pass correct yet. Reading ` +
    `${reference.name} now shows you a whole answer, ${reference.time}, reaching ` +
    `${reference.tiers.join(', ')}, before you have found your own.`;
  let yes = values.yes === true;
  if (!yes && !process.stdin.isTTY) {
    stop(
      spec.name,
      `${cost} This is not a terminal to ask in; to read it anyway: ` +
        `${again(`${reference.name} --yes`)}`,
    );
  }
  if (!yes) yes = await confirmed(`${cost}\nPrint it anyway? [y/N] `);
  if (!yes) {
    console.log(`Nothing shown. Stuck? ${hintCommand(exercise)} gives you the next nudge instead.`);
    return false;
  }
  addToProgressSaying({ exercise: exercise.id, unlocked: reference.name });
  return true;
}

async function main(): Promise<number> {
  if (!name) {
    list();
    return 0;
  }
  const reference = findReference(name, references);
  if (!reference) {
    usageError(
      spec,
      `there is no reference called "${name}". Choose one of: ${references.map((r) => r.name).join(', ')}` +
        (exercise === MAIN_EXERCISE ? `; or a follow-up's: ${followUps.join(', ')}` : ''),
    );
  }
  if (!(await unlocked(reference))) return 1;
  console.log(readFileSync(reference.file, 'utf8'));
  return 0;
}

main().then((code) => process.exit(code));
