import { exponent, exponentWords, power, seriesTable, type StepStatistic } from '../growth';
import { ALL_POSITIONS, POSITION_WORDS, type Position } from '../workloads';
import { growthCheck } from './growthCheck';
import { worstFigure, type Check, type Tier } from './tier';
import { thousands } from '../validator';

/*
 * sublinear, the follow-up: with small k on balanced trees, reads must grow slower than n wherever
 * the target sits. One check per position, because the classic near miss (an in-order walk that
 * stops early) is fast only when the target is near the end where the walk starts.
 */

const K = 4;
const SIZES = [1 << 8, 1 << 12, 1 << 16];

/**
 * Largest tolerated exponent e (reads ~ n^e) over one ×16 step of n; a series fails only when both
 * of its steps exceed it (the tail rule).
 * Honest side: log n gives 0.15 then 0.10, log² n 0.29 then 0.21, √n 0.50; a hybrid that switches
 * strategy once breaks one step only. Margin: 0.25 above √n.
 * Failing side: a full walk gives 1.0; an in-order walk that stops past the target, 0.95 or more
 * at every position but below the minimum (where it is honestly cheap). Margin: 0.2 below it.
 */
export const MAX_EXPONENT = 0.75;

const exponentStep: StepStatistic = (from, to) => exponent(from, to);

function positionCheck(position: Position): Check {
  const name = `target ${POSITION_WORDS[position]}, k = ${K}: reads grow slower than n`;
  const spec = {
    position,
    at: SIZES.map((n) => ({ n, k: K })),
    family: { targets: 2, ks: 1 },
    x: 'n' as const,
  };
  return growthCheck(name, [spec], {
    statistic: exponentStep,
    footprintK: K,
    plot: { words: (_, steps) => exponentWords(steps[steps.length - 1]) },
    limit: MAX_EXPONENT,
    figure: (points, steps) => {
      const [first, last] = [points[0], points[points.length - 1]];
      const words = exponentWords(steps[steps.length - 1]);
      return `reads ${thousands(Math.round(first.reads))} at n = ${power(first.n)} → ${thousands(Math.round(last.reads))} at n = ${power(last.n)} (${words})`;
    },
    explain: (points, steps) =>
      [
        `With the target ${POSITION_WORDS[position]} and k = ${K}, reads grew ${exponentWords(steps[steps.length - 1])} ` +
          `(n^${steps.map((s) => s.toFixed(2)).join(' then n^')} over each 16-fold growth of n); the follow-up asks for less than n.`,
        seriesTable(points),
        'Go down the tree towards the target instead of walking all of it.',
      ].join('\n'),
  });
}

export const sublinear: Tier = {
  id: 'sublinear',
  summary: 'the follow-up: fewer than O(n) reads',
  checks: () => ALL_POSITIONS.map(positionCheck),
  passedFigure: worstFigure,
};
