import { renderFailure, SHOWN_ENTRIES } from './caseReport';
import { balancedLayout, CountingNode, CountingTree, type Layout } from './countingTree';
import { evenInts, evenValues, path, type Lean } from './generators';
import type { Point } from './growth';
import { overrunReason, probedReason, type Finished } from './overrun';
import type { Solution } from './solution';
import { threadClock, wallNow } from './threadClock';
import {
  callClockMs,
  limitsFor,
  onLeash,
  runSession,
  runTrial,
  type CallLimits,
  type Trial,
} from './trial';
import { count, thousands } from './validator';
import type { SortedValues } from './shape';

/*
 * The big inputs of the complexity and deep tiers: balanced trees of n distinct even values, and
 * paths. Built once per tier and reused; every call is followed by a restore, so a tree stays
 * exactly as built (a tree damaged beyond repair is rebuilt).
 *
 * A complexity point is the mean over a FAMILY of calls: targets spread over the region of one
 * position (so the target's alignment in the tree varies) and, for larger k, k spread over an
 * octave (so a cost that wobbles with powers of two averages out). One call alone can sit 50% off
 * a solution's typical cost; the mean of a family does not.
 */

export interface Workload {
  tree: CountingTree;
  sorted: SortedValues;
  description: string;
}

export type Position = 'nearMin' | 'middle' | 'nearMax' | 'below' | 'above' | 'atValue';

export const POSITION_WORDS: Record<Position, string> = {
  nearMin: 'near the minimum',
  middle: 'in the middle',
  nearMax: 'near the maximum',
  below: 'below the minimum',
  above: 'above the maximum',
  atValue: 'equal to a value',
};

export const ALL_POSITIONS: readonly Position[] = [
  'nearMin',
  'middle',
  'nearMax',
  'below',
  'above',
  'atValue',
];

/** Where each position's region is centred, as a fraction of the sorted values. */
const CENTRE: Record<'nearMin' | 'middle' | 'nearMax' | 'atValue', number> = {
  nearMin: 1 / 32,
  middle: 0.47,
  nearMax: 31 / 32,
  atValue: 0.53,
};
/**
 * Where a position's targets sit, in words a learner can check against the values ("near the
 * minimum" alone does not say how near); none for targets outside the values or on one.
 */
export function positionPlace(position: Position): string | undefined {
  if (position !== 'nearMin' && position !== 'middle' && position !== 'nearMax') return undefined;
  // The region targetsAt spreads a family's targets over (one target sits at its centre).
  const [low, high] = [CENTRE[position] - 1 / 64, CENTRE[position] + 1 / 64];
  const range = Number.isInteger(low * 64)
    ? `${low * 64}/64 to ${high * 64}/64`
    : `${Math.floor(low * 100)}% to ${Math.ceil(high * 100)}%`;
  return `about ${range} of the way up the values`;
}

/** A position's words with its place: "near the minimum (about 1/64 to 3/64 of the way up…)". */
export function placedWords(position: Position): string {
  const place = positionPlace(position);
  return `${POSITION_WORDS[position]}${place ? ` (${place})` : ''}`;
}

/** Offsets from a value: off the values and off the midpoints between them (values are 2 apart). */
const OFFSET: Record<'nearMin' | 'middle' | 'nearMax' | 'atValue', number> = {
  nearMin: 0.25,
  middle: 0.75,
  nearMax: 1.75,
  atValue: 0,
};

/**
 * `count` targets for a position, spread over a region 1/32 of the values wide around it. No two
 * distances tie, so every solution reads the same way whichever way it breaks ties; `atValue`
 * targets sit exactly on values, the special case many solutions branch on.
 */
export function targetsAt(sorted: SortedValues, position: Position, total: number): number[] {
  const n = sorted.length;
  return Array.from({ length: total }, (_, j) => {
    if (position === 'below') return sorted[0] - 7.5 - 2 * j;
    if (position === 'above') return sorted[n - 1] + 7.5 + 2 * j;
    const spread = total > 1 ? j / (total - 1) - 0.5 : 0;
    const fraction = CENTRE[position] + spread / 32;
    const i = Math.min(n - 1, Math.max(0, Math.round(fraction * (n - 1))));
    return sorted[i] + OFFSET[position];
  });
}

/** `total` values of k spread geometrically over an octave around `centre` (k = 1 stays 1). */
export function ksAround(centre: number, total: number): number[] {
  if (centre < 8 || total === 1) return [centre];
  return Array.from({ length: total }, (_, j) =>
    Math.round(centre * 2 ** ((j + 0.5) / total - 0.5)),
  );
}

/** Small k, odd and even: what a fallback on k's size or parity keys on. */
export const SMALL_KS: readonly number[] = [1, 2, 3, 4];

/** The values of k a family calls at a point whose k is `centre`. */
export function familyKs(centre: number, family: Family): readonly number[] {
  return typeof family.ks === 'number' ? ksAround(centre, family.ks) : family.ks;
}

/**
 * Every target meets every k once; each run of as many samples as there are ks holds every k (so
 * that a first look sees a fallback on any one k), and the targets turn over from run to run.
 */
export function samplesOf<T>(
  targets: readonly T[],
  ks: readonly number[],
): { target: T; k: number }[] {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const cycle = (targets.length * ks.length) / gcd(targets.length, ks.length);
  return Array.from({ length: targets.length * ks.length }, (_, s) => ({
    target: targets[(s + Math.floor(s / cycle)) % targets.length],
    k: ks[s % ks.length],
  }));
}

const cache = new Map<string, Workload>();

/**
 * Forgets the trees built so far. Each tier starts from fresh trees: a solution that remembers
 * trees between calls (keyed by the root) must pay for its first look at every tree in every tier.
 */
export function resetWorkloads(): void {
  cache.clear();
}

function cached(key: string, build: () => Workload): Workload {
  let workload = cache.get(key);
  if (!workload || workload.tree.broken) {
    workload = build();
    cache.set(key, workload);
  }
  return workload;
}

/**
 * Layouts outlive the trees made over them: a new tree over a kept layout costs its root object,
 * and its other node objects only as a solution reads its way to them.
 */
const layouts = new Map<number, { sorted: SortedValues; layout: Layout }>();

/**
 * The balanced layout of n even values, built once per process (the memory probe's too). The
 * values are a typed array: at 2^22 a plain array is 32 MB on the heap that every collection
 * walks; this one is outside it, and filled in 12 ms against the array's 27 here.
 */
export function balancedLayoutOf(n: number): { sorted: SortedValues; layout: Layout } {
  let kept = layouts.get(n);
  if (!kept) {
    const sorted = evenInts(n);
    kept = { sorted, layout: balancedLayout(sorted) };
    layouts.set(n, kept);
  }
  return kept;
}

export function balancedWorkload(n: number): Workload {
  return cached(`balanced ${n}`, () => {
    const { sorted, layout } = balancedLayoutOf(n);
    return {
      tree: new CountingTree(layout),
      sorted,
      description: `a balanced tree of ${count(n, 'node')}: the even numbers from ${-n} to ${n - 2}`,
    };
  });
}

export function pathWorkload(n: number, lean: Lean): Workload {
  return cached(`path ${lean} ${n}`, () => {
    const sorted = evenValues(n);
    const kind = lean === 'zigzag' ? 'a zigzag path' : `a ${lean}-leaning path`;
    return {
      tree: CountingTree.build(path(sorted, lean)),
      sorted,
      description: `${kind} of ${count(n, 'node')} (${count(n, 'level')} deep): the even numbers from ${-n} to ${n - 2}`,
    };
  });
}

/** A failed call: its trial, and the case rendered for the learner with any (re-worded) trial. */
export interface FailedCall {
  ok: false;
  trial: Trial;
  /** The k of the call that failed (a point's family asks several). */
  k: number;
  render: (trial: Trial) => string;
}

export type Called = { ok: true; reads: number; ms: number; cpuMs: number } | FailedCall;

/** One call on a workload; on failure, the case rendered for the learner under `headline`. */
export function measureCall(
  solution: Solution,
  workload: Workload,
  target: number,
  k: number,
  headline: () => string,
  limits: CallLimits = limitsFor(workload.tree.size),
  inSession = false,
): Called {
  const trial = runTrial(solution, workload.tree, workload.sorted, target, k, limits, inSession);
  if (trial.passed) return { ok: true, reads: trial.reads, ms: trial.ms, cpuMs: trial.cpuMs };
  return {
    ok: false,
    trial,
    k,
    render: (shown) => renderCall(workload, target, k, shown, headline()),
  };
}

function renderCall(
  workload: Workload,
  target: number,
  k: number,
  trial: Trial,
  headline: string,
): string {
  const view = {
    description: workload.description,
    levelOrderStart: CountingNode.levelOrderStart(workload.tree.root, SHOWN_ENTRIES),
    sorted: workload.sorted,
    target,
    k,
  };
  return [headline, renderFailure(view, trial)].join('\n');
}

/** How many calls make one point, and how they pair. */
export interface Family {
  targets: number;
  /** How many values of k, spread over an octave around each point's k; or the values themselves. */
  ks: number | readonly number[];
  /** Also call each target with k = 1, so a point's cost per extra k leaves out the descent. */
  paired?: boolean;
}

/**
 * After every round of this many calls, once the mean is known to within 1% (its standard error),
 * the rest of the family is left out. A solution whose reads barely vary (most do) needs one round;
 * one that wobbles a lot (a pruned search) gets the whole family.
 */
const ROUND = 4;
/** A guarded session starts calls for at most this share of one call's time limit. */
export const SESSION_SHARE = 4;
/** Calls per point in a first look (see growthCheck): enough to see a verdict that is far off. */
export const FIRST_LOOK = 2;
const PRECISE_ENOUGH = 0.01;

/**
 * The calls of one family at one size and position, taken a round at a time so that a first look
 * can be extended later without starting over (a solution that caches per tree pays for its first
 * look at each tree in the mean either way).
 */
class FamilySample {
  private built:
    { workload: Workload; samples: { target: number; k: number }[]; kCount: number } | undefined;
  private limits: CallLimits;
  private taken = 0;
  private readonly costs: number[] = [];
  private sums = { reads: 0, base: 0, k: 0 };
  private firstCpuMs = 0;
  /** The reads of the sample's own call, while its k = 1 twin is still to come. */
  private pending: number | undefined;

  constructor(
    private readonly solution: Solution,
    private readonly n: number,
    private readonly position: Position,
    private readonly kCentre: number,
    private readonly family: Family,
  ) {
    this.limits = limitsFor(n);
  }

  // The tree is built at the family's first call: a series whose first size already fails never
  // builds its larger trees.
  private get workload(): Workload {
    return this.prepared().workload;
  }
  private get samples(): { target: number; k: number }[] {
    return this.prepared().samples;
  }

  private prepared() {
    if (!this.built) {
      const workload = balancedWorkload(this.n);
      const targets = targetsAt(workload.sorted, this.position, this.family.targets);
      const ks = familyKs(this.kCentre, this.family);
      this.built = { workload, samples: samplesOf(targets, ks), kCount: ks.length };
    }
    return this.built;
  }

  private headline(k: number): string {
    return `at n = ${thousands(this.n)}, target ${placedWords(this.position)}, k = ${k}:`;
  }

  /** Takes up to `calls` more calls, or until the mean is precise enough; a failed call ends it. */
  take(calls: number): FailedCall | null {
    // A first look sees every k of the family: a fallback on one k must show in it.
    const wanted = this.taken === 0 ? Math.max(calls, this.prepared().kCount) : calls;
    const end = Math.min(this.samples.length, this.taken + wanted);
    while (this.taken < end && !this.preciseEnough()) {
      const failed = this.sampleInSession(end);
      if (failed) return failed;
    }
    return null;
  }

  /** Stops each call past `reads`: more would be a verdict on growth already (SeriesSpec.capRatio). */
  cap(reads: number): void {
    const readLimit = Math.min(this.limits.readLimit, Math.ceil(reads));
    // The clock stays the size's own: the first walk of a huge tree makes its node objects.
    this.limits = { ...this.limits, readLimit, growthCap: true };
  }

  get measured(): boolean {
    return this.costs.length > 0;
  }

  private preciseEnough(): boolean {
    return this.taken % ROUND === 0 && this.taken > 0 && relativeError(this.costs) < PRECISE_ENOUGH;
  }

  /**
   * Calls under one guarded session (vm's clock costs each guarded run a thread: up to a
   * millisecond of wall time on a busy machine). Another call starts only while the session has
   * used at most a quarter of its clock, so that a call that hangs is still stopped after three
   * quarters of it at least. The family's first session has the clock a call alone would have (the
   * first call makes a huge tree's node objects); on the leash, its first sample's calls (the call
   * and its twin) each have a session of their own on that clock, and later sessions the leash's
   * 100 ms (runSession).
   */
  private sampleInSession(end: number): FailedCall | null {
    let failed: FailedCall | null = null;
    let running = this.samples[this.taken];
    const before = this.state();
    const first = this.taken === 0;
    const alone = first && onLeash();
    const limitMs = this.limits.timeoutMs;
    const stopped = runSession(
      (clockMs) => {
        const started = wallNow();
        for (let calls = 0; !failed; calls++) {
          const between = this.pending === undefined;
          if (between && (this.taken >= end || this.preciseEnough())) return;
          if (calls > 0 && (alone || wallNow() - started > clockMs / SESSION_SHARE)) return;
          const sample = this.samples[this.taken];
          // The call about to run: the sample's own, or its k = 1 twin.
          running = between ? sample : { ...sample, k: 1 };
          failed = this.step(first && between);
        }
      },
      limitMs,
      () => this.workload.tree,
      () => {
        this.restore(before);
        failed = null;
      },
      first ? callClockMs(this.limits, this.n) : undefined,
    );
    if (!stopped) return failed;
    const { target, k } = running;
    return {
      ok: false,
      trial: stopped,
      k,
      render: (shown) => renderCall(this.workload, target, k, shown, this.headline(k)),
    };
  }

  /** What sampling changes, to undo a session run again (runSession). */
  private state() {
    const { taken, costs, sums, firstCpuMs, pending } = this;
    return { taken, costs: costs.length, sums: { ...sums }, firstCpuMs, pending };
  }

  private restore(state: ReturnType<FamilySample['state']>): void {
    this.taken = state.taken;
    this.costs.length = state.costs;
    this.sums = { ...state.sums };
    this.firstCpuMs = state.firstCpuMs;
    this.pending = state.pending;
  }

  /**
   * The next call: a sample's own, or (paired) its k = 1 twin; the sample's cost is recorded once
   * both are in. `timed`: the family's first call, whose thread time words about growth compare.
   */
  private step(timed: boolean): FailedCall | null {
    const { target, k } = this.samples[this.taken];
    if (this.pending === undefined) {
      const before = timed ? threadClock().cpuMs : 0;
      const call = this.call(target, k);
      if (!call.ok) return call;
      if (timed) this.firstCpuMs = threadClock().cpuMs - before;
      this.pending = call.reads;
      if (this.family.paired) return null;
    }
    const reads = this.pending;
    // Per call: reads per value (beyond the first, when paired), whose spread says how precise
    // the mean is; the spread of k inside a family is there on purpose and must not count.
    let cost = reads / k;
    if (this.family.paired) {
      const one = this.call(target, 1);
      if (!one.ok) return one;
      this.sums.base += one.reads;
      cost = (reads - one.reads) / Math.max(k - 1, 1);
    }
    this.sums.reads += reads;
    this.sums.k += k;
    this.costs.push(cost);
    this.taken++;
    this.pending = undefined;
    return null;
  }

  private call(target: number, k: number): Called {
    const headline = () => this.headline(k);
    return measureCall(this.solution, this.workload, target, k, headline, this.limits, true);
  }

  /** The family's first query timed again (see fastest). */
  fastest(axis: 'n' | 'k'): Finished | undefined {
    const { target, k } = this.samples[0];
    const limits = { ...this.limits, probe: true };
    return fastest(axis === 'n' ? this.n : k, () =>
      measureCall(this.solution, this.workload, target, k, () => '', limits),
    );
  }

  point(): Point {
    const m = this.costs.length;
    const { reads, base, k } = this.sums;
    return {
      n: this.n,
      k: k / m,
      reads: reads / m,
      cpuMs: this.firstCpuMs,
      ...(this.family.paired && { base: base / m }),
    };
  }
}

/** Standard error of the mean, relative to the mean. */
function relativeError(values: readonly number[]): number {
  const m = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / m;
  if (m < 2 || mean === 0) return mean === 0 && values.every((v) => v === 0) ? 0 : Infinity;
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (m - 1);
  return Math.sqrt(variance / m) / Math.abs(mean);
}

export interface SeriesSpec {
  position: Position;
  /** The sizes of the series, in order; x is what grows (n or k). */
  at: readonly { n: number; k: number }[];
  family: Family;
  x: 'n' | 'k';
  /**
   * Reads per call at the last point (the largest tree) are capped at this many times the point
   * before's mean (scaled by the family's largest k along n): a call past that has already failed
   * the last step, and need not walk a huge tree. Earlier points are never capped: a hybrid may still improve later.
   */
  capRatio?: number;
  /**
   * ...and at most `share` of the last point's n, though never below `limit` times the point
   * before's mean (scaled as above: what the check's limit allows): on trees of 2^22 nodes, a walk
   * of the whole tree would make millions of node objects (the grading process has 256 MB).
   */
  capShare?: { share: number; limit: number };
}

export type Series =
  | { ok: true; points: Point[] }
  | { ok: false; trial: Trial; message: string; points: Point[]; k: number };

/** The size of the probe that tells a slow solution from an endless one. */
const PROBE_N = 256;
/** On 256 nodes, even work quadratic in n takes a millisecond: no need to wait longer. */
export const PROBE_BASE_MS = 50;

/**
 * A series of points, measured a round of calls per point at a time (`more`), so that a first
 * look can be extended. When a call fails, the series stops there; a call stopped by the clock or
 * the read limit is explained with what the finished points show (slow, or endless?).
 */
export class SeriesSample {
  private readonly families: FamilySample[];
  private failed: Series | undefined;
  /** How many points a stop (more's `enough`) left measured: later calls extend only those. */
  private measuring = Infinity;

  constructor(
    private readonly solution: Solution,
    private readonly spec: SeriesSpec,
  ) {
    this.families = spec.at.map(
      ({ n, k }) => new FamilySample(solution, n, spec.position, k, spec.family),
    );
  }

  /**
   * Up to `calls` more calls for every point (all of each family by default), point after point;
   * once `enough` says so of the points measured, the larger ones are left out for good.
   */
  more(calls = Infinity, enough: (points: Point[]) => boolean = () => false): Series {
    if (this.failed) return this.failed;
    for (const [i, family] of this.families.entries()) {
      if (i >= this.measuring) break;
      const previous = this.families[i - 1];
      const last = i === this.families.length - 1;
      if (this.spec.capRatio && last && previous && !family.measured) {
        const before = previous.point();
        // The family's largest k: each call's cap must leave room for the costliest call.
        const largest = Math.max(...familyKs(this.spec.at[i].k, this.spec.family));
        const scale = this.spec.x === 'n' ? largest / before.k : 1;
        const { share = Infinity, limit = 1 } = this.spec.capShare ?? {};
        const lowest = Math.max(share * this.spec.at[i].n, limit * before.reads * scale);
        family.cap(Math.min(this.spec.capRatio * before.reads * scale + 1000, lowest));
      }
      const failed = family.take(calls);
      if (failed) return this.fail(i, failed);
      if (enough(this.families.slice(0, i + 1).map((f) => f.point()))) this.measuring = i + 1;
    }
    return { ok: true, points: this.families.slice(0, this.measuring).map((f) => f.point()) };
  }

  private fail(i: number, failed: FailedCall): Series {
    const before = this.families.slice(0, i);
    const points = before.map((f) => f.point());
    const at = this.spec.at[i];
    const finished =
      failed.trial.kind === 'timeout'
        ? before.map((f, j) => f.fastest(this.spec.x) ?? finishedPoint(points[j], this.spec.x))
        : points.map((p) => finishedPoint(p, this.spec.x));
    const trial = {
      ...failed.trial,
      reason: stoppedReason(this.solution, failed.trial, finished, at, this.spec),
    };
    this.failed = { ok: false, trial, message: failed.render(trial), points, k: failed.k };
    return this.failed;
  }
}

/** Calls that time a finished size again when a larger one ran out of time. */
const RETIMED = 3;
/** A call this long (CPU ms) is timed once: a few milliseconds of noise do not move it. */
const STEADY_MS = 50;

/**
 * One query timed again and again (each call under its own guard, clear of the leash), its fastest
 * CPU time kept: words about how time grew compare single calls of a few milliseconds, which a busy
 * machine can stretch several times over, and only ever stretches. A long call is timed once.
 */
export function fastest(x: number, call: () => Called): Finished | undefined {
  let best: Finished | undefined;
  for (let i = 0; i < RETIMED; i++) {
    const called = call();
    if (!called.ok) break;
    if (!best || called.cpuMs < best.cpuMs) best = { x, reads: called.reads, cpuMs: called.cpuMs };
    if (called.cpuMs >= STEADY_MS) break;
  }
  return best;
}

const finishedPoint = (point: Point, axis: 'n' | 'k'): Finished => ({
  x: point[axis],
  reads: point.reads,
  cpuMs: point.cpuMs,
});

/** A series measured in full. */
export function measureSeries(solution: Solution, spec: SeriesSpec): Series {
  return new SeriesSample(solution, spec).more();
}

function stoppedReason(
  solution: Solution,
  trial: Trial,
  finished: readonly Finished[],
  at: { n: number; k: number },
  spec: SeriesSpec,
): string | undefined {
  // A probe costs a second stop when the code hangs everywhere: once per run is enough.
  if (finished.length > 0 || trial.kind !== 'timeout' || trial.leashed) {
    return overrunReason(trial, at[spec.x], finished, spec.x);
  }
  const small = balancedWorkload(PROBE_N);
  const [target] = targetsAt(small.sorted, spec.position, 1);
  const limits = { ...limitsFor(PROBE_N, undefined, PROBE_BASE_MS), probe: true };
  const probe = measureCall(solution, small, target, Math.min(at.k, 16), () => '', limits);
  return probe.ok
    ? probedReason(trial, { size: `a tree of ${PROBE_N} nodes`, ms: probe.ms })
    : trial.reason;
}
