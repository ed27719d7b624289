import './pipe';
import pc from 'picocolors';
import { loadHints, type Hint } from '../hints/hints';
import { parseCommand, usageError } from './cli';
import { interviewStarted } from './interviewMark';
import { renderMarkdown } from './markdown';
import { fit, fitWidth } from '../tests/grader/terminalText';
import { addToProgressSaying, loadProgress } from './progressFile';

const spec = {
  name: 'hint',
  usage: [
    'usage: npm run hint [-- <n> | --list | --start-over]',
    '  npm run hint                  the next hint you have not read (and only that one)',
    '  npm run hint -- <n>           hint n again (or ahead)',
    '  npm run hint -- --list        the hints read so far, and how many remain',
    '  npm run hint -- --start-over  forget which hints you read (the interviews keep theirs)',
  ].join('\n'),
  options: { list: { type: 'boolean' }, 'start-over': { type: 'boolean' } },
  positionals: 1,
} as const;

const { values, positionals } = parseCommand(spec);
const hints = loadHints();
const [arg] = positionals;
const number = arg === undefined ? undefined : Number(arg);
if (arg !== undefined && !hints.some((h) => h.number === number)) {
  usageError(spec, `there is no hint "${arg}"; hints go from 1 to ${hints.length}.`);
}

const loaded = loadProgress();
// In a mock interview the hints start from the first: read means shown since it started.
const interview = interviewStarted();
let read =
  interview === undefined
    ? loaded.progress.read
    : loaded.progress.shown.filter((s) => Date.parse(s.at) >= interview).map((s) => s.hint);
/** What could not be read, said where nothing is written (a write says it with the copy kept). */
const readNotice = () => {
  if (loaded.notice && !loaded.notice.startsWith('No ')) console.log(pc.yellow(loaded.notice));
};
const nextUnread = () => hints.find((hint) => !read.includes(hint.number));
const width = fitWidth();
/** A line fitted to the terminal's width (as it is for a pipe). */
const say = (text: string) => console.log(fit(text, width));

if (values['start-over']) {
  addToProgressSaying({ startHintsOver: true }, 'This hint is not remembered.');
  console.log(`Hints start over: npm run hint shows hint 1 of ${hints.length}.`);
} else if (values.list) {
  readNotice();
  const shown = hints.filter((hint) => read.includes(hint.number));
  console.log(shown.length === 0 ? 'You have not read any hint yet.' : 'Hints read so far:');
  for (const hint of shown) console.log(`  ${hint.number}. ${hint.title}`);
  const remaining = hints.length - shown.length;
  say(
    remaining === 0
      ? `All ${hints.length} hints read. Read one again: npm run hint -- <n>; start over: npm run hint -- --start-over`
      : `${remaining} of ${hints.length} remain; the next one: npm run hint`,
  );
} else if (number !== undefined) {
  show(hints.find((h) => h.number === number)!);
} else {
  const next = nextUnread();
  if (next) show(next);
  else {
    readNotice();
    say(`You have read all ${hints.length} hints. Read one again: npm run hint -- <n>`);
    console.log('Still stuck? The references, with explanations: npm run solution');
  }
}

function show(hint: Hint): void {
  const shown = { hint: hint.number, at: new Date().toISOString() };
  const saved = addToProgressSaying({ hintShown: shown }, 'This hint is not remembered.');
  read = interview === undefined && saved ? saved.read : [...read, hint.number];
  say(pc.bold(`Hint ${hint.number} of ${hints.length}: ${hint.title}`));
  console.log('');
  // Rendered for a terminal; the markdown as it is for a pipe.
  console.log(width === undefined ? hint.body : renderMarkdown(hint.body, width));
  console.log('');
  const next = nextUnread();
  say(
    pc.dim(
      next
        ? `Next hint: npm run hint (hint ${next.number}). Try it: npm test`
        : hint.number === hints.length
          ? 'That was the last hint. Try it: npm test'
          : `Every hint is read; the one after this: npm run hint -- ${hint.number + 1}. Try it: npm test`,
    ),
  );
}
