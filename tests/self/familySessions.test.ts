import { watchGuards } from '../grader/guard';
import type { Solution } from '../grader/solution';
import { threadClock, wallNow } from '../grader/threadClock';
import { resetLeash } from '../grader/trial';
import type { TreeNode } from '../../kata/TreeNode';
import { SeriesSample, SESSION_SHARE, type SeriesSpec } from '../grader/workloads';

/*
 * The calls of a complexity point (a family) share guarded runs: each guarded run costs vm a thread
 * of its own, up to a millisecond of wall time on a busy machine, where a call of an O(log n + k)
 * walk takes microseconds. Sharing must not cost a call its limits: a session starts no call once
 * it has used a quarter of its clock, and what a call may add to memory is its own.
 */

/** Values in order, by a recursive walk: reads the whole tree, an honest answer every time. */
function inOrderValues(root: TreeNode | null, out: number[] = []): number[] {
  if (!root) return out;
  inOrderValues(root.left, out);
  out.push(root.val);
  inOrderValues(root.right, out);
  return out;
}

function closest(root: TreeNode | null, target: number, k: number): number[] {
  return inOrderValues(root)
    .sort((a, b) => Math.abs(a - target) - Math.abs(b - target))
    .slice(0, k);
}

const walk: Solution = { file: 'walk.ts', fn: closest };

const spec = (n: number, paired: boolean): SeriesSpec => ({
  position: 'middle',
  at: [{ n, k: 4 }],
  family: { targets: 4, ks: [2, 4], paired },
  x: 'n',
});

/** What the guard saw while `measure` ran: guarded runs, and calls told to count memory anew. */
function watched(measure: () => void): { runs: number; calls: number } {
  const seen = { runs: 0, calls: 0 };
  watchGuards({
    start: () => seen.runs++,
    call: () => seen.calls++,
    end: () => {},
  });
  try {
    resetLeash();
    measure();
  } finally {
    watchGuards(undefined);
  }
  return seen;
}

test("a point's quick calls and their k = 1 twins share a guarded run until it has used its share of the clock", () => {
  let calls = 0;
  const counted: Solution = {
    file: walk.file,
    fn: (root, target, k) => {
      calls++;
      return closest(root, target, k);
    },
  };
  // Each guarded run's clock and wall time, as the session's rule reads them (wallNow).
  const runs: { clockMs: number; from: number; ms: number }[] = [];
  watchGuards({
    start: (clockMs) => runs.push({ clockMs, from: wallNow(), ms: 0 }),
    end: () => (runs[runs.length - 1].ms = wallNow() - runs[runs.length - 1].from),
  });
  try {
    resetLeash();
    const series = new SeriesSample(counted, spec(1 << 10, true)).more();
    expect(series.ok).toBe(true);
  } finally {
    watchGuards(undefined);
  }
  // Every sample is a call and its twin: at least one round of four samples.
  expect(calls).toBeGreaterThanOrEqual(8);
  // Idle, one run holds them all (a few ms); a busy machine may stretch a run's wall time past its
  // share, and only then does the next call get a run of its own.
  for (const run of runs.slice(0, -1)) {
    expect(run.ms).toBeGreaterThanOrEqual(run.clockMs / SESSION_SHARE);
  }
});

test('a session starts no call once it has used a quarter of its clock: a slow point takes several', () => {
  // 2^10 nodes: a clock of 0.7 s, a quarter of it 0.18 s. Each call spins 0.1 s of its thread's
  // time (so a busy machine stretches it only longer): two calls a session at most.
  const slow: Solution = {
    file: walk.file,
    fn: (root, target, k) => {
      const until = threadClock().cpuMs + 100;
      while (threadClock().cpuMs < until);
      return closest(root, target, k);
    },
  };
  let calls = 0;
  const seen = watched(() => {
    const series = new SeriesSample(
      {
        ...slow,
        fn: (...args) => {
          calls++;
          return slow.fn(...args);
        },
      },
      spec(1 << 10, false),
    ).more(4);
    expect(series.ok).toBe(true);
  });
  expect(calls).toBe(4);
  expect(seen.runs).toBeGreaterThanOrEqual(2);
});

test('each call of a session tells the memory watch it begins: its budget is its own', () => {
  let made = 0;
  const counted: Solution = { ...walk, fn: (...args) => (made++, walk.fn(...args)) };
  const seen = watched(() => new SeriesSample(counted, spec(1 << 10, false)).more(4));
  expect(made).toBeGreaterThanOrEqual(4);
  // However many runs a busy machine split them into (idle: one), every call told it.
  expect(seen.calls).toBe(made);
});

test('a k = 1 twin that hangs is shown as the call it is: k = 1', () => {
  const hangsAtOne: Solution = {
    file: walk.file,
    fn: (root, target, k) => {
      if (k === 1) for (;;);
      return closest(root, target, k);
    },
  };
  watched(() => {
    const series = new SeriesSample(hangsAtOne, {
      ...spec(1 << 10, true),
      family: { targets: 2, ks: [8], paired: true },
    }).more();
    expect(series.ok).toBe(false);
    if (series.ok) return;
    expect(series.trial.kind).toBe('timeout');
    expect(series.message).toMatch(/k = 1:/);
    expect(series.message).not.toMatch(/k = 8:/);
  });
});
