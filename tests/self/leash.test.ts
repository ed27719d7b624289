import { CountingTree } from '../grader/countingTree';
import { evenValues } from '../grader/generators';
import type { Solution } from '../grader/solution';
import { closestK } from '../grader/validator';
import { leashEveryTier, resetLeash, runSession, runTrial, type CallLimits } from '../grader/trial';

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

test('a call the machine starved of its time is run once more on a longer clock, so a call that keeps reading is stopped by the read limit on a busy machine too', () => {
  resetLeash();
  // Idle for 500 ms (as if the machine gave it no CPU), then reads without end: the clock of
  // 400 ms fires first, with the call having had almost no CPU.
  const sleepy: Solution = {
    file: 'sleepy.ts',
    fn: (root) => {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
      for (let node = root; ; node = node!.left ?? root) void node!.val;
    },
  };
  const trial = runTrial(sleepy, tree, sorted, 3, 2, { timeoutMs: 400, readLimit: 2_000_000 });
  expect(trial.kind).toBe('readLimit');
  // A call that keeps the CPU busy until its clock runs out is stopped by the clock.
  resetLeash();
  expect(call().kind).toBe('timeout');
});

test.each([
  ['more CPU than its limit (600 ms of 400): too slow, as on an idle machine', 600, 'timeout'],
  ['less CPU than its limit (150 ms of 400): in time, as on an idle machine', 150, undefined],
])('a call the machine starved returns on its longer clock having used %s', (_, cpuMs, kind) => {
  resetLeash();
  let runs = 0;
  // The first run idles past its clock (no CPU, as if starved); the second keeps the CPU busy.
  const slow: Solution = {
    file: 'slow.ts',
    fn: (root) => {
      if (runs++ === 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
      else for (const end = process.cpuUsage().user + cpuMs * 1000; process.cpuUsage().user < end;);
      void root!.val;
      return closestK(sorted, 3, 2);
    },
  };
  const trial = runTrial(slow, tree, sorted, 3, 2, { timeoutMs: 400, readLimit: 2_000_000 });
  expect(runs).toBe(2);
  expect(trial.kind).toBe(kind);
});

test('a call given more than half but less than all of a core runs again too: judged on the CPU its limit means', () => {
  resetLeash();
  let runs = 0;
  // 300 ms of CPU, what it needs; the first run also waits 150 ms for the CPU (as on a machine
  // giving it 60% of a core), so its 400 ms clock runs out after 250 ms of CPU.
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return user + system;
  };
  const busy: Solution = {
    file: 'busy.ts',
    fn: (root) => {
      if (runs++ === 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 150);
      for (const end = cpu() + 300_000; cpu() < end;);
      void root!.val;
      return closestK(sorted, 3, 2);
    },
  };
  const trial = runTrial(busy, tree, sorted, 3, 2, { timeoutMs: 400, readLimit: 2_000_000 });
  expect(runs).toBe(2);
  expect(trial.kind).toBeUndefined();
});

test('a session the machine starved runs again from the start, after its caller undid its effects', () => {
  resetLeash();
  let runs = 0;
  let restarts = 0;
  const stopped = runSession(
    () => {
      runs++;
      // Idle past the 400 ms limit (no CPU, as if starved), then a few quick calls.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
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
