import { availableParallelism } from 'node:os';
import { claimOf } from '../../tests/grader/claim';
import {
  footprintTarget,
  footprintWords,
  OPTIMAL_WALK,
  type Footprint,
} from '../../tests/grader/footprint';
import type { FootprintWords } from '../../tests/grader/footprintText';
import { gradeReport, nextStep, type GradeReport } from '../../tests/grader/gradeCard';
import { displayPath, fromRoot } from '../../tests/grader/paths';
import { gradeInProcess, type GradedRun } from '../../tests/grader/process/supervisor';
import { plan } from '../../tests/grader/tiers/index';
import type { Exercise } from '../../tests/grader/exercises/exercise';
import { exerciseOfFile } from '../../tests/grader/exercises/index';
import type { Plot, TierId } from '../../tests/grader/tiers/tier';
import { POSITION_WORDS, positionPlace, type Position } from '../../tests/grader/workloads';
import { count } from '../../tests/grader/validator';
import { calibrateTimes, learnerCompared, referenceRow, type Compared } from '../comparison';
import { cachedForReference } from '../referenceCache';
import { loadReferences, type Reference } from '../references';

/*
 * Everything the report shows, as data: the learner's file graded in full (with its profile and
 * footprints), every reference's measured series for the same checks and its compare row. The page
 * (page.ts) only lays it out; the browser test checks the page against it. A follow-up's file is
 * shown with its own exercise's tiers and references.
 */

/** The tiers of cases, of every exercise; all others are charted (reads, time or memory as n grows). */
const CASE_TIERS: readonly string[] = ['correct', 'edge', 'deep'];

/** The tiers of `exercise` whose checks are charted. */
function complexityTiers(exercise: Exercise): TierId[] {
  return exercise.tiers.filter((id) => !CASE_TIERS.includes(id)) as TierId[];
}

/** The report's footprints: a tree of 63 nodes, k = 4, at three places of the target. */
export const FOOTPRINT_N = 63;
export const FOOTPRINT_K = 4;
const FOOTPRINT_AT: Position[] = ['middle', 'nearMin', 'above'];

export interface ChartSeries {
  name: string;
  learner: boolean;
  points: { x: number; y: number }[];
  /** How it grew, in words ("like log n"). */
  words: string;
}

export interface ChartData {
  tier: TierId;
  check: string;
  x: 'n' | 'k';
  y: string;
  /** Where the target sat, in words. */
  position: string;
  /** How far up the values that is, when the words leave it open ("near the minimum"). */
  place?: string;
  series: ChartSeries[];
  /** Why the learner's code has no line here, if it has none. */
  missing?: string;
}

export interface CheckRow {
  name: string;
  passed: boolean;
  figure: string;
  message?: string;
  /** Never ran: an earlier check of its tier had to be stopped, or decided the tier. */
  notRun?: true;
}

export interface ReportData {
  solution: string;
  /** The exercise the file answers (its id), whose tiers and references the page shows. */
  exercise: string;
  /** The interviewer's question it answers, for a follow-up. */
  question?: string;
  seed: number;
  generated: string;
  /** Exactly what KATA_REPORT holds for the same file. */
  report: GradeReport;
  loaded: GradedRun['loaded'];
  card: { id: TierId; passed: boolean; summary: string; figure: string; checks: CheckRow[] }[];
  claim: string;
  next: string;
  charts: ChartData[];
  footprints: {
    position: string;
    n: number;
    target: number;
    k: number;
    yours: Footprint;
    reference: Footprint;
  }[];
  referenceTitle: string;
  /** What the footprints are of, in the exercise's words (a closestFirst's first k values...). */
  footprintWords: FootprintWords;
  /** Failing checks of the case tiers: the case, what came back, why it is wrong. */
  failures: { tier: TierId; check: string; message: string }[];
  compare: Compared[];
}

/** A reference's charted series, by check name: measured once (referenceCache.ts). */
async function referencePlots(reference: Reference, seed: number): Promise<Record<string, Plot[]>> {
  const plots = await cachedForReference(reference.file, 'plots', async () => {
    const run = await gradeInProcess(reference.file, seed, {
      tiers: complexityTiers(exerciseOfFile(reference.file)),
      everySeries: true,
    });
    const checks = run.results.flatMap((tier) => tier.checks);
    return Object.fromEntries(checks.map((check) => [check.name, check.plots ?? []]));
  });
  return plots ?? {};
}

/** Failing checks of the case tiers, each story once (a file that does not load tells one). */
function failingCases(run: GradedRun): ReportData['failures'] {
  const seen = new Set<string>();
  return run.results
    .filter((tier) => CASE_TIERS.includes(tier.id))
    .flatMap((tier) => tier.checks.map((check) => ({ tier: tier.id, check })))
    .filter(({ check }) => !check.passed && check.message && !check.message.startsWith('not run'))
    .filter(({ check }) => !seen.has(check.message!) && seen.add(check.message!))
    .map(({ tier, check }) => ({ tier, check: check.name, message: check.message! }));
}

/** Runs `jobs` two at a time (one grading process per core). */
async function inParallel<T>(jobs: (() => Promise<T>)[]): Promise<T[]> {
  const out = new Array<T>(jobs.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < jobs.length; i = next++) out[i] = await jobs[i]();
  };
  const workers = Math.max(1, Math.min(2, availableParallelism()));
  await Promise.all(Array.from({ length: workers }, worker));
  return out;
}

export async function gatherReport(
  file: string,
  seed: number,
  step: (label: string) => void,
): Promise<ReportData> {
  const exercise = exerciseOfFile(file);
  const references = loadReferences(fromRoot(exercise.referencesDir));
  const queries = FOOTPRINT_AT.map((position) => ({
    n: FOOTPRINT_N,
    target: footprintTarget(FOOTPRINT_N, position),
    k: FOOTPRINT_K,
  }));
  const [run, ...measured] = await inParallel<unknown>([
    () =>
      gradeInProcess(file, seed, {
        profile: true,
        // A chart for every check, as for a file that states its complexity.
        everyCheck: true,
        footprints: { queries },
        listener: { tier: (result) => step(`yours: ${result.id}`) },
      }),
    ...references.map((reference) => async () => {
      const entry = { ...reference, learner: false };
      const [row, plots] = [await referenceRow(entry, seed), await referencePlots(reference, seed)];
      step(reference.name);
      return { row, plots };
    }),
  ]);
  const learner = run as GradedRun;
  const others = measured as { row: Compared; plots: Record<string, Plot[]> }[];
  const compare = [
    learnerCompared({ name: 'yours', file, learner: true }, learner),
    ...others.map((o) => o.row),
  ];
  await calibrateTimes(compare, seed);
  const summaries = new Map(plan()[exercise.id].tiers.map((tier) => [tier.id, tier.summary]));
  const charted = complexityTiers(exercise);
  const claim = claimOf(file, learner.results);

  const charts: ChartData[] = [];
  for (const tier of learner.results.filter((r) => charted.includes(r.id))) {
    for (const check of tier.checks) {
      const mine = check.plots?.find((plot) => plot.judged);
      const theirs = others.map(({ row, plots }) => ({ name: row.name, plots: plots[check.name] }));
      const position =
        mine?.position ?? theirs.find((t) => t.plots?.length)?.plots[0].position ?? 'middle';
      const seriesOf = (name: string, learner: boolean, plot: Plot | undefined) =>
        plot && plot.points.length > 0
          ? [{ name, learner, points: plot.points, words: plot.words }]
          : [];
      const some = theirs.flatMap((t) => t.plots ?? []);
      charts.push({
        tier: tier.id,
        check: check.name,
        x: mine?.x ?? some[0]?.x ?? 'n',
        y: mine?.y ?? some[0]?.y ?? 'reads',
        position: POSITION_WORDS[position],
        ...(positionPlace(position) && { place: positionPlace(position) }),
        series: [
          ...seriesOf('yours', true, mine),
          ...theirs.flatMap((t) =>
            seriesOf(
              t.name,
              false,
              t.plots?.find((plot) => plot.position === position),
            ),
          ),
        ],
        ...(!mine?.points.length && { missing: check.figure ?? 'not measured' }),
      });
    }
  }

  return {
    solution: displayPath(file),
    exercise: exercise.id,
    ...(exercise.question && { question: exercise.question }),
    seed,
    generated: new Date().toISOString(),
    report: gradeReport(file, learner.results),
    loaded: learner.loaded,
    card: learner.results.map((tier) => ({
      id: tier.id,
      passed: tier.passed,
      summary: summaries.get(tier.id) ?? '',
      figure: tier.figure,
      checks: tier.checks.map((check) => ({
        name: check.name,
        passed: check.passed,
        figure: check.figure ?? (check.cases ? count(check.cases, 'case') : ''),
        ...(check.message && { message: check.message }),
        ...(check.notRun && { notRun: true as const }),
      })),
    })),
    claim: claim.line,
    next: nextStep(learner.results, file, 'in the card'),
    charts,
    footprints: learner.footprints.map((pair, i) => ({
      position: POSITION_WORDS[FOOTPRINT_AT[i]],
      ...queries[i],
      yours: pair.yours,
      reference: pair.reference,
    })),
    referenceTitle: OPTIMAL_WALK.title,
    footprintWords: footprintWords(exercise, FOOTPRINT_K),
    failures: failingCases(learner),
    compare,
  };
}
