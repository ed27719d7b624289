import { exponent, exponentWords, logDegree, power, seriesTable, type Point } from '../growth';
import type { Solution } from '../solution';
import {
  ALL_POSITIONS,
  balancedWorkload,
  measure,
  measureSeries,
  POSITION_WORDS,
  type Position,
} from '../workloads';
import { FOLLOW_UP_SIZES } from './linear';
import { failedMeasurement, worstFigure, type Check, type CheckResult, type Tier } from './tier';

/*
 * optimal: reads grow as O(log n + k) on balanced trees. Three measurements, each comparing a
 * solution with itself, so constant factors cancel:
 *   1. at k = 1, reads grow like log n (not like a power of n, nor like log² n);
 *   2. one more k costs as many reads at n = 2^10 as at n = 2^16 (k·log n makes it 1.6x);
 *   3. at a fixed n, reads grow linearly in k (k·log k and k² do not).
 */

const SMALL_N = 1 << 10;
const LARGE_N = 1 << 16;
/** Largest tolerated d in reads ~ (log n)^d at k = 1 (log n is 1, log² n is 2). */
const MAX_LOG_DEGREE = 1.5;
/** Largest tolerated rise of the cost of one more k from n = 2^10 to 2^16; O(k log n) gives 1.6. */
const MAX_PER_K_RISE = 1.3;
/** Largest tolerated rise of the cost of one more k from k ≤ 128 to k ≤ 2048; k log k gives 1.5. */
const MAX_K_CURVE = 1.3;

type Reads = { ok: true; reads: number } | { ok: false; result: CheckResult };

function readsAt(
  name: string,
  solution: Solution,
  n: number,
  position: Position,
  k: number,
): Reads {
  const m = measure(solution, balancedWorkload(n), position, k);
  return m.ok ? m : { ok: false, result: failedMeasurement(name, m) };
}

type Cost = { ok: true; cost: number } | { ok: false; result: CheckResult };

/** Reads one more k costs on average between k1 and k2, at one n and target position. */
function costPerK(
  name: string,
  solution: Solution,
  n: number,
  position: Position,
  k1: number,
  k2: number,
): Cost {
  const a = readsAt(name, solution, n, position, k1);
  if (!a.ok) return a;
  const b = readsAt(name, solution, n, position, k2);
  if (!b.ok) return b;
  return { ok: true, cost: (b.reads - a.reads) / (k2 - k1) };
}

function ratio(before: number, after: number): number {
  if (before <= 0) return after <= 0 ? 1 : Infinity;
  return after / before;
}

function logCheck(): Check {
  const name = 'k = 1: reads grow like log n, wherever the target sits';
  return {
    name,
    run(solution) {
      let worst: { position: Position; points: Point[]; degree: number } | null = null;
      for (const position of ALL_POSITIONS) {
        // Growing like a power of n over the first 16-fold step already: no need to go on.
        const enough = (points: Point[]) =>
          points.length === 3 && exponent(points[0], points[2]) >= 0.5;
        const series = measureSeries(solution, FOLLOW_UP_SIZES, position, () => 1, enough);
        if (!series.ok) return failedMeasurement(name, series);
        const { points } = series;
        const degree = logDegree(points[0], points[points.length - 1]);
        if (!worst || degree > worst.degree) worst = { position, points, degree };
        if (degree > MAX_LOG_DEGREE) break; // failed: the other positions cannot change that
      }
      const { position, points, degree } = worst!;
      const [first, last] = [points[0], points[points.length - 1]];
      const figure = `at k = 1, reads ${first.reads} at n = ${power(first.n)} → ${last.atLeast ? 'over ' : ''}${last.reads} at n = ${power(last.n)}`;
      const score = degree / MAX_LOG_DEGREE;
      if (degree <= MAX_LOG_DEGREE) return { name, passed: true, figure, score };
      const e = exponent(first, last);
      const words =
        (e >= 0.25 ? exponentWords(e) : `like (log n)^${degree.toFixed(1)}`) +
        (last.atLeast ? ' or faster' : '');
      return {
        name,
        passed: false,
        kind: 'growth',
        score,
        figure: `${figure} (${words})`,
        message: [
          `With k = 1 and the target ${POSITION_WORDS[position]}, reads grew ${words}; O(log n + k) ` +
            'leaves room for about one walk from the root to a leaf.',
          seriesTable(points),
        ].join('\n'),
      };
    },
  };
}

function perKCheck(): Check {
  const name = 'one more k costs the same reads at every n';
  const [k1, k2] = [8, 256];
  return {
    name,
    run(solution) {
      let worst = { position: 'middle' as Position, small: 0, large: 0, rise: -Infinity };
      // Near an end of a 2^10 tree the k = 256 window runs out of values on one side, which changes
      // the cost of a step for reasons that have nothing to do with n; these four positions do not.
      for (const position of ['middle', 'below', 'above', 'atValue'] as Position[]) {
        const small = costPerK(name, solution, SMALL_N, position, k1, k2);
        if (!small.ok) return small.result;
        const large = costPerK(name, solution, LARGE_N, position, k1, k2);
        if (!large.ok) return large.result;
        const rise = ratio(small.cost, large.cost);
        if (rise > worst.rise) worst = { position, small: small.cost, large: large.cost, rise };
      }
      const { position, small, large, rise } = worst;
      const figure =
        `one more k costs ${small.toFixed(1)} reads at n = ${power(SMALL_N)}, ` +
        `${large.toFixed(1)} at n = ${power(LARGE_N)} (×${rise.toFixed(2)})`;
      const score = rise / MAX_PER_K_RISE;
      if (rise <= MAX_PER_K_RISE) return { name, passed: true, figure, score };
      return {
        name,
        passed: false,
        kind: 'growth',
        score,
        figure: `${figure}: like k·log n`,
        message: [
          `From k = ${k1} to k = ${k2} (target ${POSITION_WORDS[position]}), each extra value cost ` +
            `${small.toFixed(1)} reads at n = ${power(SMALL_N)} but ${large.toFixed(1)} at n = ${power(LARGE_N)}: ` +
            `×${rise.toFixed(2)}, close to log(2^16)/log(2^10) = 1.6, the mark of O(k log n).`,
          'Each next value should cost O(1) reads on average: keep the paths you walked (two stacks) ' +
            'instead of searching again from the root.',
        ].join('\n'),
      };
    },
  };
}

function kCurveCheck(): Check {
  const name = 'reads grow linearly with k';
  const [k1, k2, k3] = [8, 128, 2048];
  return {
    name,
    run(solution) {
      let worst = { position: 'middle' as Position, low: 0, high: 0, rise: -Infinity };
      for (const position of ['nearMin', 'middle', 'nearMax'] as Position[]) {
        const low = costPerK(name, solution, LARGE_N, position, k1, k2);
        if (!low.ok) return low.result;
        const high = costPerK(name, solution, LARGE_N, position, k2, k3);
        if (!high.ok) return high.result;
        const rise = ratio(low.cost, high.cost);
        if (rise > worst.rise) worst = { position, low: low.cost, high: high.cost, rise };
      }
      const { position, low, high, rise } = worst;
      const figure =
        `at n = ${power(LARGE_N)}, one more k costs ${low.toFixed(1)} reads for k ≤ ${k2}, ` +
        `${high.toFixed(1)} for k ≤ ${k3} (×${rise.toFixed(2)})`;
      const score = rise / MAX_K_CURVE;
      if (rise <= MAX_K_CURVE) return { name, passed: true, figure, score };
      return {
        name,
        passed: false,
        kind: 'growth',
        score,
        figure,
        message: [
          `At n = ${power(LARGE_N)} with the target ${POSITION_WORDS[position]}, each extra value cost ` +
            `${low.toFixed(1)} reads between k = ${k1} and ${k2} but ${high.toFixed(1)} between k = ${k2} and ` +
            `${k3}: reads grow faster than k.`,
          'Read each node a bounded number of times: re-reading the candidates you hold (in a heap, a ' +
            'sorted list) at every step costs more than O(k).',
        ].join('\n'),
      };
    },
  };
}

export const optimal: Tier = {
  id: 'optimal',
  summary: 'O(log n + k) reads',
  checks: () => [logCheck(), perKCheck(), kCurveCheck()],
  passedFigure: (checks) => checks[1].figure ?? worstFigure(checks),
};
