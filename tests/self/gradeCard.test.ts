import { stripVTControlCharacters } from 'node:util';
import { hintForTier, loadHints } from '../../hints/hints';
import { gradeReport, renderGradeCard } from '../grader/gradeCard';
import { DEFAULT_SOLUTION } from '../grader/paths';
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

  test('sends a learner who passes everything to compare', () => {
    expect(card(TIER_IDS.map((id) => result(id, true)))).toContain('npm run compare');
  });

  test('marks tiers that did not run, and the JSON report still names every tier', () => {
    expect(card([result('correct', true)])).toMatch(/\? edge +not run/);
    expect(card([result('correct', true)])).toContain('Only some tiers ran');
    expect(gradeReport('/x.ts', [result('correct', true)])).toEqual({
      solution: '/x.ts',
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
