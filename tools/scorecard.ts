import pc from 'picocolors';
import { claimMark, VERDICT_WORDS } from '../tests/grader/claim';
import { exerciseById, MAIN_EXERCISE } from '../tests/grader/exercises/index';
import type { Interview } from './progressFile';

/* A mock interview's scorecard, and a session as lines of the history (npm run progress). */

/** 754 seconds as "12:34". */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** An interview's questions in the order asked, the main one first, with when each was answered. */
interface QuestionShown {
  exercise: string;
  askedAt: number;
  firstPass: Record<string, number | undefined>;
  hints: number[];
  claim: Interview['claim'];
  furthest: string | null;
  /** Seconds in, when the question after it was asked, or the last one ended the interview. */
  answeredAt?: number;
}

function questionsOf(interview: Interview): QuestionShown[] {
  const questions: QuestionShown[] = [
    { ...interview, exercise: MAIN_EXERCISE.id, askedAt: 0 },
    ...(interview.followUps ?? []),
  ];
  return questions.map((question, i) => ({
    ...question,
    answeredAt:
      questions[i + 1]?.askedAt ??
      (interview.endedBy === 'allPassed' ? interview.seconds : undefined),
  }));
}

const minutes = (n: number) => `${n} minute${n === 1 ? '' : 's'}`;

function ending(interview: Interview): string {
  const asked = interview.followUps?.length ?? 0;
  switch (interview.endedBy) {
    case 'allPassed':
      if (asked > 0) return `every question answered, ${clock(interview.seconds)} in`;
      // Since both halves of the claim are asked for, it ends only when they are right too.
      return `every tier passed${interview.claim.overall === 'matches' ? ' and the claim is right' : ''}, ${clock(interview.seconds)} in`;
    case 'timeUp':
      return `time was up (${minutes(interview.minutes)})`;
    case 'stopped':
      return `you stopped it, ${clock(interview.seconds)} in`;
  }
}

/** The claim in the card's words: `O(log n + k), space O(h) (matches)`. */
function claimWords({ claim }: Pick<Interview, 'claim'>): string {
  const space = claim.space?.stated;
  if (claim.stated === null && !space) return 'none';
  const stated = [claim.stated ?? 'time not stated', space ? `space ${space}` : null];
  return `${stated.filter(Boolean).join(', ')} (${VERDICT_WORDS[claim.overall ?? claim.verdict]})`;
}

/**
 * The scorecard: per question asked (questions never reached are not shown: an interview that
 * ended on the main question is a whole scorecard of one), when each tier first passed, counted
 * from the interview's start as its one clock ran, the furthest tier, hints and the claim, whose
 * line as the last grading said it is `claimLines[i]`.
 */
export function renderScorecard(
  interview: Interview,
  claimLines: readonly string[],
  color = pc.isColorSupported,
): string {
  const c = pc.createColors(color);
  const title = ` scorecard: a mock interview of ${minutes(interview.minutes)}${interview.fromStub === false ? ', on an attempt begun before it (not a record)' : ''} `;
  const lines = [c.bold(`──${title}${'─'.repeat(Math.max(4, 70 - title.length))}`)];
  const questions = questionsOf(interview);
  const last = questions[questions.length - 1];
  const on = questions.length > 1 && last.answeredAt === undefined;
  lines.push(
    ` ended: ${ending(interview)}${on ? `, on question ${questions.length} (${last.exercise})` : ''}`,
  );
  lines.push(' times are counted from the start of the interview');
  questions.forEach((question, i) => {
    const exercise = exerciseById(question.exercise);
    const asked = i === 0 ? 'asked first' : `asked ${clock(question.askedAt)} in`;
    const answered =
      question.answeredAt === undefined
        ? 'not answered'
        : `answered ${clock(question.answeredAt)} in`;
    lines.push(
      c.bold(` question ${i + 1}: ${question.exercise} (${asked}, ${answered})`) +
        (exercise?.question ? `: ${exercise.question}` : ''),
    );
    for (const id of exercise?.tiers ?? Object.keys(question.firstPass)) {
      const at = question.firstPass[id];
      lines.push(
        ` ${at === undefined ? c.red('✗') : c.green('✓')} ${id.padEnd(10)} ${at === undefined ? 'not passed' : `passed ${clock(at)} in`}`,
      );
    }
    lines.push(
      ` furthest tier reached (every one before it passed too): ${question.furthest ?? 'none yet'}`,
    );
    const hints = question.hints;
    lines.push(` hints taken: ${hints.length}${hints.length ? ` (${hints.join(', ')})` : ''}`);
    lines.push(
      ` ${claimMark(question.claim.overall ?? question.claim.verdict, c)} complexity claimed: ${claimLines[i] ?? claimWords(question)}`,
    );
  });
  return lines.join('\n');
}

/**
 * An interview in the history: a line of when, how long, how it ended, how far, hints and claim,
 * then a line for each follow-up it asked.
 */
export function historyLines(interview: Interview): string[] {
  const when = interview.startedAt.slice(0, 16).replace('T', ' ');
  return [
    `${when}  ${String(interview.minutes).padStart(3)} min  ${ending(interview).padEnd(30)}  ` +
      `furthest ${(interview.furthest ?? '—').padEnd(9)}  hints ${interview.hints.length}  claim ${claimWords(interview)}` +
      (interview.fromStub === false ? '  (on an earlier attempt: not a record)' : ''),
    ...questionsOf(interview)
      .slice(1)
      .map(
        (question) =>
          `  then ${question.exercise}, asked ${clock(question.askedAt)} in: furthest ${question.furthest ?? '—'}  ` +
          `hints ${question.hints.length}  claim ${claimWords(question)}`,
      ),
  ];
}
