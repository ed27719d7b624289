import { CARD_FOOTPRINT_N, footprintStory, readEveryNodeFirst } from '../footprint';
import {
  belowHybridCaps,
  lastStepScore,
  power,
  stepValues,
  type Point,
  type StepStatistic,
} from '../growth';
import { thousands } from '../validator';
import { FIRST_LOOK, POSITION_WORDS, SeriesSample, type SeriesSpec } from '../workloads';
import type { Trial } from '../trial';
import { describeKind, failedMeasurement, type Check, type CheckResult, type Plot } from './tier';

/*
 * Checks that judge how reads grow: series of points (workloads.ts), a statistic per step, and
 * the last-step rule (growth.ts).
 */

/**
 * A failed series: one of its calls failed. A call stopped by the read limit after smaller sizes
 * finished is a verdict on growth (the reads grew too fast), not a runaway.
 */
export function failedSeries(
  name: string,
  series: { trial: Trial; message: string; points: readonly Point[]; k: number },
  spec: SeriesSpec,
): CheckResult {
  const result = failedMeasurement(name, series);
  if (series.trial.kind === 'readLimit' && series.points.length > 0) {
    return { ...result, kind: 'growth' };
  }
  // Any other stop is about one call, not about growth: its figure says so first, and where.
  const at = spec.at[series.points.length];
  const n = Number.isInteger(Math.log2(at.n)) ? power(at.n) : thousands(at.n);
  const what = series.trial.kind === 'wrongAnswer' ? 'wrong answer ' : '';
  // The k of the call that failed: a point asks a family of them around its own.
  const where = `${what}at n = ${n} (target ${POSITION_WORDS[spec.position]}, k = ${thousands(series.k)})`;
  return { ...result, figure: `${where}: ${result.figure ?? describeKind(series.trial.kind)}` };
}

/** How a growth check reads its series. */
export interface GrowthJudgement {
  /** The statistic of one step of a series. */
  statistic: StepStatistic;
  /** A series fails when its last step is above this (the last-step rule, growth.ts). */
  limit: number;
  /**
   * A series whose two latest steps are both above this has failed twice in a row: its larger
   * sizes are not measured (a law that improves only above them is judged by the law below).
   * By default the limit.
   */
  earlierLimit?: number;
  /**
   * A step from a point bounded by n below the hybrids' caps (growth.ts belowHybridCaps) does not
   * count towards failing twice in a row: below its cap an honest hybrid reads the whole tree, and
   * the next size may be where it stops.
   */
  pastWholeTree?: boolean;
  /** The score of the last step (above 1 fails); by default its statistic over the limit. */
  score?(step: number): number;
  /**
   * True of a point at which there is nothing to measure (no value costs any read: reads do not
   * depend on k, as in a full walk). Its series, and the check, end there: larger sizes and the
   * other positions could only say the same, at the price of many full walks.
   */
  flatAt?(point: Point): boolean;
  /** The measured figure behind the verdict, in one line. */
  figure(points: Point[], steps: number[], spec: SeriesSpec): string;
  /** Why a failing series fails: what grew, its table, what to do. */
  explain(points: Point[], steps: number[], spec: SeriesSpec): string;
  /** What a chart of the series draws: the figure judged (reads by default) and its growth. */
  plot: {
    y?: { label: string; of(point: Point): number };
    words(points: Point[], steps: number[]): string;
  };
  /**
   * The k of the footprint a failure shows (at its series' position, on a 31-node tree), for the
   * follow-up's checks: a picture of reading too much beside the walk that reads a path and k nodes.
   */
  footprintK?: number;
}

/** What a chart says of a series stopped at its second point, the one measured before it. */
const ONE_POINT_STOPPED = 'rising (stopped at the next size)';

/**
 * A score this far from 1 (the limit) after a first look at each point is decided: measuring the
 * whole family could not move it across. Honest solutions near their limit get the whole family;
 * a full walk measured for a k-curve it passes by ×20 does not.
 */
const DECIDED = 2;

/**
 * A check over several series (one per target position, say): it fails with the first series
 * whose tail breaks the limit; passing, it shows the series that came closest.
 */
export function growthCheck(name: string, specs: SeriesSpec[], judge: GrowthJudgement): Check {
  const plotOf = (spec: SeriesSpec, points: Point[], steps: number[], ok = true): Plot => ({
    position: spec.position,
    x: spec.x,
    y: judge.plot.y?.label ?? 'reads',
    points: points.map((p) => ({ x: p[spec.x], y: judge.plot.y?.of(p) ?? p.reads })),
    words: ok || points.length > 1 ? judge.plot.words(points, steps) : ONE_POINT_STOPPED,
    judged: false,
  });
  return {
    name,
    run(solution, options = {}): CheckResult {
      const plots: Plot[] = [];
      const withFootprint = (message: string, spec: SeriesSpec) =>
        judge.footprintK === undefined
          ? message
          : `${message}\n\n${footprintStory(solution, spec.position, judge.footprintK)}`;
      const judged = (i: number) => plots.map((plot, j) => ({ ...plot, judged: i === j }));
      // An iterator's first value that cost the whole tree is said so first (closestFirst's lazy).
      const firstWords = (figure: string | undefined, spec: SeriesSpec) =>
        judge.footprintK === 1 &&
        solution.exercise?.protocol === 'closestFirst' &&
        readEveryNodeFirst(solution, spec.position)
          ? `it read all n nodes before giving the first value (all ${CARD_FOOTPRINT_N} of the ${CARD_FOOTPRINT_N}-node tree in its footprint); ${figure ?? ''}`
          : figure;
      let worst:
        | { spec: SeriesSpec; points: Point[]; steps: number[]; score: number; plot: number }
        | undefined;
      let capped: { result: CheckResult; plot: number } | undefined;
      const scoreOf = (steps: number[]) =>
        judge.score && steps.length > 0
          ? judge.score(steps[steps.length - 1])
          : lastStepScore(steps, judge.limit);
      const earlier = judge.earlierLimit ?? judge.limit;
      const flat = (points: Point[]) => judge.flatAt?.(points[points.length - 1]) === true;
      const counts = (i: number, points: Point[]) =>
        !judge.pastWholeTree || !belowHybridCaps(points[i]);
      const enough = (points: Point[]) =>
        flat(points) ||
        stepValues(points, judge.statistic)
          .map((step, i) => step > earlier && counts(i, points))
          .slice(-2)
          .filter(Boolean).length === 2;
      for (const spec of specs) {
        const sample = new SeriesSample(solution, spec);
        let series = sample.more(FIRST_LOOK, enough);
        let steps = series.ok ? stepValues(series.points, judge.statistic) : [];
        const firstLook = scoreOf(steps);
        if (series.ok && firstLook < DECIDED && firstLook > 1 / DECIDED) {
          series = sample.more(Infinity, enough);
          steps = series.ok ? stepValues(series.points, judge.statistic) : [];
        }
        if (!series.ok) {
          const steps = stepValues(series.points, judge.statistic);
          plots.push(plotOf(spec, series.points, steps, false));
          const failed = failedSeries(name, series, spec);
          const plotted = { ...failed, plots: judged(plots.length - 1) };
          const result =
            failed.kind === 'growth'
              ? {
                  ...plotted,
                  figure: firstWords(failed.figure, spec),
                  message: withFootprint(failed.message ?? '', spec),
                }
              : plotted;
          // A call stopped for reading past a growth cap is a verdict like any failing tail: the
          // other series may still be charted. Any other failure ends the check.
          if (failed.kind !== 'growth' || !options.everySeries) return result;
          capped ??= { result, plot: plots.length - 1 };
          continue;
        }
        plots.push(plotOf(spec, series.points, steps));
        const score = scoreOf(steps);
        // The first failing series stays the one judged, as when the rest is not measured.
        if (!worst || (worst.score <= 1 && score > worst.score)) {
          worst = { spec, points: series.points, steps, score, plot: plots.length - 1 };
        }
        // Failed: the other series cannot change that (unless asked to measure them anyway).
        if (score > 1 && !options.everySeries) break;
        if (flat(series.points) && !options.everySeries) break;
      }
      if (capped) return { ...capped.result, plots: judged(capped.plot) };
      const { spec, points, steps, score, plot } = worst!;
      const figure = judge.figure(points, steps, spec);
      if (score <= 1) return { name, passed: true, figure, score, plots: judged(plot) };
      return {
        name,
        passed: false,
        kind: 'growth',
        score,
        figure: firstWords(figure, spec),
        message: withFootprint(judge.explain(points, steps, spec), spec),
        plots: judged(plot),
      };
    },
  };
}
