import { footprintStory } from '../footprint';
import { stepValues, tailScore, type Point, type StepStatistic } from '../growth';
import { FIRST_LOOK, SeriesSample, type SeriesSpec } from '../workloads';
import type { Trial } from '../trial';
import { failedMeasurement, type Check, type CheckResult } from './tier';

/*
 * Checks that judge how reads grow: series of points (workloads.ts), a statistic per step, and
 * the tail rule (growth.ts).
 */

/**
 * A failed series: one of its calls failed. A call stopped by the read limit after smaller sizes
 * finished is a verdict on growth (the reads grew too fast), not a runaway.
 */
export function failedSeries(
  name: string,
  series: { trial: Trial; message: string; points: readonly Point[] },
): CheckResult {
  const result = failedMeasurement(name, series);
  return series.trial.kind === 'readLimit' && series.points.length > 0
    ? { ...result, kind: 'growth' }
    : result;
}

/** How a growth check reads its series. */
export interface GrowthJudgement {
  /** The statistic of one step of a series. */
  statistic: StepStatistic;
  /** A series fails when each of its last two steps is above this (the tail rule, growth.ts). */
  limit: number;
  /** The measured figure behind the verdict, in one line. */
  figure(points: Point[], steps: number[], spec: SeriesSpec): string;
  /** Why a failing series fails: what grew, its table, what to do. */
  explain(points: Point[], steps: number[], spec: SeriesSpec): string;
  /**
   * The k of the footprint a failure shows (at its series' position, on a 31-node tree), for the
   * follow-up's checks: a picture of reading too much beside the walk that reads a path and k nodes.
   */
  footprintK?: number;
}

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
  return {
    name,
    run(solution): CheckResult {
      const withFootprint = (message: string, spec: SeriesSpec) =>
        judge.footprintK === undefined
          ? message
          : `${message}\n\n${footprintStory(solution, spec.position, judge.footprintK)}`;
      let worst: { spec: SeriesSpec; points: Point[]; steps: number[]; score: number } | undefined;
      for (const spec of specs) {
        const sample = new SeriesSample(solution, spec);
        let series = sample.more(FIRST_LOOK);
        let steps = series.ok ? stepValues(series.points, judge.statistic) : [];
        const firstLook = tailScore(steps, judge.limit);
        if (series.ok && firstLook < DECIDED && firstLook > 1 / DECIDED) {
          series = sample.more();
          steps = series.ok ? stepValues(series.points, judge.statistic) : [];
        }
        if (!series.ok) {
          const failed = failedSeries(name, series);
          return failed.kind === 'growth'
            ? { ...failed, message: withFootprint(failed.message ?? '', spec) }
            : failed;
        }
        const score = tailScore(steps, judge.limit);
        if (!worst || score > worst.score) worst = { spec, points: series.points, steps, score };
        if (score > 1) break; // failed: the other series cannot change that
      }
      const { spec, points, steps, score } = worst!;
      const figure = judge.figure(points, steps, spec);
      if (score <= 1) return { name, passed: true, figure, score };
      return {
        name,
        passed: false,
        kind: 'growth',
        score,
        figure,
        message: withFootprint(judge.explain(points, steps, spec), spec),
      };
    },
  };
}
