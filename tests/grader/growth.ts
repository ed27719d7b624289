import { count } from './validator';

/*
 * The growth classifier: verdicts from how read counts change as n or k grows, never from a count
 * on its own. Every statistic compares a solution with itself at two sizes, so reading each field
 * three times instead of once changes nothing.
 *
 * Verdicts come from the LAST step of a series: the law at the top of the measured range is the
 * law that stays as n and k grow. A hybrid that switches to a better law anywhere is judged by the
 * better one; a switch to a worse law is judged by the worse one, wherever it happens, and a switch
 * inside the last step is a switch at the top. So each series ends one size beyond the range where
 * honest hybrids are expected to switch (each tier says where), and that last step is long enough
 * to be judged alone.
 */

/** One point of a series: the mean over a family of calls at one size. */
export interface Point {
  n: number;
  /** The mean k of the family. */
  k: number;
  /** Mean reads per call. */
  reads: number;
  /** Mean reads of the same targets at k = 1, when the family was paired with them. */
  base?: number;
  /**
   * CPU time of the family's first call, the one timed (trial.ts): only ever used for words about
   * a call that ran out of time.
   */
  cpuMs: number;
}

/** log2(n) as "2^18", the way the grade card names sizes. */
export function power(n: number): string {
  return `2^${Math.round(Math.log2(n))}`;
}

export function perNode(point: Point): number {
  return point.reads / point.n;
}

/** Reads per value returned; with a k = 1 base, reads per value beyond the first. */
export function perK(point: Point): number {
  return point.base === undefined
    ? point.reads / point.k
    : (point.reads - point.base) / Math.max(point.k - 1, 1);
}

/** A statistic of one step of a series, from one point to the next. */
export type StepStatistic = (from: Point, to: Point) => number;

function ratioOf(before: number, after: number): number {
  if (before <= 0) return after <= 0 ? 1 : Infinity;
  return after / before;
}

/** Exponent e in reads ~ x^e between two points, x being n or k. */
export function exponent(from: Point, to: Point, x: 'n' | 'k' = 'n'): number {
  return Math.log(Math.max(to.reads, 1) / Math.max(from.reads, 1)) / Math.log(to[x] / from[x]);
}

/** Degree d in reads ~ (log n)^d between two points (1 for log n, 2 for log² n). */
export function logDegree(from: Point, to: Point): number {
  return (
    Math.log(Math.max(to.reads, 1) / Math.max(from.reads, 1)) /
    Math.log(Math.log2(to.n) / Math.log2(from.n))
  );
}

/**
 * Hybrids (the principle behind every complexity tier's sizes). An honest hybrid switches to a
 * better law at a size cap (brute force while n < 2^16 or below) or at a count cap (it reads the
 * whole tree while n ≤ c·k, c up to 64). Below its cap its reads are bounded by n: it read the whole
 * tree, or k was a large share of n, and a reading that is O(n) there is O(k) too. So a rise
 * measured from such a point is no growth, and no verdict rests on it: each series goes on past a
 * point bounded by n (growthCheck's pastWholeTree), and the cost per value is judged on a last step
 * whose two ends lie above both caps (optimal.ts). A switch to a worse law still shows wherever it
 * happens: at the top of a range it is the law that stays.
 */
export const HYBRID_SIZE_CAP = 1 << 16;
export const HYBRID_COUNT_CAP = 64;

/** A point at which the code read at least as many fields as the tree has nodes. */
const boundedByN = (point: Point): boolean => point.reads >= point.n;

/**
 * A point bounded by n where an honest hybrid may still be below its cap: at most 2^16 nodes, or at
 * most 64 times the family's largest k (under √2 times its mean: ksAround spreads k over an octave).
 */
export const belowHybridCaps = (point: Point): boolean =>
  boundedByN(point) &&
  (point.n <= HYBRID_SIZE_CAP || point.n <= HYBRID_COUNT_CAP * Math.SQRT2 * point.k);

export const perNodeRise: StepStatistic = (from, to) => ratioOf(perNode(from), perNode(to));

/** Reads per value this small are none: a solution whose reads do not depend on k at all. */
export const NO_COST = 0.01;

/** How the reads per value rise; 0 when no value costs any read at either end (nothing rises). */
export const perKRise: StepStatistic = (from, to) =>
  Math.abs(perK(from)) < NO_COST && Math.abs(perK(to)) < NO_COST
    ? 0
    : ratioOf(perK(from), perK(to));

/** The statistic of every step of a series. */
export function stepValues(points: readonly Point[], statistic: StepStatistic): number[] {
  return points.slice(1).map((to, i) => statistic(points[i], to));
}

/**
 * The last-step rule as a score: the last step over the limit. Above 1 the law fails; the higher,
 * the further; 0 for a series of one point.
 */
export function lastStepScore(steps: readonly number[], limit: number): number {
  return steps.length === 0 ? 0 : steps[steps.length - 1] / limit;
}

/**
 * A statistic of a ×r step restated for a ×16 step (r^(4 / log2 r)): a short last step can then be
 * held to the same limit as the ×16 steps before it.
 */
export function perSixteenfold(statistic: StepStatistic, x: 'n' | 'k' = 'n'): StepStatistic {
  return (from, to) => statistic(from, to) ** (4 / Math.log2(to[x] / from[x]));
}

/** A ratio between steps as the card shows it: "×1.04", or "up from 0" when it started at none. */
export function times(ratio: number): string {
  return Number.isFinite(ratio) ? `×${ratio.toFixed(2)}` : 'up from 0';
}

/** Ratios of successive steps: "×1.31 then ×1.02". */
export function rises(ratios: readonly number[]): string {
  return ratios.map(times).join(' then ');
}

/**
 * Below this exponent a superlinear growth is told as n log n: n log n itself shows 1.087 to 1.10
 * over the last step a linear series can end on (2^16 to 2^17; 2^12 to 2^16 when it stops early),
 * a margin of 0.05; n log² n shows 1.17 and n^1.2 1.2, which the words must not call n log n (the
 * limit was 1.25).
 */
const N_LOG_N_BELOW = 1.15;

/** Words for a growth of reads per node observed over `doublings` doublings of n. */
export function superlinearWords(ratio: number, doublings: number): string {
  const e = 1 + Math.log2(ratio) / doublings;
  return e < N_LOG_N_BELOW ? 'like n log n' : `like n^${e.toFixed(1)}`;
}

export function exponentWords(e: number, x: 'n' | 'k' = 'n'): string {
  if (e < 0.25) return `like log ${x}`;
  if (e > 0.9 && e < 1.1) return `like ${x}`;
  return `like ${x}^${e.toFixed(2)}`;
}

/** A small table of a series, for failure messages: size, k, mean reads, and the figure judged. */
export function seriesTable(
  points: readonly Point[],
  figure?: { label: string; of: (point: Point) => number },
): string {
  return points
    .map((p) => {
      const k = `k ≈ ${Math.round(p.k)}`.padEnd(10);
      const reads = `${count(Math.round(p.reads), 'read')}`.padStart(18);
      const judged = figure ? `   ${figure.of(p).toFixed(2).padStart(9)} ${figure.label}` : '';
      return `  n = ${power(p.n).padEnd(5)} ${k} ${reads}${judged}`;
    })
    .join('\n');
}
