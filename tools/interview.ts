import './pipe';
import { readFileSync, watch } from 'node:fs';
import path from 'node:path';
import pc from 'picocolors';
import { claimOf, type Claim } from '../tests/grader/claim';
import { DEFAULT_SOLUTION, displayPath, PROJECT_ROOT } from '../tests/grader/paths';
import { gradeInProcess } from '../tests/grader/process/supervisor';
import { seedFrom } from '../tests/grader/seed';
import { TIER_IDS, type TierId, type TierResult } from '../tests/grader/tiers/tier';
import { parseCommand, stop, usageError } from './cli';
import { addToProgress, loadProgress, ProgressError, type Interview } from './progressFile';
import { clock, renderScorecard } from './scorecard';

/*
 * npm run interview [-- --minutes N]: a timed mock interview. It shows the problem, starts a
 * clock (45 minutes), and grades kata/closestKValues.ts on every save, with a short status each
 * time: time left, tiers passed, hints taken. It ends when every tier passes, when time is up, or
 * on Ctrl-C, with a scorecard (when each tier first passed, hints taken, the complexity claimed
 * against the one measured, the furthest tier reached) saved in the progress file.
 */

const DEFAULT_MINUTES = 45;
/** Saves closer together than this are graded once: editors write a file in several steps. */
const SETTLE_MS = 150;
/** Minutes left at which the clock speaks up. */
const REMINDERS = [10, 5, 1];

const spec = {
  name: 'interview',
  usage: [
    'usage: npm run interview [-- --minutes N]',
    `  a timed mock interview in this terminal (${DEFAULT_MINUTES} minutes unless N, up to 600)`,
  ].join('\n'),
  options: { minutes: { type: 'string' } },
  positionals: 0,
} as const;

function minutesAsked(): number {
  const text = parseCommand(spec).values.minutes;
  if (text === undefined) return DEFAULT_MINUTES;
  const minutes = Number(text);
  if (!(Number.isFinite(minutes) && minutes > 0 && minutes <= 600)) {
    usageError(spec, `--minutes takes a number of minutes, up to 600 (got ${text})`);
  }
  return minutes;
}

/** The problem as PROBLEM.md opens: the task, the signature and the examples. */
function statement(): string {
  const text = readFileSync(path.join(PROJECT_ROOT, 'kata', 'PROBLEM.md'), 'utf8');
  return text.split('\n## Constraints')[0].trim();
}

class MockInterview {
  private readonly file = DEFAULT_SOLUTION;
  private readonly seed = seedFrom();
  private readonly started = Date.now();
  private readonly firstPass: Partial<Record<TierId, number>> = {};
  private claim: Claim | undefined;
  private grading = false;
  private again = false;
  private over = false;
  private settle: NodeJS.Timeout | undefined;
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(private readonly minutes: number) {}

  private elapsed(): number {
    return (Date.now() - this.started) / 1000;
  }

  private left(): string {
    return clock(this.minutes * 60 - this.elapsed());
  }

  /** Every hint shown since the interview started, re-reads included. */
  private hintsTaken(): number[] {
    return loadProgress()
      .progress.shown.filter((s) => Date.parse(s.at) >= this.started)
      .map((s) => s.hint);
  }

  start(): void {
    const shown = displayPath(this.file);
    console.log(pc.bold(`Mock interview: ${this.minutes} minutes, from now.`));
    console.log('');
    console.log(statement());
    console.log('');
    console.log(
      [
        `Write closestKValues in ${shown}: every save is graded. Say what it costs on its`,
        '`// complexity: O(...)` line. Stuck? npm run hint in another terminal (it counts as a hint',
        'taken). Ctrl-C ends the interview.',
      ].join('\n'),
    );
    for (const minutesLeft of REMINDERS) {
      const at = (this.minutes - minutesLeft) * 60_000;
      if (at > 0)
        this.timers.push(setTimeout(() => console.log(pc.yellow(`${minutesLeft} min left.`)), at));
    }
    this.timers.push(setTimeout(() => this.end('timeUp'), this.minutes * 60_000));
    process.on('SIGINT', () => this.end('stopped'));
    const name = path.basename(this.file);
    watch(path.dirname(this.file), (_, changed) => {
      if (changed !== name) return;
      clearTimeout(this.settle);
      this.settle = setTimeout(() => void this.grade(), SETTLE_MS);
    });
    void this.grade();
  }

  private async grade(): Promise<void> {
    if (this.over) return;
    if (this.grading) {
      this.again = true;
      return;
    }
    this.grading = true;
    const run = await gradeInProcess(this.file, this.seed);
    this.grading = false;
    if (this.over) return;
    this.record(run.results);
    if (TIER_IDS.every((id) => run.results.find((r) => r.id === id)?.passed)) {
      this.end('allPassed');
      return;
    }
    if (this.again) {
      this.again = false;
      void this.grade();
    }
  }

  private record(results: TierResult[]): void {
    const at = this.elapsed();
    for (const result of results) if (result.passed) this.firstPass[result.id] ??= at;
    this.claim = claimOf(this.file, results);
    const passed = results.filter((r) => r.passed).map((r) => r.id);
    const next = results.find((r) => !r.passed);
    const hints = this.hintsTaken().length;
    console.log('');
    console.log(
      `${pc.bold(`[${this.left()} left]`)} ${passed.length} of ${TIER_IDS.length} tiers pass` +
        `${passed.length ? ` (${passed.join(', ')})` : ''} · hints taken: ${hints}`,
    );
    if (next)
      console.log(`  next: ${next.id}: ${next.figure.replace(/\s*\n\s*/g, ' ').slice(0, 120)}`);
    console.log(`  claim: ${this.claim.line}`);
  }

  private end(endedBy: Interview['endedBy']): void {
    if (this.over) return;
    this.over = true;
    for (const timer of this.timers) clearTimeout(timer);
    const furthest = [...TIER_IDS].reverse().find((id) => this.firstPass[id] !== undefined) ?? null;
    const interview: Interview = {
      startedAt: new Date(this.started).toISOString(),
      minutes: this.minutes,
      endedBy,
      seconds: Math.round(Math.min(this.elapsed(), this.minutes * 60)),
      firstPass: Object.fromEntries(
        Object.entries(this.firstPass).map(([id, s]) => [id, Math.round(s)]),
      ),
      hints: this.hintsTaken(),
      claim: { stated: this.claim?.stated ?? null, verdict: this.claim?.verdict ?? 'none' },
      furthest,
    };
    let saved = 'Saved with your progress; npm run progress shows every interview so far.';
    console.log('');
    try {
      const { notice } = addToProgress({ interview });
      if (notice) console.log(pc.yellow(notice));
    } catch (error) {
      if (!(error instanceof ProgressError)) throw error;
      saved = `${error.message} This scorecard is not saved.`;
    }
    console.log(renderScorecard(interview, this.claim?.line ?? 'none'));
    console.log(saved);
    process.exit(0);
  }
}

const minutes = minutesAsked();
if (!process.stdin.isTTY || !process.stdout.isTTY) {
  stop(spec.name, 'it needs a terminal: it keeps a clock and grades every save. Run it in one.', 2);
}
new MockInterview(minutes).start();
