import { stripVTControlCharacters } from 'node:util';
import { historyLines, renderScorecard } from '../../tools/scorecard';
import type { Interview } from '../../tools/progressFile';

/*
 * The scorecard and npm run progress's history speak of the claim in the card's words (matches,
 * true but not tight, too optimistic), both halves, and an interview ended by its tiers says
 * whether the claim was right too; the follow-ups an interview asked have a line each. The
 * scorecard per question: interviewQuestions.test.ts; the whole interview, in a terminal:
 * interview.test.ts.
 */

const interview = (claim: Interview['claim'], endedBy: Interview['endedBy'] = 'stopped') =>
  ({
    startedAt: '2026-11-30T10:00:00.000Z',
    minutes: 45,
    endedBy,
    seconds: 754,
    firstPass: { correct: 300 },
    hints: [],
    claim,
    furthest: 'correct',
  }) satisfies Interview;

describe('the claim in the card words', () => {
  test.each<[Interview['claim'], string]>([
    [
      {
        stated: 'O(log n + k)',
        verdict: 'matches',
        space: { stated: 'O(h)', verdict: 'matches' },
        overall: 'matches',
      },
      'claim O(log n + k), space O(h) (matches)',
    ],
    [
      {
        stated: 'O(k log n)',
        verdict: 'pessimistic',
        space: { stated: 'O(h)', verdict: 'matches' },
        overall: 'pessimistic',
      },
      'claim O(k log n), space O(h) (true but not tight)',
    ],
    [
      {
        stated: 'O(log n + k)',
        verdict: 'matches',
        space: { stated: 'O(1)', verdict: 'optimistic' },
        overall: 'optimistic',
      },
      'claim O(log n + k), space O(1) (too optimistic)',
    ],
    [
      {
        stated: 'O(n)',
        verdict: 'matches',
        space: { stated: null, verdict: 'none' },
        overall: 'none',
      },
      'claim O(n) (not judged)',
    ],
    // A record from before both halves were asked for: its time half's verdict.
    [{ stated: 'O(n)', verdict: 'matches' }, 'claim O(n) (matches)'],
    [{ stated: null, verdict: 'none' }, 'claim none'],
  ])('%j: %s', (claim, words) => {
    expect(historyLines(interview(claim))[0]).toContain(words);
  });

  test('the scorecard marks the claim as the card does, and an ending by the tiers names it', () => {
    const right = interview(
      {
        stated: 'O(log n + k)',
        verdict: 'matches',
        space: { stated: 'O(h)', verdict: 'matches' },
        overall: 'matches',
      },
      'allPassed',
    );
    const card = stripVTControlCharacters(renderScorecard(right, ['the claim line'], false));
    expect(card).toContain(' ended: every tier passed and the claim is right, 12:34 in');
    expect(card).toContain(' ✓ complexity claimed: the claim line');
    const loose = interview({ stated: 'O(n^2)', verdict: 'pessimistic', overall: 'pessimistic' });
    expect(renderScorecard(loose, ['the claim line'], false)).toContain(
      ' ⚠ complexity claimed: the claim line',
    );
    // Before the claim was asked for, the tiers alone ended it: no word of the claim then.
    const old = interview({ stated: 'O(n)', verdict: 'matches' }, 'allPassed');
    expect(historyLines(old)).toEqual([expect.stringContaining('every tier passed, 12:34 in')]);
    const oneMinute = { ...interview({ stated: null, verdict: 'none' }, 'timeUp'), minutes: 1 };
    expect(renderScorecard(oneMinute, [], false)).toContain('a mock interview of 1 minute ──');
    expect(renderScorecard(oneMinute, [], false)).toContain(' ended: time was up (1 minute)\n');
  });
});

test('the history gives each follow-up asked a line of its own, after the main question', () => {
  const withFollowUp: Interview = {
    ...interview({ stated: 'O(log n + k)', verdict: 'matches', overall: 'matches' }, 'timeUp'),
    followUps: [
      {
        exercise: 'closestFirst',
        askedAt: 600,
        firstPass: { correct: 700 },
        hints: [1, 2],
        claim: { stated: 'O(h) first value, O(1) per value', verdict: 'optimistic' },
        furthest: 'correct',
      },
    ],
  };
  expect(historyLines(withFollowUp)).toEqual([
    expect.stringMatching(
      /time was up \(45 minutes\) +furthest correct +hints 0 +claim O\(log n \+ k\) \(matches\)$/,
    ),
    '  then closestFirst, asked 10:00 in: furthest correct  hints 2  claim O(h) first value, O(1) per value (too optimistic)',
  ]);
});
