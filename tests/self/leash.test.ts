import { spawnSync } from 'node:child_process';
import { CountingTree } from '../grader/countingTree';
import { evenValues } from '../grader/generators';
import { clockCallsWith } from '../grader/guard';
import type { Solution } from '../grader/solution';
import { closestK } from '../grader/validator';
import { leashEveryTier, resetLeash, runSession, runTrial, type CallLimits } from '../grader/trial';
import { runTier } from '../grader/tiers/index';
import { PROJECT_ROOT } from '../grader/paths';

/*
 * The leash: once a call had to be stopped, later calls of the tier get a short time limit, so a
 * solution that hangs in every call still ends in seconds; a new tier starts unleashed, unless a
 * call of the run was stuck where only ending its process stopped it.
 */

const sorted = evenValues(7);
const tree = CountingTree.balanced(sorted);
const hangs: Solution = {
  file: 'hangs.ts',
  fn: () => {
    for (;;) {
      // never returns, never reads
    }
  },
};
const limits: CallLimits = { timeoutMs: 400, readLimit: 4_000_000 };
const call = () => runTrial(hangs, tree, sorted, 3, 2, limits);
const reader: Solution = { file: 'reader.ts', fn: (root) => [root!.val, root!.left!.val] };

test('after a call is stopped, the next ones of the tier are on the short leash', () => {
  resetLeash();
  const first = call();
  expect(first.kind).toBe('timeout');
  expect(first.leashed).toBe(false);
  expect(first.reason).toContain('within 0.4 s');
  const second = call();
  expect(second.leashed).toBe(true);
  expect(second.reason).toContain('within 0.2 s');
});

test('a new tier starts unleashed', () => {
  resetLeash();
  const trial = call();
  expect(trial.leashed).toBe(false);
  expect(trial.reason).toContain('within 0.4 s');
});

test("the thread clock reads this thread's time on a core, in milliseconds: a part of the process's", () => {
  // In a process of its own with no helper threads (--single-threaded): a Jest worker's collector
  // and compiler threads, busy with its large heap, added 110 ms to a spin of 50 ms beside four busy
  // loops, and the process's count then says little of the thread's.
  const spin = `
    const { threadClock } = require(${JSON.stringify(require.resolve('../grader/threadClock'))});
    const before = threadClock();
    const process0 = process.cpuUsage();
    while (threadClock().cpuMs < before.cpuMs + 200);
    const { user, system } = process.cpuUsage(process0);
    console.log(JSON.stringify({ threadMs: threadClock().cpuMs - before.cpuMs, processMs: (user + system) / 1000 }));`;
  const run = spawnSync(
    process.execPath,
    ['--single-threaded', '--require', 'tsx/cjs', '-e', spin],
    {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      timeout: 120_000, // a guard against a hang, not a limit
    },
  );
  const { threadMs, processMs } = JSON.parse(run.stdout) as { threadMs: number; processMs: number };
  // The thread's count moves by a scheduler tick (4 ms here; 10 ms at most, Linux's HZ being 100
  // or more): it runs ahead of the process's by up to 4.0 ms in ten runs here. A parse off by a
  // power of ten misses by 10× at least.
  expect(Math.abs(threadMs - processMs)).toBeLessThanOrEqual(11);
  expect(processMs).toBeLessThan(threadMs * 3);
});

/*
 * Starved or not is the grader's judgment of where a call's time went (threadClock.ts); these
 * tests give it the figures on a simulated clock that the calls themselves advance, so that the
 * machine's load changes nothing. Each run still ends as a real one does: by vm's clock (a thread
 * asleep until it stops it) or by returning.
 */
const clock = { ms: 0, cpuMs: 0, waitedMs: 0 };
afterEach(() => clockCallsWith());

/** Pass `ms` on the simulated clock: `cpuMs` of it on a core, `waitedMs` waiting for one. */
function spend(cpuMs: number, waitedMs: number, asleepMs = 0): void {
  clock.ms += cpuMs + waitedMs + asleepMs;
  clock.cpuMs += cpuMs;
  clock.waitedMs += waitedMs;
}

/** Until vm's clock stops the call (a thread asleep: no CPU, no real time spent on a core). */
function blockUntilStopped(): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}

function simulated(): void {
  resetLeash();
  clockCallsWith(() => ({ ...clock }));
}

test('a call the machine starved of its time is run once more on a longer clock, so a call that keeps reading is stopped by the read limit on a busy machine too', () => {
  simulated();
  let runs = 0;
  // Its clock of 400 ms ran out while the machine kept it waiting for a core; run again, it
  // reads without end.
  const starvedReader: Solution = {
    file: 'starvedReader.ts',
    fn: (root) => {
      if (runs++ === 0) {
        spend(0, 500);
        blockUntilStopped();
      }
      for (let node = root; ; node = node!.left ?? root) void node!.val;
    },
  };
  const trial = runTrial(starvedReader, tree, sorted, 3, 2, {
    timeoutMs: 400,
    readLimit: 2_000_000,
  });
  expect(runs).toBe(2);
  expect(trial.kind).toBe('readLimit');
});

test('a call asleep forever is run once more, then ended by its wall clock: two clocks, not forty', () => {
  simulated();
  let runs = 0;
  const asleep: Solution = {
    file: 'asleep.ts',
    fn: () => {
      runs++;
      spend(1, 0, 399);
      blockUntilStopped();
    },
  };
  const trial = runTrial(asleep, tree, sorted, 3, 2, { timeoutMs: 400, readLimit: 2_000_000 });
  expect(runs).toBe(2);
  expect(trial.kind).toBe('timeout');
  expect(trial.reason).toContain('did not return within 0.4 s');
});

test('a call that slept through its first clock (a disk the machine was slow to read) and returns at once on its second is in time', () => {
  simulated();
  let runs = 0;
  const sleptOnce: Solution = {
    file: 'sleptOnce.ts',
    fn: (root) => {
      if (runs++ === 0) {
        spend(5, 0, 500);
        blockUntilStopped();
      }
      spend(1, 0);
      void root!.val;
      return closestK(sorted, 3, 2);
    },
  };
  const trial = runTrial(sleptOnce, tree, sorted, 3, 2, {
    timeoutMs: 400,
    readLimit: 2_000_000,
  });
  expect(runs).toBe(2);
  expect(trial.passed).toBe(true);
});

test('the same on the real clock: a call asleep in Atomics.wait forever is stopped by its clock', () => {
  resetLeash();
  const asleep: Solution = { file: 'asleep.ts', fn: blockUntilStopped };
  expect(runTrial(asleep, tree, sorted, 3, 2, limits).kind).toBe('timeout');
});

// UNSTARVED (guard.ts) is 90% of the limit: idle, a loop stopped by its clock has had 99% of it
// and more; a thread given 60% of a core, 60%.
test.each([
  ['had 95% of its clock (an idle machine, 5 points above the line): not run again', 380, 20, 1],
  ['had 85% of it (5 points below the line): run again', 340, 60, 2],
  ['had 60% of it (a busy machine): run again', 240, 160, 2],
])('a loop stopped by its clock that %s', (_, cpuMs, waitedMs, expectedRuns) => {
  simulated();
  let runs = 0;
  const loops: Solution = {
    file: 'loops.ts',
    fn: () => {
      runs++;
      spend(cpuMs, waitedMs);
      blockUntilStopped();
    },
  };
  const trial = runTrial(loops, tree, sorted, 3, 2, { timeoutMs: 400, readLimit: 2_000_000 });
  expect(runs).toBe(expectedRuns);
  expect(trial.kind).toBe('timeout');
});

test.each([
  ['more than its limit (600 ms of 400): too slow, as on an idle machine', 600, 'timeout'],
  ['less than its limit (150 ms of 400): in time, as on an idle machine', 150, undefined],
  ['its limit to the millisecond (400 ms of 400): in time', 400, undefined],
])('a call the machine starved returns on its longer clock having had %s', (_, hadMs, kind) => {
  simulated();
  let runs = 0;
  // Starved on its first run (all its 500 ms waiting for a core), it returns on its second.
  const slow: Solution = {
    file: 'slow.ts',
    fn: (root) => {
      if (runs++ === 0) {
        spend(0, 500);
        blockUntilStopped();
      }
      spend(hadMs, 1000);
      void root!.val;
      return closestK(sorted, 3, 2);
    },
  };
  const trial = runTrial(slow, tree, sorted, 3, 2, { timeoutMs: 400, readLimit: 2_000_000 });
  expect(runs).toBe(2);
  expect(trial.kind).toBe(kind);
});

test('a call given more than half but less than all of a core runs again too: judged on the time its limit means', () => {
  simulated();
  let runs = 0;
  // It needs 300 ms; its first run had 250 of its 400 (60% of a core) and was stopped.
  const busy: Solution = {
    file: 'busy.ts',
    fn: (root) => {
      if (runs++ === 0) {
        spend(250, 150);
        blockUntilStopped();
      }
      spend(300, 200);
      void root!.val;
      return closestK(sorted, 3, 2);
    },
  };
  const trial = runTrial(busy, tree, sorted, 3, 2, { timeoutMs: 400, readLimit: 2_000_000 });
  expect(runs).toBe(2);
  expect(trial.kind).toBeUndefined();
});

test('a session the machine starved runs again from the start, after its caller undid its effects', () => {
  simulated();
  let runs = 0;
  let restarts = 0;
  const stopped = runSession(
    () => {
      // Starved past the 400 ms limit on its first run, then a few quick calls.
      if (runs++ === 0) {
        spend(0, 500);
        blockUntilStopped();
      }
      for (let i = 0; i < 3; i++) runTrial(reader, tree, sorted, 3, 2, limits, true);
    },
    400,
    () => undefined,
    () => restarts++,
  );
  expect(stopped).toBeNull();
  expect([runs, restarts]).toEqual([2, 1]);
});

// Last: nothing in this process is unleashed after it.
test('once a call of the run was stuck, every tier starts on the leash', () => {
  leashEveryTier();
  resetLeash();
  const trial = call();
  expect(trial.leashed).toBe(true);
  expect(trial.reason).toContain('within 0.2 s');
});

// A loop in a getter of the answer, or in a formatter of what was thrown, is a stop like a loop in
// the call: the tier ends there instead of spending a leashed clock on each of its checks (and
// correct's generated families, on shrinking each).
test.each([
  ['reading what it returned', 'wrongAnswer'],
  ['reading what it threw', 'threw'],
])('a call stopped %s ends its tier: later checks are not run', (_, kind) => {
  let calls = 0;
  const loops = {
    get message(): string {
      for (;;);
    },
  };
  const solution: Solution = {
    file: 'loopsAfter.ts',
    fn: () => {
      calls += 1;
      if (kind === 'threw') throw loops;
      return Object.defineProperty([], 0, {
        get(): number {
          for (;;);
        },
      });
    },
  };
  const result = runTier('correct', solution, 272);
  const [first, ...rest] = result.checks;
  expect(first).toMatchObject({ passed: false, kind, stopped: true });
  expect(result).toMatchObject({ kind, stopped: true });
  expect(rest.length).toBeGreaterThan(2);
  expect(rest.every((check) => check.notRun)).toBe(true);
  // One call, or two when the machine kept the first from its core (guard.ts runs it again).
  expect(calls).toBeLessThanOrEqual(2);
});
