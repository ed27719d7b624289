import './pipe';
import pc from 'picocolors';
import { hintCommand, hintsOf, type Hint } from '../hints/hints';
import { EXERCISES, MAIN_EXERCISE } from '../tests/grader/exercises/index';
import { exerciseArgument, parseCommand, stop, usageError } from './cli';
import { interviewStarted } from './interviewMark';
import { renderMarkdown } from './markdown';
import { fit, fitWidth } from '../tests/grader/terminalText';
import { addToProgressSaying, loadProgress, progressOf } from './progressFile';

const followUps = EXERCISES.filter((e) => e !== MAIN_EXERCISE).map((e) => e.id);
const spec = {
  name: 'hint',
  usage: [
    'usage: npm run hint [-- [<follow-up>] [<n> | --list | --start-over]]',
    '  npm run hint                  the next hint you have not read (and only that one)',
    '  npm run hint -- <n>           hint n again (or ahead)',
    '  npm run hint -- --list        the hints read so far, and how many remain',
    '  npm run hint -- --start-over  forget which hints you read (the interviews keep theirs)',
    `  <follow-up> first (${followUps.join(', ')}): the same for that follow-up's hints,`,
    `    e.g. npm run hint -- ${followUps[0]} 3; without it, the main kata's`,
  ].join('\n'),
  options: { list: { type: 'boolean' }, 'start-over': { type: 'boolean' } },
  positionals: 2,
} as const;

const { values, positionals } = parseCommand(spec);
const { exercise, rest } = exerciseArgument(positionals);
if (rest.length > 1) usageError(spec, `unexpected ${rest.slice(1).join(' ')}`);
const hints = hintsOf(exercise);
if (hints.length === 0) stop(spec.name, `${exercise.id} has no hints yet.`);
const [arg] = rest;
const number = arg === undefined ? undefined : Number(arg);
if (arg !== undefined && !hints.some((h) => h.number === number)) {
  const followUp = /^\d+$/.test(arg)
    ? ''
    : ` (a follow-up's name comes first: ${followUps.join(', ')})`;
  usageError(spec, `there is no hint "${arg}"; hints go from 1 to ${hints.length}.${followUp}`);
}
/** The command again, for this exercise: `npm run hint -- closestFirst 3`. */
const again = (args = '') => hintCommand(exercise, args);
const testCommand = exercise === MAIN_EXERCISE ? 'npm test' : `npm test -- ${exercise.kataFile}`;

const loaded = loadProgress();
// In a mock interview every question's hints start from the first: read means shown since it
// started (a follow-up's too: the interview asks it on the same clock).
const interview = interviewStarted();
let read =
  interview === undefined
    ? progressOf(loaded.progress, exercise.id).read
    : progressOf(loaded.progress, exercise.id)
        .shown.filter((s) => Date.parse(s.at) >= interview)
        .map((s) => s.hint);
/** What could not be read, said where nothing is written (a write says it with the copy kept). */
const readNotice = () => {
  if (loaded.notice && !loaded.notice.startsWith('No ')) console.log(pc.yellow(loaded.notice));
};
const nextUnread = () => hints.find((hint) => !read.includes(hint.number));
const width = fitWidth();
/** A line fitted to the terminal's width (as it is for a pipe). */
const say = (text: string) => console.log(fit(text, width));

if (values['start-over']) {
  addToProgressSaying(
    { exercise: exercise.id, startHintsOver: true },
    'This hint is not remembered.',
  );
  console.log(`Hints start over: ${again()} shows hint 1 of ${hints.length}.`);
} else if (values.list) {
  readNotice();
  const shown = hints.filter((hint) => read.includes(hint.number));
  console.log(shown.length === 0 ? 'You have not read any hint yet.' : 'Hints read so far:');
  for (const hint of shown) console.log(`  ${hint.number}. ${hint.title}`);
  const remaining = hints.length - shown.length;
  say(
    remaining === 0
      ? `All ${hints.length} hints read. Read one again: ${again('<n>')}; start over: ${again('--start-over')}`
      : `${remaining} of ${hints.length} remain; the next one: ${again()}`,
  );
} else if (number !== undefined) {
  show(hints.find((h) => h.number === number)!);
} else {
  const next = nextUnread();
  if (next) show(next);
  else {
    readNotice();
    say(`You have read all ${hints.length} hints. Read one again: ${again('<n>')}`);
    console.log(
      `Still stuck? The references, with explanations: npm run solution${exercise === MAIN_EXERCISE ? '' : ` -- ${exercise.id}`}`,
    );
  }
}

function show(hint: Hint): void {
  const shown = { hint: hint.number, at: new Date().toISOString() };
  const saved = addToProgressSaying(
    { exercise: exercise.id, hintShown: shown },
    'This hint is not remembered.',
  );
  read =
    interview === undefined && saved ? progressOf(saved, exercise.id).read : [...read, hint.number];
  say(pc.bold(`Hint ${hint.number} of ${hints.length}: ${hint.title}`));
  console.log('');
  // Rendered for a terminal; the markdown as it is for a pipe.
  console.log(width === undefined ? hint.body : renderMarkdown(hint.body, width));
  console.log('');
  const next = nextUnread();
  say(
    pc.dim(
      next
        ? `Next hint: ${again()} (hint ${next.number}). Try it: ${testCommand}`
        : hint.number === hints.length
          ? `That was the last hint. Try it: ${testCommand}`
          : `Every hint is read; the one after this: ${again(String(hint.number + 1))}. Try it: ${testCommand}`,
    ),
  );
}
