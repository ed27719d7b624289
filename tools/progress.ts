import './pipe';
import pc from 'picocolors';
import { hintsOf } from '../hints/hints';
import { EXERCISES, MAIN_EXERCISE } from '../tests/grader/exercises/index';
import { TIER_IDS } from '../tests/grader/tiers/tier';
import { parseCommand } from './cli';
import { loadProgress, PROGRESS_FILE, progressOf } from './progressFile';
import { clock, historyLines } from './scorecard';

parseCommand({
  name: 'progress',
  usage: [
    'usage: npm run progress',
    '  your practice so far, per exercise (the main kata and each follow-up): the tiers your own',
    '  file passed under npm test and when first, hints read, references unlocked; then every',
    '  mock interview and your best times',
  ].join('\n'),
  options: {},
  positionals: 0,
});

const { progress, notice } = loadProgress();
if (notice && !notice.startsWith('No ')) console.log(pc.dim(notice));

console.log(pc.bold('Your practice so far'));
for (const exercise of EXERCISES) {
  const records = progressOf(progress, exercise.id);
  const hints = hintsOf(exercise);
  const passed = exercise.tiers.filter((tier) => records.passed[tier] !== undefined);
  const started = exercise === MAIN_EXERCISE || passed.length > 0 || records.shown.length > 0;
  const kind = exercise === MAIN_EXERCISE ? 'the main kata' : 'a follow-up';
  console.log(`  ${pc.bold(exercise.id)} (${exercise.kataFile}, ${kind})`);
  if (!started && records.unlocked.length === 0) {
    const test = `npm test -- ${exercise.kataFile}`;
    console.log(`    not started: ${test} grades its stub; npm run hint -- ${exercise.id} helps`);
    continue;
  }
  console.log(
    `    tiers passed: ${passed.length} of ${exercise.tiers.length}${passed.length ? ` (${passed.map((tier) => `${tier} ${day(records.passed[tier])}`).join(', ')})` : ''}`,
  );
  console.log(
    `    hints read: ${records.read.length} of ${hints.length}${records.read.length ? ` (${records.read.join(', ')})` : ''}`,
  );
  console.log(
    `    references read before your own passed correct: ${records.unlocked.length ? records.unlocked.join(', ') : 'none'}`,
  );
}
console.log('');

/** Per tier, the least time from a question's asking to its first pass: `correct 03:10 · edge —`. */
function bestTimes(
  tiers: readonly string[],
  questions: { firstPass: Partial<Record<string, number>>; askedAt?: number }[],
): string {
  return tiers
    .map((id) => {
      const times = questions.flatMap(({ firstPass, askedAt = 0 }) =>
        firstPass[id] === undefined ? [] : [firstPass[id] - askedAt],
      );
      return `${id} ${times.length ? clock(Math.min(...times)) : '—'}`;
    })
    .join(' · ');
}

/** The day of an ISO time, as the records are read back (2026-12-05). */
function day(iso: string): string {
  return iso.slice(0, 10);
}

const interviews = progress.interviews;
if (interviews.length === 0) {
  console.log(
    'No mock interviews yet: npm run interview starts one (45 minutes; npm run interview -- --minutes 30 for less).',
  );
} else {
  console.log(pc.bold(`Mock interviews: ${interviews.length}`));
  for (const interview of interviews) {
    for (const line of historyLines(interview)) console.log(`  ${line}`);
  }
  console.log('');
  const records = interviews.filter((i) => i.fromStub !== false);
  console.log(`  best time to each tier: ${bestTimes(TIER_IDS, records)}`);
  // A follow-up is asked when the question before it is answered: its times count from then.
  for (const exercise of EXERCISES.filter((e) => e !== MAIN_EXERCISE)) {
    const asked = records.flatMap(
      (i) => i.followUps?.filter((f) => f.exercise === exercise.id) ?? [],
    );
    if (asked.length === 0) continue;
    console.log(
      `  best time to each tier of ${exercise.id}, from when it was asked: ${bestTimes(exercise.tiers, asked)}`,
    );
  }
  console.log(
    `  hints per interview, oldest first: ${interviews.map((i) => i.hints.length).join(', ')}`,
  );
}
console.log(
  pc.dim(
    `(${PROGRESS_FILE.split(/[\\/]/).pop()}, git-ignored; npm test on your own file, hint, solution and interview add to it)`,
  ),
);
