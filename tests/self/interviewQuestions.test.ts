import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { Claim } from '../grader/claim';
import { InterviewQuestions, startFromStub } from '../../tools/interviewQuestions';
import type { Interview } from '../../tools/progressFile';
import { renderScorecard } from '../../tools/scorecard';
import { EXERCISES } from '../grader/exercises/index';
import type { TierResult } from '../grader/tiers/tier';

/*
 * The interview's questions on made-up gradings (no grading, no clock, no terminal): the main
 * question answered asks the follow-ups in turn, time up on a follow-up records both questions,
 * and the scorecard of that record. The real thing, in a terminal: interview.test.ts.
 */

const [main, closestFirst, closestIndex] = EXERCISES;

/** A grading in which `passed` pass and every other tier of `tiers` fails. */
const results = (tiers: readonly string[], passed: readonly string[]): TierResult[] =>
  tiers.map((id) => ({ id, passed: passed.includes(id), checks: [], figure: '' }) as TierResult);

const claim = (overall: Claim['overall'], line = `a claim that is ${overall}`): Claim => ({
  stated: 'O(stated)',
  verdict: overall,
  line,
  space: { stated: 'O(h)', measured: 'O(h + k)', verdict: overall },
  overall,
});

const frame = (endedBy: Interview['endedBy'], seconds: number) => ({
  startedAt: '2026-12-05T07:00:00.000Z',
  minutes: 5,
  endedBy,
  seconds,
  fromStub: true,
});

/** Hints taken per exercise, as the progress file would give them. */
const hints = (exercise: { id: string }) => (exercise.id === main.id ? [1, 2] : [3]);

const card = (interview: Interview, lines: readonly string[]) =>
  stripVTControlCharacters(renderScorecard(interview, lines, false));

test('the follow-ups are asked in order, each once the question before it is answered', () => {
  expect(EXERCISES.map((e) => e.id)).toEqual(['closestKValues', 'closestFirst', 'ClosestIndex']);
  const questions = new InterviewQuestions();
  expect(questions.current.exercise).toBe(main);
  // Every tier but one, then every tier under a claim that is not right: not answered.
  const allButDeep = main.tiers.filter((id) => id !== 'deep');
  expect(questions.graded(results(main.tiers, allButDeep), claim('matches'), 10)).toBe(false);
  expect(questions.graded(results(main.tiers, main.tiers), claim('optimistic'), 20)).toBe(false);
  expect(questions.graded(results(main.tiers, main.tiers), claim('pessimistic'), 25)).toBe(false);
  // A grading that ran fewer tiers (one stopped short) does not answer it either.
  expect(questions.graded(results(allButDeep, allButDeep), claim('matches'), 28)).toBe(false);
  expect(questions.graded(results(main.tiers, main.tiers), claim('matches'), 30)).toBe(true);
  expect(questions.next).toBe(closestFirst);
  expect(questions.askNext(30).exercise).toBe(closestFirst);
  // The follow-up's own tiers answer it, not the main kata's.
  expect(
    questions.graded(results(closestFirst.tiers, closestFirst.tiers), claim('matches'), 60),
  ).toBe(true);
  expect(questions.askNext(60).exercise).toBe(closestIndex);
  expect(questions.next).toBeUndefined();
  expect(() => questions.askNext(90)).toThrow('no question is left to ask');
});

describe('time up during a follow-up', () => {
  const questions = new InterviewQuestions();
  questions.graded(results(main.tiers, ['correct', 'edge']), claim('none'), 40);
  questions.graded(results(main.tiers, main.tiers), claim('matches', 'main claim line'), 100);
  questions.askNext(100);
  // edge passes above a failing correct first: not progress along the ladder.
  questions.graded(results(closestFirst.tiers, ['edge']), claim('none'), 130);
  questions.graded(
    results(closestFirst.tiers, ['correct', 'edge', 'deep']),
    claim('optimistic', 'follow-up claim line'),
    170.4,
  );
  const interview = questions.record(frame('timeUp', 300), hints);

  test('the clock names the question it finds the learner on', () => {
    expect(questions.reminder(1)).toBe('1 min left, on question 2 (closestFirst).');
    expect(new InterviewQuestions().reminder(5)).toBe(
      '5 min left, on question 1 (closestKValues).',
    );
  });

  test('records both questions: the main one as before, the follow-up after it', () => {
    expect(interview).toEqual({
      startedAt: '2026-12-05T07:00:00.000Z',
      minutes: 5,
      endedBy: 'timeUp',
      seconds: 300,
      firstPass: {
        correct: 40,
        edge: 40,
        linear: 100,
        sublinear: 100,
        optimal: 100,
        space: 100,
        deep: 100,
      },
      hints: [1, 2],
      claim: {
        stated: 'O(stated)',
        verdict: 'matches',
        space: { stated: 'O(h)', verdict: 'matches' },
        overall: 'matches',
      },
      furthest: 'deep',
      followUps: [
        {
          exercise: 'closestFirst',
          askedAt: 100,
          firstPass: { edge: 130, correct: 170, deep: 170 },
          hints: [3],
          claim: {
            stated: 'O(stated)',
            verdict: 'optimistic',
            space: { stated: 'O(h)', verdict: 'optimistic' },
            overall: 'optimistic',
          },
          furthest: 'edge',
        },
      ],
    });
  });

  test('its scorecard has a section per question asked, the one it ended on named', () => {
    const text = card(interview, questions.claimLines());
    expect(text).toContain(' ended: time was up (5 minutes), on question 2 (closestFirst)');
    expect(text).toContain(' times are counted from the start of the interview');
    expect(text).toContain(' question 1: closestKValues (asked first, answered 01:40 in)');
    expect(text).toContain(
      ` question 2: closestFirst (asked 01:40 in, not answered): ${closestFirst.question}`,
    );
    // From the interview's start: passed 02:50 in, not 01:10 after it was asked.
    expect(text).toMatch(/question 2[^]* ✓ correct +passed 02:50 in/);
    expect(text).toMatch(/question 2[^]* ✗ lazy +not passed/);
    // Each section has its own furthest tier, hints and claim, in that question's order.
    expect(text).toMatch(
      /question 1[^]*reached[^]*: deep\n hints taken: 2 \(1, 2\)\n ✓ complexity claimed: main claim line\n question 2/,
    );
    expect(text).toMatch(
      /question 2[^]*reached[^]*: edge\n hints taken: 1 \(3\)\n ✗ complexity claimed: follow-up claim line$/,
    );
    // Never asked: not shown, as a failure or otherwise.
    expect(text).not.toContain(closestIndex.id);
    expect(text).not.toContain('question 3');
  });
});

test('an interview that ended on the main question is a whole scorecard of one question', () => {
  const questions = new InterviewQuestions();
  questions.graded(results(main.tiers, ['correct']), claim('none', 'no claim yet'), 50);
  const interview = questions.record(frame('stopped', 80), hints);
  expect(interview.followUps).toBeUndefined();
  const text = card(interview, questions.claimLines());
  expect(text).toContain(' ended: you stopped it, 01:20 in\n');
  expect(text).toContain(' question 1: closestKValues (asked first, not answered)');
  expect(text).not.toMatch(/question 2|closestFirst|ClosestIndex/);
  expect(text).toContain(' furthest tier reached (every one before it passed too): correct');
});

test('every question answered ends the interview, each answered when the next was asked', () => {
  const questions = new InterviewQuestions();
  for (const [i, exercise] of EXERCISES.entries()) {
    expect(
      questions.graded(results(exercise.tiers, exercise.tiers), claim('matches'), 100 * (i + 1)),
    ).toBe(true);
    if (questions.next) questions.askNext(100 * (i + 1));
  }
  const text = card(questions.record(frame('allPassed', 300), hints), questions.claimLines());
  expect(text).toContain(' ended: every question answered, 05:00 in\n');
  expect(text).toContain('question 2: closestFirst (asked 01:40 in, answered 03:20 in)');
  expect(text).toContain('question 3: ClosestIndex (asked 03:20 in, answered 05:00 in)');
  expect(text).not.toContain('not passed');
});

describe("a follow-up's file is put back to its stub only after what it held is saved", () => {
  const stub = '// the stub\n';
  const fresh = () => mkdtempSync(path.join(os.tmpdir(), 'kata-interview-'));

  test('an attempt is saved as an attempt of that follow-up, then the stub takes its place', () => {
    const dir = fresh();
    const file = path.join(dir, 'closestFirst.ts');
    writeFileSync(file, 'my attempt\n');
    const saved = startFromStub(file, stub, 'closestFirst', path.join(dir, 'attempts'));
    expect(path.basename(saved!)).toMatch(/^closestFirst-.*\.ts$/);
    expect(readFileSync(saved!, 'utf8')).toBe('my attempt\n');
    expect(readFileSync(file, 'utf8')).toBe(stub);
  });

  test('no file, or the stub already: nothing to save', () => {
    const dir = fresh();
    const file = path.join(dir, 'closestFirst.ts');
    expect(startFromStub(file, stub, 'closestFirst', path.join(dir, 'attempts'))).toBeUndefined();
    expect(readFileSync(file, 'utf8')).toBe(stub);
    expect(startFromStub(file, stub, 'closestFirst', path.join(dir, 'attempts'))).toBeUndefined();
    expect(existsSync(path.join(dir, 'attempts'))).toBe(false);
  });

  test('a save that fails leaves the file as it was', () => {
    const dir = fresh();
    const file = path.join(dir, 'closestFirst.ts');
    writeFileSync(file, 'my attempt\n');
    const blocker = path.join(dir, 'attempts');
    writeFileSync(blocker, ''); // a file where the attempts' folder should be
    expect(() => startFromStub(file, stub, 'closestFirst', blocker)).toThrow();
    expect(readFileSync(file, 'utf8')).toBe('my attempt\n');
    expect(readdirSync(dir).sort()).toEqual(['attempts', 'closestFirst.ts']);
  });
});
