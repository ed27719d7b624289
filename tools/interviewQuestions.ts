import { existsSync, readFileSync } from 'node:fs';
import type { Claim } from '../tests/grader/claim';
import type { Exercise } from '../tests/grader/exercises/exercise';
import { EXERCISES } from '../tests/grader/exercises/index';
import type { TierResult } from '../tests/grader/tiers/tier';
import { saveAttempt } from './attempts';
import { writeWhole } from './files';
import type { FollowUp, Interview } from './progressFile';

/*
 * The questions of a mock interview, in the order the interviewer asks them: the main kata, then
 * each follow-up (EXERCISES' order) once the question before it is answered (every tier passes
 * and the claim is right) with time left. What each question reached is kept here, apart from the
 * terminal and the clock, so that the record and the scorecard can be checked on made-up gradings
 * (interviewQuestions.test.ts); interview.ts feeds it real ones.
 */

export interface Question {
  exercise: Exercise;
  /** Seconds from the interview's start to when it was asked. */
  askedAt: number;
  /** Seconds from the interview's start to the first grading in which each tier passed. */
  firstPass: Record<string, number>;
  /** Its claim at its last grading, judged as the card judges it. */
  claim?: Claim;
}

/** The interview's record less what only the interview knows: when, how long, how it ended. */
export type InterviewFrame = Pick<
  Interview,
  'startedAt' | 'minutes' | 'endedBy' | 'seconds' | 'fromStub'
>;

export class InterviewQuestions {
  readonly asked: Question[] = [{ exercise: EXERCISES[0], askedAt: 0, firstPass: {} }];

  get current(): Question {
    return this.asked[this.asked.length - 1];
  }

  /** The question the interviewer asks once the current one is answered, if any is left. */
  get next(): Exercise | undefined {
    return EXERCISES[this.asked.length];
  }

  /**
   * Keeps a grading of the current question, `at` seconds in; returns whether it answers it:
   * every one of its tiers passes and its claim is right (an interviewer asks for both).
   */
  graded(results: TierResult[], claim: Claim, at: number): boolean {
    const question = this.current;
    for (const result of results) if (result.passed) question.firstPass[result.id] ??= at;
    question.claim = claim;
    return (
      question.exercise.tiers.every((id) => results.find((r) => r.id === id)?.passed) &&
      claim.overall === 'matches'
    );
  }

  /** Asks the next question, `at` seconds in. */
  askNext(at: number): Question {
    const exercise = this.next;
    if (!exercise) throw new Error('no question is left to ask');
    const question = { exercise, askedAt: at, firstPass: {} };
    this.asked.push(question);
    return question;
  }

  /** The record of the interview: the main question's fields as before, each follow-up's after. */
  record(frame: InterviewFrame, hintsOf: (exercise: Exercise) => number[]): Interview {
    const [main, ...followUps] = this.asked.map((question) => ({
      firstPass: Object.fromEntries(
        Object.entries(question.firstPass).map(([id, s]) => [id, Math.round(s)]),
      ),
      hints: hintsOf(question.exercise),
      claim: claimRecord(question.claim),
      furthest: furthest(question.exercise.tiers, question.firstPass),
    }));
    const { fromStub, ...rest } = frame;
    return {
      ...rest,
      ...(main as Pick<Interview, 'firstPass' | 'hints' | 'claim' | 'furthest'>),
      ...(fromStub === false && { fromStub }),
      ...(followUps.length > 0 && {
        followUps: followUps.map((question, i): FollowUp => ({
          exercise: this.asked[i + 1].exercise.id,
          askedAt: Math.round(this.asked[i + 1].askedAt),
          ...question,
        })),
      }),
    };
  }

  /** What the clock says with `minutes` left: the time, and the question it finds the learner on. */
  reminder(minutes: number): string {
    return `${minutes} min left, on question ${this.asked.length} (${this.current.exercise.id}).`;
  }

  /** Each question's claim line, as its last grading's card said it. */
  claimLines(): string[] {
    return this.asked.map((question) => question.claim?.line ?? 'none');
  }
}

/**
 * The end of the ladder climbed: the last tier, in the card's order, that passed with every tier
 * before it (a tier passed above a failing one is not progress along it); null if none.
 */
function furthest(tiers: readonly string[], firstPass: Record<string, number>): string | null {
  const climbed = tiers.findIndex((id) => firstPass[id] === undefined);
  return climbed === 0 ? null : tiers[(climbed < 0 ? tiers.length : climbed) - 1];
}

function claimRecord(claim: Claim | undefined): Interview['claim'] {
  return {
    stated: claim?.stated ?? null,
    verdict: claim?.verdict ?? 'none',
    space: { stated: claim?.space.stated ?? null, verdict: claim?.space.verdict ?? 'none' },
    overall: claim?.overall ?? 'none',
  };
}

/**
 * Puts `stub` in `file`, after saving what the file holds (unless it is missing or the stub
 * already) as an attempt of `exercise` in `dir`: never before, so that a save that fails leaves
 * the file as it was. Returns the attempt written, if any; throws what the file system throws.
 */
export function startFromStub(
  file: string,
  stub: string,
  exercise: string,
  dir?: string,
): string | undefined {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : stub;
  const saved = current === stub ? undefined : saveAttempt(current, dir, new Date(), exercise);
  writeWhole(file, stub);
  return saved;
}
