import { count } from './validator';

/*
 * The growth classifier: verdicts from how read counts change as n (or k) grows, never from a
 * count on its own. Every test here compares a solution with itself at two sizes, so reading each
 * field three times instead of once changes nothing.
 */

export interface Point {
  n: number;
  reads: number;
  /** The call was stopped at this many reads: the true count is higher. */
  atLeast?: boolean;
}

/** log2(n) as "2^18", the way the grade card names sizes. */
export function power(n: number): string {
  return `2^${Math.round(Math.log2(n))}`;
}

export function perNode(point: Point): number {
  return point.reads / point.n;
}

/** Exponent e in reads ~ n^e between two points (1 for linear, near 0 for logarithmic). */
export function exponent(from: Point, to: Point): number {
  return Math.log(Math.max(to.reads, 1) / Math.max(from.reads, 1)) / Math.log(to.n / from.n);
}

/** Degree d in reads ~ (log n)^d between two points (1 for log n, 2 for log² n). */
export function logDegree(from: Point, to: Point): number {
  return (
    Math.log(Math.max(to.reads, 1) / Math.max(from.reads, 1)) /
    Math.log(Math.log2(to.n) / Math.log2(from.n))
  );
}

/** Words for a per-node growth ratio observed over `doublings` doublings of n. */
export function superlinearWords(ratio: number, doublings: number): string {
  const e = 1 + Math.log2(ratio) / doublings;
  return e < 1.25 ? 'like n log n' : `like n^${e.toFixed(1)}`;
}

export function exponentWords(e: number): string {
  if (e < 0.25) return 'like log n';
  if (e > 0.9) return 'like n';
  return `like n^${e.toFixed(2)}`;
}

/** A small table of a series, for failure messages. */
export function seriesTable(points: Point[]): string {
  const rows = points.map((p) => {
    const reads = `${p.atLeast ? 'over ' : ''}${count(p.reads, 'read')}`;
    const note = p.atLeast ? '  (stopped: grew faster than n^1.5)' : '';
    return (
      `  ${power(p.n).padEnd(6)} n = ${count(p.n, 'node').padEnd(15)} ${reads.padStart(20)}` +
      `   ${perNode(p).toFixed(2).padStart(9)} per node${note}`
    );
  });
  return rows.join('\n');
}
