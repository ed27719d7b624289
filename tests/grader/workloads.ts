import { renderFailure, SHOWN_ENTRIES } from './caseReport';
import { CountingNode, CountingTree } from './countingTree';
import { evenValues, path, type Lean } from './generators';
import type { Solution } from './solution';
import type { Point } from './growth';
import { limitsFor, runTrial, type Trial } from './trial';
import { count } from './validator';

/*
 * The big inputs of the complexity and deep tiers: balanced trees of n distinct even values, and
 * paths. Built once per tier and reused; every call is followed by a restore, so a tree stays
 * exactly as built (a tree damaged beyond repair is rebuilt).
 */

export interface Workload {
  tree: CountingTree;
  sorted: readonly number[];
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

/**
 * Targets sit off the values and off the midpoints between them (values are even, 2 apart), so no
 * two distances tie and every solution reads the same way whichever way it breaks ties; one sits
 * exactly on a value, the special case many solutions branch on.
 */
function targetFor(sorted: readonly number[], position: Position): number {
  const at = (fraction: number) => sorted[Math.floor(fraction * (sorted.length - 1))];
  switch (position) {
    case 'nearMin':
      return at(1 / 32) + 0.25;
    case 'middle':
      return at(0.47) + 0.75;
    case 'nearMax':
      return at(31 / 32) + 1.75;
    case 'below':
      return sorted[0] - 7.5;
    case 'above':
      return sorted[sorted.length - 1] + 7.5;
    case 'atValue':
      return at(0.53);
  }
}

const cache = new Map<string, Workload>();

/**
 * Forgets the trees built so far. Each tier starts from fresh trees, as each tier file of
 * `npm test` does: a solution that remembers trees between calls (keyed by the root) must pay for
 * its first look at every tree in every tier, wherever the tier runs.
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

export function balancedWorkload(n: number): Workload {
  return cached(`balanced ${n}`, () => {
    const sorted = evenValues(n);
    return {
      tree: CountingTree.balanced(sorted),
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

export type Measured = { ok: true; reads: number } | { ok: false; trial: Trial; message: string };

/** One call on a workload; on failure, the case rendered for the learner. */
export function measure(
  solution: Solution,
  workload: Workload,
  position: Position,
  k: number,
  growthCap?: number,
): Measured {
  const target = targetFor(workload.sorted, position);
  const n = workload.tree.nodes.length;
  const headline = `at n = ${n.toLocaleString('en-US')}, target ${POSITION_WORDS[position]}, k = ${k}:`;
  const limits =
    growthCap === undefined ? limitsFor(n) : { ...limitsFor(n, growthCap), growthCap: true };
  const trial = runTrial(solution, workload.tree, workload.sorted, target, k, limits);
  if (trial.passed) return { ok: true, reads: trial.reads };
  const view = {
    description: workload.description,
    levelOrderStart: CountingNode.levelOrderStart(workload.tree.root, SHOWN_ENTRIES),
    sorted: workload.sorted,
    target,
    k,
  };
  return { ok: false, trial, message: [headline, renderFailure(view, trial)].join('\n') };
}

export type Series = { ok: true; points: Point[] } | { ok: false; trial: Trial; message: string };

/**
 * Reads on balanced trees of growing size, for one target position and k = kFor(n). After the
 * first size, a call may read at most (growth in n)^1.5 times as much as the previous one: a
 * solution that needs more is already known to be super-linear, and its last point is recorded
 * as a lower bound (`atLeast`) instead of waiting for a quadratic walk over 2^18 nodes.
 * `enough` may end the series early once the verdict cannot change.
 */
export function measureSeries(
  solution: Solution,
  sizes: readonly number[],
  position: Position,
  kFor: (n: number) => number,
  enough: (points: Point[]) => boolean = () => false,
): Series {
  const points: Point[] = [];
  for (const n of sizes) {
    const k = kFor(n);
    const previous = points[points.length - 1];
    const cap = previous ? Math.ceil(previous.reads * (n / previous.n) ** 1.5) + 10_000 : undefined;
    const m = measure(solution, balancedWorkload(n), position, k, cap);
    if (!m.ok) {
      if (m.trial.kind === 'readLimit' && cap !== undefined) {
        points.push({ n, reads: cap, atLeast: true });
        return { ok: true, points };
      }
      return m;
    }
    points.push({ n, reads: m.reads });
    if (enough(points)) break;
  }
  return { ok: true, points };
}
