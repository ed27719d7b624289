import './pipe';
import pc from 'picocolors';
import { loadHints, type Hint } from '../hints/hints';
import { loadProgress, saveProgress } from './progressFile';

/*
 * npm run hint            the next hint you have not read (and only that one)
 * npm run hint -- <n>     hint n
 * npm run hint -- --list  the hints read so far, and how many remain
 */

const hints = loadHints();
const { progress, notice } = loadProgress();
if (notice) console.log(pc.dim(notice));
const [arg] = process.argv.slice(2);
const nextUnread = () => hints.find((hint) => !progress.read.includes(hint.number));

if (arg === '--list') {
  const read = hints.filter((hint) => progress.read.includes(hint.number));
  console.log(read.length === 0 ? 'You have not read any hint yet.' : 'Hints read so far:');
  for (const hint of read) console.log(`  ${hint.number}. ${hint.title}`);
  const remaining = hints.length - read.length;
  console.log(
    remaining === 0
      ? `All ${hints.length} hints read.`
      : `${remaining} of ${hints.length} remain; the next one: npm run hint`,
  );
  saveProgress(progress);
} else if (arg !== undefined) {
  const number = Number(arg);
  const hint = hints.find((h) => h.number === number);
  if (!hint) {
    console.error(`npm run hint: there is no hint "${arg}"; hints go from 1 to ${hints.length}.`);
    process.exit(2);
  }
  show(hint);
} else {
  const next = nextUnread();
  if (next) show(next);
  else {
    saveProgress(progress);
    console.log(`You have read all ${hints.length} hints. Read one again: npm run hint -- <n>`);
    console.log('Still stuck? The references, with explanations: npm run solution');
  }
}

function show(hint: Hint): void {
  progress.read = [...new Set([...progress.read, hint.number])].sort((a, b) => a - b);
  saveProgress(progress);
  console.log(pc.bold(`Hint ${hint.number} of ${hints.length}: ${hint.title}`));
  console.log('');
  console.log(hint.body);
  console.log('');
  const next = nextUnread();
  console.log(
    pc.dim(
      next
        ? `Next hint: npm run hint (hint ${next.number}). Try it: npm test`
        : 'That was the last hint. Try it: npm test',
    ),
  );
}
