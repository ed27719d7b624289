import { stripVTControlCharacters } from 'node:util';
import { hintForTier, loadHints } from '../../hints/hints';
import type { Claim, ClaimVerdict } from '../grader/claim';
import { gradeReport, renderGradeCard } from '../grader/gradeCard';
import { DEFAULT_SOLUTION } from '../grader/paths';
import { renderRun } from '../grader/runReport';
import { TIER_IDS, type TierId, type TierResult } from '../grader/tiers/tier';

const result = (id: TierId, passed: boolean, kind?: TierResult['kind']): TierResult => ({
  id,
  passed,
  kind,
  checks: [],
  figure: passed ? `${id} figure` : `${id} failed`,
});
const card = (results: TierResult[]) =>
  stripVTControlCharacters(renderGradeCard(DEFAULT_SOLUTION, results, 272));

describe('grade card', () => {
  test('names all seven tiers, with a mark and the figure behind each', () => {
    const text = card(TIER_IDS.map((id, i) => result(id, i < 3)));
    for (const [i, id] of TIER_IDS.entries()) {
      expect(text).toMatch(
        new RegExp(` ${i < 3 ? '✓' : '✗'} ${id} +${id} ${i < 3 ? 'figure' : 'failed'}`),
      );
    }
    expect(text).toContain('grade card: kata/closestKValues.ts');
    expect(text).toContain('3 of 7 tiers pass (seed 272)');
  });

  test('points a stub at the kata file', () => {
    expect(card(TIER_IDS.map((id) => result(id, false, 'stub')))).toContain(
      'Start here: write closestKValues in kata/closestKValues.ts',
    );
  });

  test('points at the hint for the first failing tier', () => {
    const text = card(TIER_IDS.map((id) => result(id, id !== 'optimal' && id !== 'deep')));
    const hint = hintForTier('optimal')!;
    expect(text).toContain(`Next: make optimal pass`);
    expect(text).toContain(`npm run hint -- ${hint.number} (${hint.title})`);
  });

  test('a file that does not load: one line per tier, and a pointer to the reason above', () => {
    const reason = 'x.ts: it does not compile: Expected "]" but found "}" (line 2:17)';
    const unloaded = TIER_IDS.map((id) => ({
      ...result(id, false, 'load'),
      checks: [{ name: 'load', passed: false, kind: 'load' as const, message: reason }],
    }));
    const lines = card(unloaded).split('\n');
    expect(lines).toHaveLength(TIER_IDS.length + 2);
    expect(lines[1]).toMatch(/✗ correct +the file did not load/);
    expect(lines[lines.length - 1]).toMatch(
      /Next: fix .* so that it loads \(why it does not is above\)\.$/,
    );
    expect(lines.join('\n')).not.toContain('does not compile'); // the reason is shown once, above
  });

  /** A claim judged: the time half `verdict`, the space half too unless given. */
  const claim = (
    verdict: ClaimVerdict,
    space: Partial<Claim['space']> = {},
    stated: string | null = 'O(log n + k)',
  ): Claim => ({
    stated,
    verdict,
    line: 'the claim line',
    space: { stated: 'O(h)', measured: 'O(h + k)', verdict, ...space },
    // the worse half, as claim.ts's overallOf
    overall: (['optimistic', 'pessimistic', 'none', 'matches'] as const).find((v) =>
      [verdict, space.verdict ?? verdict].includes(v),
    )!,
  });
  const judged = (results: TierResult[], c: Claim) =>
    stripVTControlCharacters(renderGradeCard(DEFAULT_SOLUTION, results, 272, false, c));
  const allPass = TIER_IDS.map((id) => result(id, true));

  test('sends a learner who passes every tier and the claim to compare', () => {
    const text = judged(allPass, claim('matches'));
    expect(text).toContain(' ✓ claim      the claim line');
    expect(text).toContain(
      'Every tier passes. See yours beside the reference solutions: npm run compare. ' +
        "Then the interviewer's next question, what if you don't know k in advance?",
    );
  });

  test('under a claim that does not pass, the next step is the claim, and its mark says why', () => {
    const wrongSpace = judged(allPass, claim('matches', { stated: 'O(1)', verdict: 'optimistic' }));
    expect(wrongSpace).toContain(' ✗ claim      the claim line');
    expect(wrongSpace).toContain(
      '7 of 7 tiers pass (seed 272). Every tier passes. Next: mend your claim: its space half is too optimistic;',
    );
    expect(wrongSpace).not.toContain('npm run compare');
    const loose = judged(allPass, claim('pessimistic', { verdict: 'matches' }));
    expect(loose).toContain(' ⚠ claim      the claim line');
    expect(loose).toContain(
      'Next: mend your claim: its time half is true but not tight; tighten it to what the claim line says was measured.',
    );
    // Measured by reads alone, which cannot see work off the tree: the next step says so.
    const aboveReads = judged(allPass, {
      ...claim('pessimistic', { verdict: 'matches' }),
      aboveReads: true,
    });
    expect(aboveReads).toContain(
      'Next: mend your claim: its time half is true but not tight for the reads; tighten it to what the claim line says was measured, or, if your code does more work off the tree than it reads, make that work go.',
    );
    // A loose space half: work off the tree has nothing to do with it.
    const looseSpace = judged(allPass, claim('matches', { verdict: 'pessimistic' }));
    expect(looseSpace).toContain(
      'Next: mend your claim: its space half is true but not tight; tighten it to what the claim line says was measured.',
    );
    const noSpace = judged(allPass, claim('none', { stated: null, verdict: 'none' }));
    expect(noSpace).toContain(' · claim      the claim line');
    expect(noSpace).toContain(
      'Every tier passes. Next: add the space half to your claim: `// complexity: O(log n + k) time, O(...) space`.',
    );
    // A tier that measured the claim wrong: the claim first; a wrong answer comes before both.
    const noSublinear = TIER_IDS.map((id) => result(id, id !== 'sublinear' && id !== 'optimal'));
    expect(judged(noSublinear, claim('optimistic'))).toContain(
      '5 of 7 tiers pass (seed 272). Next: mend your claim: its time half is too optimistic and its space half is too optimistic;',
    );
    expect(judged(noSublinear, claim('none', { stated: null, verdict: 'none' }))).toContain(
      'Next: make sublinear pass',
    );
    const wrongAnswer = TIER_IDS.map((id) => result(id, id !== 'edge' && id !== 'optimal'));
    expect(judged(wrongAnswer, claim('optimistic'))).toContain('Next: make edge pass');
  });

  test('marks tiers that did not run, and the JSON report still names every tier', () => {
    expect(card([result('correct', true)])).toMatch(/\? edge +not run/);
    expect(card([result('correct', true)])).toContain('Only some tiers ran');
    expect(gradeReport('/x.ts', [result('correct', true)])).toEqual({
      solution: '/x.ts',
      exercise: 'closestKValues',
      tiers: {
        correct: 'pass',
        edge: 'fail',
        linear: 'fail',
        sublinear: 'fail',
        optimal: 'fail',
        space: 'fail',
        deep: 'fail',
      },
      claim: { stated: null, verdict: 'none' },
      space: { measured: null, stated: null, verdict: 'none' },
    });
  });

  test('every tier has a hint that helps with it', () => {
    const hints = loadHints();
    for (const id of TIER_IDS) expect(hints.some((h) => h.tiers.includes(id))).toBe(true);
  });
});

test('checks a stop kept from running are said as not run, never as failing', () => {
  const failed = {
    name: 'first check',
    passed: false,
    kind: 'wrongAnswer' as const,
    message: 'why',
  };
  const alsoFailed = { ...failed, name: 'second check' };
  const notRun = { ...failed, name: 'third check', notRun: true as const, message: 'not run' };
  const correct = {
    ...result('correct', false, 'wrongAnswer'),
    checks: [failed, alsoFailed, notRun],
  };
  const run = {
    loaded: { ok: true as const },
    output: { lines: [], total: 0 },
    timers: { topLevel: 0, calls: 0 },
    results: [correct],
    otherSeeds: [],
    footprints: [],
  };
  const text = stripVTControlCharacters(renderRun(DEFAULT_SOLUTION, run, 272, false));
  expect(text).toContain('also failing in correct: second check\n');
  expect(text).toContain('not run, as correct already failed: third check\n');
});
