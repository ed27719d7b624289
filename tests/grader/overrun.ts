import { power } from './growth';
import type { Trial } from './trial';
import { count, thousands } from './validator';

/*
 * Words for a call that had to be stopped, by the clock or by the read limit. What finished before
 * it tells slow from endless: a call that returned at smaller sizes is not an endless loop, and how
 * its time grew beside its reads says where the work went. Times only ever shape these words; they
 * never decide a verdict.
 */

/** A call at a smaller size that did return. */
export interface Finished {
  /** The size that grew: n or k. */
  x: number;
  reads: number;
  /** CPU time (trial.ts): a busy machine stretches wall-clock time unevenly. */
  cpuMs: number;
}

type Axis = 'n' | 'k';

const show = (x: number, axis: Axis) =>
  axis === 'n' && Number.isInteger(Math.log2(x)) ? `n = ${power(x)}` : `${axis} = ${thousands(x)}`;

function growth(e: number, axis: Axis): string {
  if (e < 0.25) return `like log ${axis}`;
  if (Math.abs(e - 1) < 0.15) return `like ${axis}`;
  return `like ${axis}^${e.toFixed(1)}`;
}

const exponentBetween = (a: number, b: number, xa: number, xb: number) =>
  Math.log(Math.max(b, 1e-3) / Math.max(a, 1e-3)) / Math.log(xb / xa);

/** Time growing this much faster than reads (in exponent) is work off the tree. */
const OFF_TREE = 0.3;

/** "n = 2^8 and 2^12", "n = 12,500". */
function sizes(finished: readonly Finished[], axis: Axis): string {
  const shown = finished.map((f) => show(f.x, axis).replace(`${axis} = `, ''));
  const list = shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : shown[0];
  return `${axis} = ${list}`;
}

/**
 * The reason for a stopped call, rewritten in the light of `finished` calls at smaller sizes (in
 * growing order). With nothing finished, the original reason (an endless loop?) stands.
 */
export function overrunReason(
  trial: Trial,
  at: number,
  finished: readonly Finished[],
  axis: Axis,
): string {
  const reason = trial.reason ?? '';
  if (finished.length === 0 || (trial.kind !== 'timeout' && trial.kind !== 'readLimit')) {
    return reason;
  }
  const last = finished[finished.length - 1];
  if (trial.kind === 'readLimit') {
    return readLimitReason(trial, at, finished, axis);
  }

  const stopped = `it did not return within ${(trial.ms / 1000).toFixed(1)} s at ${show(at, axis)} and was stopped`;
  const notEndless = `It is not an endless loop: it returned at ${sizes(finished, axis)}`;
  if (trial.stoppedIn === 'build') {
    // The build's reads are not the queries' (indexCalls.ts): its time alone is the news.
    return (
      `its constructor (the index's build) did not return within ${(trial.ms / 1000).toFixed(1)} s ` +
      `at ${show(at, axis)} and was stopped, so no query could be asked there. It is not an ` +
      `endless loop: it built at ${sizes(finished, axis)}: a build far slower than the n reads it ` +
      'needs (an insertion into a sorted array for every value, or a table per pair of nodes?)'
    );
  }
  // The stopped call took at least its limit: a lower bound on how its time grows, from the last
  // call that returned. Times of the smallest calls are too coarse (and the code still cold) to
  // beat it, but the growth between two finished calls can.
  const bound = exponentBetween(last.cpuMs, trial.cpuMs, last.x, at);
  const previous = finished[finished.length - 2];
  const measured = previous
    ? exponentBetween(previous.cpuMs, last.cpuMs, previous.x, last.x)
    : -Infinity;
  const timeGrowth = Math.max(bound, measured);
  const timeWords = `${measured >= bound ? '' : 'at least '}${growth(timeGrowth, axis)}`;
  const readGrowth = previous
    ? exponentBetween(previous.reads, last.reads, previous.x, last.x)
    : exponentBetween(last.reads, trial.reads, last.x, at);
  if (timeGrowth - readGrowth >= OFF_TREE) {
    return (
      `${stopped}. ${notEndless}, and from there its time grew ${timeWords} while its reads grew ` +
      `${growth(readGrowth, axis)}: work that never touches the tree grows faster than ${axis} ` +
      `(a quadratic sort, or a search through a list at every step?)`
    );
  }
  return `${stopped}. ${notEndless}; its time grew ${timeWords}: far too many steps for this size`;
}

/**
 * A call stopped by the read limit, after `last` returned. The stop gives a lower bound on how
 * the reads grow, which says something only when it is the tier's own cap (set where the tier's
 * limit is already passed) or when it is faster than x itself: below that (n^0.8 for k passes over
 * the tree at k = √n, stopped by the grader's limit), the per-node figures tell the story instead.
 */
function readLimitReason(
  trial: Trial,
  at: number,
  finished: readonly Finished[],
  axis: Axis,
): string {
  const last = finished[finished.length - 1];
  const bound = exponentBetween(last.reads, trial.reads, last.x, at);
  const limit = trial.reads - 1;
  const stop = trial.growthCap
    ? 'past what this tier allows there'
    : trial.leashed
      ? 'more than the grader lets a call read once an earlier call was stopped'
      : 'more than the grader lets any call read on a tree this size';
  const grew =
    trial.growthCap || bound > 1
      ? `: its reads grow at least like ${axis}^${bound.toFixed(2)}`
      : '';
  // A growth cap is the tier's bound on the growth (n^0.75 for sublinear): the bound says it all.
  if (axis === 'k' || trial.growthCap) {
    return (
      `at ${show(at, axis)} it read the tree more than ${count(limit, 'time')}, ${stop}, and was ` +
      `stopped; at ${show(last.x, axis)} it had needed ${count(Math.round(last.reads), 'read')}${grew}`
    );
  }
  // Stopped by the grader's own limit, along n: reads per node, the figure a linear walk keeps
  // level.
  const perNode = (reads: number, n: number) =>
    reads < 10 * n ? (reads / n).toFixed(2) : thousands(Math.round(reads / n));
  const before = finished.map((f) => perNode(f.reads, f.x));
  const list =
    before.length > 1 ? `${before.slice(0, -1).join(', ')} and ${before.at(-1)}` : before[0];
  return (
    `at ${show(at, axis)} it read the tree more than ${count(limit, 'time')} ` +
    `(${perNode(limit, at)} a node), ${stop}, and was stopped; at ${sizes(finished, axis)} it ` +
    `had needed ${list} reads a node${grew}`
  );
}

/** The reason when nothing finished at a smaller size, but a small probe call did return. */
export function probedReason(trial: Trial, probe: { size: string; ms: number }): string {
  if (trial.kind !== 'timeout') return trial.reason ?? '';
  return (
    `it did not return within ${(trial.ms / 1000).toFixed(1)} s and was stopped. It is not an ` +
    `endless loop: on ${probe.size} it returned in ${probe.ms.toFixed(1)} ms, so its work grows ` +
    'far faster than the tree (a quadratic sort, or a search through a list at every step?)'
  );
}
