import pc from 'picocolors';
import { hintCommand, hintForFailure, hintsOf } from '../../hints/hints';
import { claimMark, claimOf, claimStep, type Claim, type ClaimVerdict } from './claim';
import type { Exercise } from './exercises/exercise';
import { EXERCISES, exerciseOfFile, MAIN_EXERCISE } from './exercises/index';
import { DEFAULT_SOLUTION, displayPath } from './paths';
import { seedProblem } from './seed';
import { fit, wrap } from './terminalText';
import type { SpaceClass } from './tiers/space';
import type { TierId, TierResult } from './tiers/tier';

/*
 * The grade card printed at the end of every graded run: a line per tier with pass/fail and the
 * figure behind it, then the one next step to take.
 */

export type TierStatus = 'pass' | 'fail';

/** The JSON report's shape (KATA_REPORT): every tier present, and the claim, every run. */
export interface GradeReport {
  solution: string;
  /** The exercise the file answers (exercises/): its tiers are the report's. */
  exercise: string;
  tiers: Partial<Record<TierId, TierStatus>>;
  claim: { stated: string | null; verdict: ClaimVerdict };
  /** The space tier's class (null where it did not measure), and the space half of the claim. */
  space: { measured: SpaceClass | null; stated: string | null; verdict: ClaimVerdict };
}

export function gradeReport(solutionFile: string, results: TierResult[]): GradeReport {
  const byId = new Map(results.map((r) => [r.id, r]));
  const exercise = exerciseOfFile(solutionFile);
  const tiers = Object.fromEntries(
    tierIdsOf(exercise).map((id) => [id, byId.get(id)?.passed ? 'pass' : 'fail']),
  );
  const { stated, verdict, space } = claimOf(solutionFile, results);
  return {
    solution: solutionFile,
    exercise: exercise.id,
    tiers,
    claim: { stated, verdict },
    space,
  };
}

/**
 * How the learner gets a new card: under npm run watch (tools/watch.cjs sets KATA_WATCH), a save;
 * else npm test, given the file unless it is the one npm test grades alone.
 */
export function howToGradeAgain(file = DEFAULT_SOLUTION): string {
  if (process.env.KATA_WATCH) return 'save it: it is graded again right here';
  return file === DEFAULT_SOLUTION ? 'run npm test again' : `run npm test -- ${displayPath(file)}`;
}

/**
 * The one next step the card ends with: a wrong answer first, then a claim judged wrong or loose
 * (the tiers measured it), then a failing tier, then a claim not yet whole; every tier and the
 * claim passing, the references.
 */
export function nextStep(
  results: TierResult[],
  file: string,
  where = 'listed above',
  claim: Claim = claimOf(file, results),
): string {
  const shown = displayPath(file);
  const exercise = exerciseOfFile(file);
  const tierIds = tierIdsOf(exercise);
  if (results.length > 0 && results.every((r) => r.kind === 'stub')) {
    return `Start here: write ${exercise.exportName} in ${shown}, then ${howToGradeAgain(file)}. Stuck? ${hintCommand(exercise)}`;
  }
  if (results.length === 0) return 'No tier ran.';
  if (results.some((r) => r.kind === 'load')) {
    return `Next: fix ${shown} so that it loads (why it does not is above).`;
  }
  const failing = tierIds.map((id) => results.find((r) => r.id === id)).find((r) => r && !r.passed);
  if (!failing && results.length < tierIds.length) {
    return `Only some tiers ran (see the "?" lines); npm test runs all ${tierIds.length}.`;
  }
  const mendClaim = claimStep(claim);
  if (mendClaim && !failing) return `Every tier passes. Next: ${mendClaim}`;
  const judged = claim.overall === 'optimistic' || claim.overall === 'pessimistic';
  if (mendClaim && judged && failing && failing.id !== 'correct' && failing.id !== 'edge') {
    return `Next: ${mendClaim}`;
  }
  if (!failing) {
    if (exercise !== MAIN_EXERCISE) return 'Every tier passes.';
    const compare = 'Every tier passes. See yours beside the reference solutions: npm run compare.';
    const next = EXERCISES.find((e) => e.question);
    if (!next) return compare;
    return (
      `${compare} Then the interviewer's next question, ${next.question}: write ` +
      `${next.exportName} in ${next.kataFile} (the statement: ${next.statement}), then npm test -- ${next.kataFile}`
    );
  }
  const hint = hintForFailure(failing.id, failing.cause, hintsOf(exercise));
  const read = hint ? ` Stuck? ${hintCommand(exercise, String(hint.number))} (${hint.title})` : '';
  return `Next: make ${failing.id} pass; its failing checks are ${where}.${read}`;
}

export function renderGradeCard(
  solutionFile: string,
  results: TierResult[],
  seed: number,
  color = pc.isColorSupported,
  claim: Claim = claimOf(solutionFile, results),
  width?: number,
): string {
  const c = pc.createColors(color);
  // A tier's line continues under its figure (a terminal's width; none for a pipe).
  const row = (mark: string, name: string, figure: string) =>
    width === undefined
      ? ` ${mark} ${c.bold(name.padEnd(NAME_WIDTH))} ${figure}`
      : wrap(` ${mark} ${c.bold(name.padEnd(NAME_WIDTH))} ${figure}`, width, FIGURE_AT).join('\n');
  const byId = new Map(results.map((r) => [r.id, r]));
  const title = ` grade card: ${displayPath(solutionFile)} `;
  const lines = [c.bold(`──${title}${'─'.repeat(Math.max(4, 70 - title.length))}`)];
  const exercise = exerciseOfFile(solutionFile);
  if (exercise.kMeans) lines.push(fit(c.dim(` ${exercise.kMeans}`), width));
  const tierIds = tierIdsOf(exercise);
  for (const id of tierIds) {
    const result = byId.get(id);
    const mark = !result ? c.yellow('?') : result.passed ? c.green('✓') : c.red('✗');
    const figure = !result
      ? 'not run'
      : result.kind === 'load'
        ? 'the file did not load (see above)'
        : result.kind === 'stub'
          ? 'still the stub'
          : oneLine(result.figure);
    lines.push(row(mark, id, figure));
  }
  if (results.length > 0 && !results.every((r) => r.kind === 'stub' || r.kind === 'load')) {
    lines.push(row(claimMark(claim.overall, c), 'claim', claim.line));
  }
  const passed = results.filter((r) => r.passed).length;
  lines.push(
    ` ${passed} of ${tierIds.length} tiers pass (seed ${seed}${seedNote()}). ${nextStep(results, solutionFile, undefined, claim)}`,
  );
  return fit(lines.join('\n'), width);
}

/** The tiers the card shows for an exercise, in order. */
function tierIdsOf(exercise: Exercise): readonly TierId[] {
  return exercise.tiers as readonly TierId[];
}

/** A tier's name takes this many columns; its figure starts after the mark, the name and spaces. */
const NAME_WIDTH = 10;
const FIGURE_AT = ' '.repeat(NAME_WIDTH + 4);

/** The card has one line per tier, whatever a reason looks like. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

const seedNote = () => {
  const problem = seedProblem();
  return problem ? `: ${problem}` : '';
};
