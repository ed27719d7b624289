import './pipe';
import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import pc from 'picocolors';
import { claimOf, claimStep, type Claim } from '../tests/grader/claim';
import type { Exercise } from '../tests/grader/exercises/exercise';
import { exerciseOfFile, MAIN_EXERCISE } from '../tests/grader/exercises/index';
import { DEFAULT_SOLUTION, displayPath, fromRoot } from '../tests/grader/paths';
import { gradeInProcess } from '../tests/grader/process/supervisor';
import { seedFrom } from '../tests/grader/seed';
import type { TierResult } from '../tests/grader/tiers/tier';
import { parseCommand, stop, usageError } from './cli';
import { fileErrorSentence } from './files';
import { InterviewQuestions, startFromStub } from './interviewQuestions';
import { markInterview, unmarkInterview } from './interviewMark';
import {
  addToProgress,
  loadProgress,
  ProgressError,
  progressOf,
  type Interview,
} from './progressFile';
import { clock, renderScorecard } from './scorecard';
import { onSaves } from './watch.cjs';
import { renderMarkdown } from './markdown';
import { fit, fitWidth, visibleLength, WIDTH } from '../tests/grader/terminalText';

/*
 * npm run interview [-- --minutes N]: a timed mock interview. It states the problem, starts a
 * clock (45 minutes), and grades kata/closestKValues.ts on every save, with a short status each
 * time: time left, tiers passed, hints taken. The question is answered when every tier passes and
 * the complexity claim is right in both halves (an interviewer always asks for it); with time
 * left, the interviewer then asks the follow-ups one by one (closestFirst, then ClosestIndex), each
 * on its own kata file started from its stub, the clock running on. It ends when the last question
 * is answered, when time is up, or on Ctrl-C, with a scorecard per question asked (when each tier
 * first passed, hints taken, the complexity claimed against the one measured, the furthest tier
 * reached) saved in the progress file.
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
 * A question as an interviewer states it: its statement up to how the kata grades or what it
 * costs, whichever comes first (the task, the examples, the rules that differ from LeetCode, the
 * main kata's follow-up; how it is graded and the claim's form are said below it).
 */
function statement(exercise: Exercise): string {
  const text = readFileSync(fromRoot(exercise.statement), 'utf8');
  return text.split(/\n## (?:Say what it costs|How you are graded)\b/)[0].trim();
}

const stubOf = (exercise: Exercise) => readFileSync(fromRoot(exercise.template), 'utf8');

/**
 * A mock interview starts from a blank page: an attempt in the kata file is saved in attempts/
 * first (nothing lost), when the learner agrees; otherwise the interview goes on with it and is
 * not a record. Returns whether it starts from the stub.
 */
async function fromBlankPage(file: string): Promise<boolean> {
  const stub = stubOf(MAIN_EXERCISE);
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
    const saved = startFromStub(file, stub, MAIN_EXERCISE.id);
    if (saved) console.log(`Saved your attempt to ${displayPath(saved)}`);
  } catch (error) {
    stop(spec.name, fileErrorSentence(error, `start ${shown} from the stub`));
  }
  return true;
}

/** Lines of a failing case shown under the status, at most. */
const CASE_LINES = 24;

class MockInterview {
  private readonly seed = seedFrom();
  private readonly started = Date.now();
  private readonly questions = new InterviewQuestions();
  private grading = false;
  private again = false;
  private over = false;
  private readonly timers: NodeJS.Timeout[] = [];
  /** The watch on the current question's file. */
  private watcher: { close(): void } | undefined;
  /** The live line at the bottom: time left, the question, tiers passing, hints, redrawn every second. */
  private passing = 0;
  private live = false;
  /** The tier being graded, for the live line. */
  private gradingTier: string | undefined;

  constructor(
    private readonly minutes: number,
    private readonly fromStub: boolean,
  ) {}

  private get exercise(): Exercise {
    return this.questions.current.exercise;
  }

  private get file(): string {
    return fromRoot(this.exercise.kataFile);
  }

  /** Prints above the live line, which is drawn again below. */
  private say(text: string): void {
    if (this.live) process.stdout.write('\r\x1b[2K');
    console.log(fit(text, fitWidth()));
    this.drawLive();
  }

  private drawLive(): void {
    if (this.over) return;
    this.live = true;
    const parts = [
      pc.bold(`[${this.left()} left]`),
      `${this.exercise.id}: ${this.passing} of ${this.exercise.tiers.length} tiers pass`,
      `hints: ${this.hintsTaken().length}`,
      ...(this.grading ? [`grading${this.gradingTier ? ` ${this.gradingTier}` : ''}…`] : []),
    ];
    // One row, whatever the width: a line that wrapped would leave its first row behind at each
    // redraw. What does not fit goes, last first.
    const width = (fitWidth() ?? WIDTH) - 1;
    const line = () => `${parts[0]} ${parts.slice(1).join(' · ')}`;
    while (parts.length > 2 && visibleLength(line()) > width) parts.pop();
    process.stdout.write(`\r\x1b[2K${line()}`);
  }

  private elapsed(): number {
    return (Date.now() - this.started) / 1000;
  }

  private left(): string {
    return clock(this.minutes * 60 - this.elapsed());
  }

  /** The hints of `exercise` shown since the interview started, re-reads included. */
  private hintsTaken(exercise = this.exercise): number[] {
    return progressOf(loadProgress().progress, exercise.id)
      .shown.filter((s) => Date.parse(s.at) >= this.started)
      .map((s) => s.hint);
  }

  start(): void {
    const minutes = `${this.minutes} minute${this.minutes === 1 ? '' : 's'}`;
    console.log(pc.bold(`Mock interview: ${minutes}, from now.`));
    console.log('');
    this.state();
    for (const minutesLeft of REMINDERS) {
      const at = (this.minutes - minutesLeft) * 60_000;
      if (at > 0)
        this.timers.push(
          setTimeout(() => this.say(pc.yellow(this.questions.reminder(minutesLeft))), at),
        );
    }
    this.timers.push(setInterval(() => this.drawLive(), LIVE_MS));
    this.timers.push(setTimeout(() => this.end('timeUp'), this.minutes * 60_000));
    process.on('SIGINT', () => this.end('stopped'));
    markInterview(this.started);
    this.watch();
  }

  /** The current question, as the interviewer states it, and how it is answered. */
  private state(): void {
    const exercise = this.exercise;
    const width = fitWidth() ?? WIDTH;
    console.log(renderMarkdown(statement(exercise), width));
    console.log('');
    const claimLine = /^\/\/ complexity:.*$/m.exec(stubOf(exercise))?.[0] ?? '// complexity:';
    const hint = exercise === MAIN_EXERCISE ? 'npm run hint' : `npm run hint -- ${exercise.id}`;
    console.log(
      fit(
        `Write ${exercise.exportName} in ${displayPath(this.file)}: every save is graded. Say ` +
          `what it costs on its \`${claimLine}\` line: the question is answered when every tier ` +
          `passes and that claim is right${this.questions.next ? '; with time left, the interviewer then asks a follow-up' : ''}. Stuck? ${hint} in another terminal (it counts as a ` +
          'hint taken). Ctrl-C ends the interview.',
        width,
      ),
    );
    console.log('');
  }

  /** Grades the current question's file now and on every save. */
  private watch(): void {
    this.watcher?.close();
    this.watcher = onSaves(this.file, () => void this.grade());
    void this.grade();
  }

  private async grade(): Promise<void> {
    if (this.over) return;
    if (this.grading) {
      this.again = true;
      return;
    }
    const file = this.file;
    const exercise = this.exercise;
    // A file that does not declare the question's export would be graded as another exercise.
    const readsAs = exerciseOfFile(file);
    if (readsAs !== exercise) {
      const why =
        readsAs === MAIN_EXERCISE
          ? `declares no ${exercise.exportName} yet`
          : `declares ${readsAs.exportName}, which makes it ${readsAs.id}'s file`;
      this.say(`${displayPath(file)} ${why}: this question asks for ${exercise.declaration}`);
      return;
    }
    this.grading = true;
    this.gradingTier = undefined;
    this.drawLive();
    const run = await gradeInProcess(file, this.seed, {
      listener: {
        check: (tier) => {
          if (tier === this.gradingTier) return;
          this.gradingTier = tier;
          this.drawLive();
        },
      },
    });
    this.grading = false;
    if (this.over || exercise !== this.exercise) return;
    const claim = claimOf(file, run.results);
    const answered = this.questions.graded(run.results, claim, this.elapsed());
    this.show(run.results, claim);
    if (answered) {
      this.again = false;
      this.answered();
      return;
    }
    if (this.again) {
      this.again = false;
      void this.grade();
    }
  }

  /**
   * The current question is answered: the interview ends when it was the last; otherwise the
   * interviewer asks the next, on its own file, from its stub (what the file held saved first).
   */
  private answered(): void {
    const next = this.questions.next;
    if (!next) {
      this.end('allPassed');
      return;
    }
    const number = this.questions.asked.length;
    const file = fromRoot(next.kataFile);
    let saved: string | undefined;
    try {
      saved = startFromStub(file, stubOf(next), next.id);
    } catch (error) {
      // Its file as it is, rather than lose it: said, and the question asked all the same.
      this.say(
        pc.yellow(`${fileErrorSentence(error, `start ${displayPath(file)} from the stub`)}`),
      );
    }
    this.questions.askNext(this.elapsed());
    this.passing = 0;
    if (this.live) process.stdout.write('\r\x1b[2K');
    this.live = false;
    const width = fitWidth();
    console.log('');
    console.log(
      fit(
        pc.bold(
          `Question ${number} answered, ${clock(this.elapsed())} in. The interviewer asks a ` +
            `follow-up, question ${number + 1} (the clock runs on: ${this.left()} left):`,
        ),
        width,
      ),
    );
    if (saved) {
      console.log(fit(`Saved your earlier ${next.kataFile} to ${displayPath(saved)}`, width));
    }
    console.log('');
    this.state();
    this.watch();
  }

  /** Shows a grading's status. */
  private show(results: TierResult[], claim: Claim): void {
    const passed = results.filter((r) => r.passed).map((r) => r.id);
    this.passing = passed.length;
    const next = results.find((r) => !r.passed);
    const hints = this.hintsTaken().length;
    const lines = [
      '',
      `${pc.bold(`[${this.left()} left]`)} ${this.exercise.id}: ${passed.length} of ${this.exercise.tiers.length} tiers pass` +
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
  }

  private end(endedBy: Interview['endedBy']): void {
    if (this.over) return;
    this.over = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.watcher?.close();
    unmarkInterview();
    if (this.live) process.stdout.write('\r\x1b[2K');
    const interview = this.questions.record(
      {
        startedAt: new Date(this.started).toISOString(),
        minutes: this.minutes,
        endedBy,
        seconds: Math.round(Math.min(this.elapsed(), this.minutes * 60)),
        fromStub: this.fromStub,
      },
      (exercise) => this.hintsTaken(exercise),
    );
    let saved = 'Saved with your progress; npm run progress shows every interview so far.';
    try {
      const { notice } = addToProgress({ interview });
      if (notice) console.log(pc.yellow(notice));
    } catch (error) {
      if (!(error instanceof ProgressError)) throw error;
      saved = `${error.message} This scorecard is not saved.`;
    }
    console.log(fit(renderScorecard(interview, this.questions.claimLines()), fitWidth()));
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
