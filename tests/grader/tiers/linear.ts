import { perNode, power, seriesTable, superlinearWords, type Point } from '../growth';
import { measureSeries, POSITION_WORDS, type Position } from '../workloads';
import { failedMeasurement, worstFigure, type Check, type CheckResult, type Tier } from './tier';

/*
 * linear: reads per node must stay flat as n grows from 2^12 to 2^18 (balanced trees). An O(n)
 * solution, Morris included, keeps them flat or falling; an n log n or n·h reading pattern raises
 * them by a constant step per doubling of n; n^2 doubles them. k = 1 with the target near either
 * end, then k = √n, so that "one pass over the tree per answer" (O(n·k)) shows up too.
 */

/**
 * Tree sizes of the growth series. 2^8 comes first so that even a quadratic solution finishes its
 * first call within the default read limit; from there each call is capped relative to the last.
 */
const SIZES = [1 << 8, 1 << 10, 1 << 12, 1 << 14, 1 << 16, 1 << 18];
/** The follow-up tiers stop at 2^16: their log-vs-power contrasts are wide there already. */
export const FOLLOW_UP_SIZES = SIZES.slice(0, 5);
const REFERENCE = 1 << 12;
/** Tolerated rise of reads per node from 2^12 to 2^18; n log n gives 1.5, linear 1.0 or less. */
const MAX_PER_NODE_RISE = 1.1;

/** Reads per node at the last point over the reference point (2^12, or the first). */
function rise(points: Point[]): { from: Point; to: Point; ratio: number } {
  const to = points[points.length - 1];
  const from = points.find((p) => p.n === REFERENCE && p !== to) ?? points[0];
  const before = perNode(from);
  const ratio = before === 0 ? (perNode(to) === 0 ? 1 : Infinity) : perNode(to) / before;
  return { from, to, ratio };
}

function linearCheck(position: Position, kLabel: string, kFor: (n: number) => number): Check {
  const name = `target ${POSITION_WORDS[position]}, k = ${kLabel}: reads grow linearly with n`;
  return {
    name,
    run(solution): CheckResult {
      // Reads per node doubled: clearly super-linear; larger trees would only take longer.
      const enough = (points: Point[]) =>
        perNode(points[points.length - 1]) > 2 * perNode(points[0]);
      const series = measureSeries(solution, SIZES, position, kFor, enough);
      if (!series.ok) return failedMeasurement(name, series);
      const { from, to, ratio } = rise(series.points);
      const figure = `reads per node ${perNode(from).toFixed(2)} at n = ${power(from.n)} → ${to.atLeast ? 'over ' : ''}${perNode(to).toFixed(2)} at n = ${power(to.n)}`;
      if (ratio <= MAX_PER_NODE_RISE) return { name, passed: true, figure, score: ratio };
      const words =
        superlinearWords(ratio, Math.log2(to.n / from.n)) + (to.atLeast ? ' or faster' : '');
      return {
        name,
        passed: false,
        kind: 'growth',
        score: ratio,
        figure: `${figure} (${words})`,
        message: [
          `Reads per node should stay flat as n grows; yours rose ×${ratio.toFixed(2)}${to.atLeast ? ' or more' : ''} ` +
            `from n = ${power(from.n)} to n = ${power(to.n)}: that grows ${words}.`,
          seriesTable(series.points),
          'Read each node a bounded number of times: no search from the root per node, no full pass per answer.',
        ].join('\n'),
      };
    },
  };
}

export const linear: Tier = {
  id: 'linear',
  summary: 'O(n) reads at most',
  checks: () => [
    linearCheck('nearMin', '1', () => 1),
    linearCheck('nearMax', '1', () => 1),
    linearCheck('middle', '√n', (n) => 2 ** Math.floor(Math.log2(n) / 2)),
  ],
  passedFigure: worstFigure,
};
