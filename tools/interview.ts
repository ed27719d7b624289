import './pipe';
import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import pc from 'picocolors';
import { claimOf, claimStep, type Claim } from '../tests/grader/claim';
import { MAIN_EXERCISE } from '../tests/grader/exercises/index';
import { DEFAULT_SOLUTION, displayPath, fromRoot } from '../tests/grader/paths';
import { gradeInProcess } from '../tests/grader/process/supervisor';
import { seedFrom } from '../tests/grader/seed';
import { TIER_IDS, type TierId, type TierResult } from '../tests/grader/tiers/tier';
import { saveAttempt } from './attempts';
import { parseCommand, stop, usageError } from './cli';
import { fileErrorSentence, writeWhole } from './files';
import { markInterview, unmarkInterview } from './interviewMark';
import { addToProgress, loadProgress, ProgressError, type Interview } from './progressFile';
import { clock, renderScorecard } from './scorecard';
import { onSaves } from './watch.cjs';
import { renderMarkdown } from './markdown';
import { WIDTH } from '../tests/grader/footprintText';
import { fit, fitWidth } from '../tests/grader/terminalText';

/*
 * npm run interview [-- --minutes N]: a timed mock interview. It shows the problem, starts a
 * clock (45 minutes), and grades kata/closestKValues.ts on every save, with a short status each
 * time: time left, tiers passed, hints taken. It ends when every tier passes and the complexity
 * claim is right in both halves (an interviewer always asks for it), when time is up, or on
 * Ctrl-C, with a scorecard (when each tier first passed, hints taken, the complexity claimed
 * against the one measured, the furthest tier reached) saved in the progress file.
 */

const DEFAULT_MINUTES = 45;
/** How often the live line's clock is drawn again. */
const LIVE_MS = 1000;
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

/**
 * The problem as an interviewer states it: PROBLEM.md up to how the kata grades (the task, the
 * examples, the constraints, the rules for duplicates and ties that differ from LeetCode, the
 * follow-up).
 */
function statement(): string {
  const text = readFileSync(fromRoot(MAIN_EXERCISE.statement), 'utf8');
  return text.split('\n## Say what it costs')[0].trim();
}

const TEMPLATE = fromRoot(MAIN_EXERCISE.template);

/**
 * A mock interview starts from a blank page: an attempt in the kata file is saved in attempts/
 * first (nothing lost), when the learner agrees; otherwise the interview goes on with it and is
 * not a record. Returns whether it starts from the stub.
 */
async function fromBlankPage(file: string): Promise<boolean> {
  const stub = readFileSync(TEMPLATE, 'utf8');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : stub;
  if (current === stub) return true;
  const shown = displayPath(file);
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question(
    `${shown} holds an attempt. A mock interview starts from a blank page: save the attempt in ` +
      'attempts/ and start from the stub? [Y/n] ',
  );
  prompt.close();
  if (/^n(o)?$/i.test(answer.trim())) {
    console.log(
      pc.yellow('Going on with your attempt: this interview is not a record (no best times).'),
    );
    return false;
  }
  try {
    console.log(`Saved your attempt to ${displayPath(saveAttempt(current))}`);
    writeWhole(file, stub);
  } catch (error) {
    stop(spec.name, fileErrorSentence(error, `start ${shown} from the stub`));
  }
  return true;
}

/** Lines of a failing case shown under the status, at most. */
const CASE_LINES = 24;

class MockInterview {
  private readonly file = DEFAULT_SOLUTION;
  private readonly seed = seedFrom();
  private readonly started = Date.now();
  private readonly firstPass: Partial<Record<TierId, number>> = {};
  private claim: Claim | undefined;
  private grading = false;
  private again = false;
  private over = false;
  private readonly timers: NodeJS.Timeout[] = [];
  /** The live line at the bottom: time left, tiers passing, hints taken, redrawn every second. */
  private passing = 0;
  private live = false;
  /** The tier being graded, for the live line. */
  private gradingTier: TierId | undefined;

  constructor(
    private readonly minutes: number,
    private readonly fromStub: boolean,
  ) {}

  /** Prints above the live line, which is drawn again below. */
  private say(text: string): void {
    if (this.live) process.stdout.write('\r\x1b[2K');
    console.log(fit(text, fitWidth()));
    this.drawLive();
  }

  private drawLive(): void {
    if (this.over) return;
    this.live = true;
    const hints = this.hintsTaken().length;
    process.stdout.write(
      `\r\x1b[2K${pc.bold(`[${this.left()} left]`)} ${this.passing} of ${TIER_IDS.length} tiers pass · ` +
        `hints taken: ${hints}${this.grading ? ` · grading${this.gradingTier ? ` ${this.gradingTier}` : ''}…` : ''}`,
    );
  }

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
    const minutes = `${this.minutes} minute${this.minutes === 1 ? '' : 's'}`;
    console.log(pc.bold(`Mock interview: ${minutes}, from now.`));
    console.log('');
    const width = fitWidth() ?? WIDTH;
    console.log(renderMarkdown(statement(), width));
    console.log('');
    console.log(
      fit(
        `Write closestKValues in ${shown}: every save is graded. Say what it costs on its ` +
          '`// complexity: O(...) time, O(...) space` line: the interview is over when every tier ' +
          'passes and that claim is right. Stuck? npm run hint in another terminal (it counts as ' +
          'a hint taken). Ctrl-C ends the interview.',
        width,
      ),
    );
    console.log('');
    for (const minutesLeft of REMINDERS) {
      const at = (this.minutes - minutesLeft) * 60_000;
      if (at > 0)
        this.timers.push(setTimeout(() => this.say(pc.yellow(`${minutesLeft} min left.`)), at));
    }
    this.timers.push(setInterval(() => this.drawLive(), LIVE_MS));
    this.timers.push(setTimeout(() => this.end('timeUp'), this.minutes * 60_000));
    process.on('SIGINT', () => this.end('stopped'));
    markInterview(this.started);
    onSaves(this.file, () => void this.grade());
    void this.grade();
  }

  private async grade(): Promise<void> {
    if (this.over) return;
    if (this.grading) {
      this.again = true;
      return;
    }
    this.grading = true;
    this.gradingTier = undefined;
    this.drawLive();
    const run = await gradeInProcess(this.file, this.seed, {
      listener: {
        check: (tier) => {
          if (tier === this.gradingTier) return;
          this.gradingTier = tier;
          this.drawLive();
        },
      },
    });
    this.grading = false;
    if (this.over) return;
    const claim = this.record(run.results);
    if (
      TIER_IDS.every((id) => run.results.find((r) => r.id === id)?.passed) &&
      claim.overall === 'matches'
    ) {
      this.end('allPassed');
      return;
    }
    if (this.again) {
      this.again = false;
      void this.grade();
    }
  }

  /** Shows a grading's status, and keeps its claim (returned: judged, as the card judges it). */
  private record(results: TierResult[]): Claim {
    const at = this.elapsed();
    for (const result of results) if (result.passed) this.firstPass[result.id] ??= at;
    const claim = claimOf(this.file, results);
    this.claim = claim;
    const passed = results.filter((r) => r.passed).map((r) => r.id);
    this.passing = passed.length;
    const next = results.find((r) => !r.passed);
    const hints = this.hintsTaken().length;
    const lines = [
      '',
      `${pc.bold(`[${this.left()} left]`)} ${passed.length} of ${TIER_IDS.length} tiers pass` +
        `${passed.length ? ` (${passed.join(', ')})` : ''} · hints taken: ${hints}`,
    ];
    if (next) {
      // Whole, wrapped to the terminal by say() (cut at 160 characters it ended mid-word).
      lines.push(`  next: ${next.id}: ${next.figure.replace(/\s*\n\s*/g, ' ')}`);
      // A failing case (correct, edge) in full: the tree, what came back, why.
      const check = next.checks.find((c) => !c.passed);
      if ((next.id === 'correct' || next.id === 'edge') && check?.message) {
        const shown = check.message.split('\n');
        lines.push(...shown.slice(0, CASE_LINES).map((line) => `    ${line}`));
        if (shown.length > CASE_LINES) lines.push(`    … (npm test shows all of it)`);
      }
    }
    lines.push(`  claim: ${claim.line}`);
    const mendClaim = claimStep(claim);
    if (!next && mendClaim) lines.push(`  next: ${mendClaim}`);
    this.say(lines.join('\n'));
    return claim;
  }

  private end(endedBy: Interview['endedBy']): void {
    if (this.over) return;
    this.over = true;
    for (const timer of this.timers) clearTimeout(timer);
    unmarkInterview();
    if (this.live) process.stdout.write('\r\x1b[2K');
    // The end of the ladder climbed: every tier up to it passed (a tier passed above a failing
    // one is not progress along it).
    const climbed = TIER_IDS.findIndex((id) => this.firstPass[id] === undefined);
    const furthest = climbed === 0 ? null : TIER_IDS[(climbed < 0 ? TIER_IDS.length : climbed) - 1];
    const interview: Interview = {
      startedAt: new Date(this.started).toISOString(),
      minutes: this.minutes,
      endedBy,
      seconds: Math.round(Math.min(this.elapsed(), this.minutes * 60)),
      firstPass: Object.fromEntries(
        Object.entries(this.firstPass).map(([id, s]) => [id, Math.round(s)]),
      ),
      hints: this.hintsTaken(),
      claim: {
        stated: this.claim?.stated ?? null,
        verdict: this.claim?.verdict ?? 'none',
        space: {
          stated: this.claim?.space.stated ?? null,
          verdict: this.claim?.space.verdict ?? 'none',
        },
        overall: this.claim?.overall ?? 'none',
      },
      furthest,
      ...(!this.fromStub && { fromStub: false }),
    };
    let saved = 'Saved with your progress; npm run progress shows every interview so far.';
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
void fromBlankPage(DEFAULT_SOLUTION).then((fromStub) =>
  new MockInterview(minutes, fromStub).start(),
);
