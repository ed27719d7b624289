import { hintCommand } from '../../hints/hints';
import pc from 'picocolors';
import { FOOTPRINT_OPENING } from './footprintText';
import { howToGradeAgain, renderGradeCard } from './gradeCard';
import { exerciseOfFile, MAIN_EXERCISE } from './exercises/index';
import { DEFAULT_SOLUTION, displayPath } from './paths';
import { fit } from './terminalText';
import type { GradedRun } from './process/supervisor';
import { count } from './validator';
import type { CheckResult } from './tiers/tier';

/*
 * What a graded run prints, card last: the one thing to do on the stub or a file that does not
 * load; otherwise, for each failing tier, its first failing check in full (the case, the reason,
 * the seed that replays it) and the names of its other failing checks; what the file printed while
 * it loaded, and timers it left behind, once each.
 */

const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => (line ? `    ${line}` : line))
    .join('\n');

/** The command that grades `file` on every save: npm run watch is the main kata's file's. */
function watchCommand(file: string): string {
  return file === DEFAULT_SOLUTION ? 'npm run watch' : `npm test -- ${displayPath(file)} --watch`;
}

function welcome(file: string): string {
  const shown = displayPath(file);
  const exercise = exerciseOfFile(file);
  const what =
    exercise === MAIN_EXERCISE
      ? 'Welcome to the kata: the k values closest to a target in a binary search tree.'
      : `The interviewer's next question: ${exercise.question}.`;
  return [
    what,
    `Write your solution in ${shown}; the problem, with examples, is in ${exercise.statement}.`,
    process.env.KATA_WATCH
      ? `Then ${howToGradeAgain(file)}. Stuck? ${hintCommand(exercise)}`
      : `Then ${howToGradeAgain(file)} (${watchCommand(file)} grades on every save). Stuck? ${hintCommand(exercise)}`,
  ].join('\n');
}

/** Where a check's footprint starts in its message (growthCheck.ts puts it after a blank line). */
const FOOTPRINT = `\n\n${FOOTPRINT_OPENING} `;

/**
 * For each failing tier, its first failing check in full. While correct fails, only correct's:
 * the other tiers judge code that does not work yet, and their card lines say enough. One
 * footprint a run: a later check's is one line pointing at it.
 */
function failures(run: GradedRun, seed: number, c: ReturnType<typeof pc.createColors>): string[] {
  const blocks: string[] = [];
  const correctFails = run.results.some((tier) => tier.id === 'correct' && !tier.passed);
  let drawn = false;
  for (const tier of run.results) {
    const failed = tier.checks.filter((check) => !check.passed);
    if (failed.length === 0 || (correctFails && tier.id !== 'correct')) continue;
    const [first, ...others] = failed;
    let message = first.message ?? first.figure ?? '';
    const at = message.indexOf(FOOTPRINT);
    if (at >= 0 && drawn) {
      message = `${message.slice(0, at)}\n\n(One footprint a run: see above; npm run footprint draws any query.)`;
    }
    drawn ||= at >= 0;
    // Only the correct tier's cases come from the seed; the others are the same under every seed.
    const replay =
      tier.id === 'correct'
        ? `\nseed ${seed}: every run grades the same cases (KATA_SEED=<n> picks other generated ones)`
        : '';
    const names = (checks: CheckResult[]) => checks.map((check) => check.name).join('; ');
    const alsoFailing = others.filter((check) => !check.notRun);
    const notRun = others.filter((check) => check.notRun);
    // Left out for a file that states no complexity: they measure only what a claim is held against.
    const why = notRun.some((check) => check.notRun === 'unclaimed')
      ? ' (they measure what a stated complexity is held against, and the file states none)'
      : '';
    const also = [
      alsoFailing.length ? `also failing in ${tier.id}: ${names(alsoFailing)}` : '',
      notRun.length ? `not run, as ${tier.id} already failed${why}: ${names(notRun)}` : '',
    ]
      .filter(Boolean)
      .map((line) => `\n${c.dim(line)}`)
      .join('');
    blocks.push(
      `${c.red('✗')} ${c.bold(`${tier.id} › ${first.name}`)}\n${indent(`${message}${replay}`)}${also}`,
    );
  }
  if (correctFails && run.results.some((tier) => tier.id !== 'correct' && !tier.passed)) {
    blocks.push(
      c.dim('The other tiers judge code that works: their details come once correct passes.'),
    );
  }
  return blocks;
}

/**
 * The file's TypeScript errors, as a note: printed below the card when the check is done. Only a
 * file that loaded was run in spite of them.
 */
export function typeNote(types: string[], loaded: boolean): string {
  const ran = loaded ? '; the grader ran it all the same' : '';
  return [
    `Note: TypeScript finds errors in your file (LeetCode's compiler would refuse it${ran}):`,
    ...types.map((line) => `  ${line}`),
  ].join('\n');
}

function notes(run: GradedRun): string[] {
  const out: string[] = [];
  const { lines, total } = run.output;
  if (total > 0) {
    const shown = lines.length < total ? `, the first ${lines.length} shown` : '';
    out.push(
      [
        `Your file printed ${count(total, 'line')} while it loaded${shown}:`,
        ...lines.map((line) => `  | ${line}`),
      ].join('\n'),
    );
  }
  const { topLevel, calls } = run.timers;
  if (topLevel > 0) {
    out.push(
      `Note: your file starts ${count(topLevel, 'timer')} at top level (setTimeout, setInterval…) ` +
        'that would keep Node running after your code is done. The grader stops it; remove it.',
    );
  }
  if (calls > 0) {
    out.push(
      `Note: your function left ${count(calls, 'timer')} pending after it returned; in a real ` +
        'program they would keep Node running. The grader stops them; clear them, or do not start them.',
    );
  }
  return out;
}

export function renderRun(
  file: string,
  run: GradedRun,
  seed: number,
  color = pc.isColorSupported,
  /** A terminal's columns, to wrap every line to (fitWidth); none for a pipe. */
  width?: number,
): string {
  const c = pc.createColors(color);
  const parts: string[] = [];
  if (!run.loaded.ok) {
    parts.push(
      `${c.red('✗')} ${c.bold(`${displayPath(file)} did not load`)}\n${indent(run.loaded.reason)}`,
    );
  } else if (run.results.every((tier) => tier.kind === 'stub')) {
    parts.push(welcome(file));
  } else {
    parts.push(...failures(run, seed, c));
  }
  parts.push(...notes(run), renderGradeCard(file, run.results, seed, color, undefined, width));
  return fit(parts.join('\n\n'), width);
}
