import { exponent, exponentWords, power, seriesTable, type Point } from '../growth';
import { ALL_POSITIONS, measureSeries, POSITION_WORDS, type Position } from '../workloads';
import { FOLLOW_UP_SIZES } from './linear';
import { failedMeasurement, worstFigure, type Check, type CheckResult, type Tier } from './tier';

/*
 * sublinear, the follow-up: with small k on balanced trees, reads must grow slower than n wherever
 * the target sits. One check per position, because the classic near miss (an in-order walk that
 * stops early) is fast only when the target is near the end where the walk starts.
 */

const K = 4;
/** Largest tolerated exponent e in reads ~ n^e; log n and k·log n are near 0.1, a full walk 1. */
const MAX_EXPONENT = 0.8;

function positionCheck(position: Position): Check {
  const name = `target ${POSITION_WORDS[position]}, k = ${K}: reads grow slower than n`;
  return {
    name,
    run(solution): CheckResult {
      // Linear over the first 16-fold growth already: larger trees would only take longer.
      const enough = (points: Point[]) =>
        points.length === 3 && exponent(points[0], points[2]) >= 0.9;
      const series = measureSeries(solution, FOLLOW_UP_SIZES, position, () => K, enough);
      if (!series.ok) return failedMeasurement(name, series);
      const { points } = series;
      const last = points[points.length - 1];
      const from = points[Math.max(0, points.length - 3)];
      const e = exponent(from, last);
      const words = exponentWords(e) + (last.atLeast ? ' or faster' : '');
      const figure = `reads ${points[0].reads.toLocaleString('en-US')} at n = ${power(points[0].n)} → ${last.atLeast ? 'over ' : ''}${last.reads.toLocaleString('en-US')} at n = ${power(last.n)} (${words})`;
      if (e <= MAX_EXPONENT) return { name, passed: true, figure, score: e };
      return {
        name,
        passed: false,
        kind: 'growth',
        score: e,
        figure,
        message: [
          `With the target ${POSITION_WORDS[position]} and k = ${K}, reads grew ${words} ` +
            `(n^${e.toFixed(2)} from n = ${power(from.n)} to ${power(last.n)}); the follow-up asks for less than n.`,
          seriesTable(points),
          'Go down the tree towards the target instead of walking all of it.',
        ].join('\n'),
      };
    },
  };
}

export const sublinear: Tier = {
  id: 'sublinear',
  summary: 'the follow-up: fewer than O(n) reads',
  checks: () => ALL_POSITIONS.map(positionCheck),
  passedFigure: worstFigure,
};
