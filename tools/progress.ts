import './pipe';
import pc from 'picocolors';
import { loadHints } from '../hints/hints';
import { TIER_IDS } from '../tests/grader/tiers/tier';
import { parseCommand } from './cli';
import { loadProgress, PROGRESS_FILE } from './progressFile';
import { clock, historyLine } from './scorecard';

parseCommand({
  name: 'progress',
  usage: [
    'usage: npm run progress',
    '  your practice so far: hints read, references unlocked, every mock interview, best times',
  ].join('\n'),
  options: {},
  positionals: 0,
});

const { progress, notice } = loadProgress();
const hints = loadHints();
if (notice && !notice.startsWith('No ')) console.log(pc.dim(notice));

console.log(pc.bold('Your practice so far'));
console.log(
  `  hints read: ${progress.read.length} of ${hints.length}${progress.read.length ? ` (${progress.read.join(', ')})` : ''}`,
);
console.log(
  `  references read before your own passed correct: ${progress.unlocked.length ? progress.unlocked.join(', ') : 'none'}`,
);
console.log('');

const interviews = progress.interviews;
if (interviews.length === 0) {
  console.log(
    'No mock interviews yet: npm run interview starts one (45 minutes; npm run interview -- --minutes 30 for less).',
  );
} else {
  console.log(pc.bold(`Mock interviews: ${interviews.length}`));
  for (const interview of interviews) console.log(`  ${historyLine(interview)}`);
  console.log('');
  const records = interviews.filter((i) => i.fromStub !== false);
  const best = TIER_IDS.map((id) => {
    const times = records.flatMap((i) => (i.firstPass[id] === undefined ? [] : [i.firstPass[id]!]));
    return `${id} ${times.length ? clock(Math.min(...times)) : '—'}`;
  });
  console.log(`  best time to each tier: ${best.join(' · ')}`);
  console.log(
    `  hints per interview, oldest first: ${interviews.map((i) => i.hints.length).join(', ')}`,
  );
}
console.log(
  pc.dim(`(${PROGRESS_FILE.split(/[\\/]/).pop()}, git-ignored; npm run interview adds to it)`),
);
