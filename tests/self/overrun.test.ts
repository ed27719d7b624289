import { overrunReason, probedReason, type Finished } from '../grader/overrun';
import type { Trial } from '../grader/trial';
import { fastest, type Called } from '../grader/workloads';

const stopped = (over: Partial<Trial>): Trial => ({
  passed: false,
  reads: 70_000,
  ms: 700,
  cpuMs: 700,
  kind: 'timeout',
  reason: 'it did not return within 0.7 s and was stopped: an endless loop?',
  output: { lines: [], total: 0 },
  ...over,
});

// Reads grow like n; CPU time like n² (an insertion sort), or like n (just slow).
const quadratic: Finished[] = [
  { x: 256, reads: 1_023, cpuMs: 0.3 },
  { x: 4096, reads: 16_383, cpuMs: 70 },
];
const linearTime: Finished[] = [
  { x: 256, reads: 1_023, cpuMs: 3 },
  { x: 4096, reads: 16_383, cpuMs: 50 },
];

describe('the words for a call stopped after smaller sizes returned', () => {
  test('nothing finished: the original reason (an endless loop?) stands', () => {
    const trial = stopped({});
    expect(overrunReason(trial, 65_536, [], 'n')).toBe(trial.reason);
  });

  test('time growing faster than reads is named as work off the tree', () => {
    const reason = overrunReason(stopped({}), 65_536, quadratic, 'n');
    expect(reason).toContain('It is not an endless loop: it returned at n = 2^8 and 2^12');
    expect(reason).toContain('its time grew like n^2.0 while its reads grew like n');
    expect(reason).toContain('work that never touches the tree grows faster than n');
  });

  test('time growing with the reads is "far too many steps", never an endless loop', () => {
    const reason = overrunReason(stopped({}), 65_536, linearTime, 'n');
    expect(reason).toContain('its time grew like n');
    expect(reason).toContain('far too many steps for this size');
    expect(reason).not.toContain('never touches the tree');
    expect(reason).not.toContain('endless loop?');
  });

  test('the stopped call bounds the growth from below by its CPU time, not its wall time', () => {
    // Stopped after 0.7 s of wall time of which the busy machine gave it 0.2 s of CPU: one size
    // finished at 50 ms, so time grew at least like n^0.5 (from CPU), not n^0.9 (from the wall).
    const reason = overrunReason(stopped({ cpuMs: 200 }), 65_536, linearTime.slice(1), 'n');
    expect(reason).toContain(`its time grew at least like n^0.5`);
    expect(reason).toContain('within 0.7 s'); // the limit the learner is told is the wall's
  });

  test('a read limit names how the reads grew', () => {
    const reason = overrunReason(
      stopped({ kind: 'readLimit', reads: 30_000_001 }),
      65_536,
      linearTime,
      'n',
    );
    expect(reason).toContain('it read the tree more than 30,000,000 times (458 a node)');
    expect(reason).toContain('at n = 2^8 and 2^12 it had needed 4.00 and 4.00 reads a node');
    expect(reason).toContain('its reads grow at least like n^2.71');
    // Reads a node in thousands as the card counts everything else (zoo quadratic: 1,077).
    const quadraticStop = overrunReason(
      stopped({ kind: 'readLimit', reads: 4_409_601 }),
      4096,
      [{ x: 256, reads: 262_912, cpuMs: 5 }],
      'n',
    );
    expect(quadraticStop).toContain('(1,077 a node)');
    expect(quadraticStop).toContain('it had needed 1,027 reads a node');
  });

  // k passes over the tree at k = √n (zoo kScans), stopped by the grader's limit at 2^16: the
  // bound from the stop (n^0.75) is below n, so it must not be told as a growth, let alone one
  // "far beyond what this tier allows" (issue 22 §5).
  test('a read limit whose bound is below n gives the reads a node, not a contradicting growth', () => {
    const kPasses: Finished[] = [
      { x: 256, reads: 20_480, cpuMs: 1 },
      { x: 4096, reads: 1_306_560, cpuMs: 20 },
    ];
    const reason = overrunReason(
      stopped({ kind: 'readLimit', reads: 10_553_601 }),
      65_536,
      kPasses,
      'n',
    );
    expect(reason).toBe(
      'at n = 2^16 it read the tree more than 10,553,600 times (161 a node), more than the ' +
        'grader lets any call read on a tree this size, and was stopped; at n = 2^8 and 2^12 it ' +
        'had needed 80 and 319 reads a node',
    );
  });

  test("a tier's own growth cap says so, with the bound it implies", () => {
    const reason = overrunReason(
      stopped({ kind: 'readLimit', reads: 8 * 1_000 + 1, growthCap: true }),
      1 << 20,
      [{ x: 1 << 16, reads: 1_000, cpuMs: 1 }],
      'n',
    );
    expect(reason).toContain('past what this tier allows there');
    expect(reason).toContain('its reads grow at least like n^0.75');
  });

  test('reads measured as a mean over a family (k = 1 to 4) are said in whole reads', () => {
    const reason = overrunReason(
      stopped({ kind: 'readLimit', reads: 8_000_001, growthCap: true }),
      1 << 20,
      [{ x: 1 << 16, reads: 801_956.5, cpuMs: 1 }],
      'n',
    );
    expect(reason).toContain('it had needed 801,957 reads');
  });

  test('a probe that returned on a small tree says the work grows far faster than the tree', () => {
    expect(probedReason(stopped({}), { size: 'a tree of 256 nodes', ms: 3.2 })).toContain(
      'It is not an endless loop: on a tree of 256 nodes it returned in 3.2 ms',
    );
  });
});

describe('fastest: one query timed again, the fastest CPU time kept', () => {
  const ok = (cpuMs: number): Called => ({ ok: true, reads: 10, ms: cpuMs * 3, cpuMs });

  test('keeps the fastest of its calls: a busy machine only ever slows one down', () => {
    const times = [9, 2, 5];
    expect(fastest(4096, () => ok(times.shift()!))).toEqual({ x: 4096, reads: 10, cpuMs: 2 });
  });

  test('times a long call once: noise of a few milliseconds does not move it', () => {
    let calls = 0;
    expect(fastest(65_536, () => (calls++, ok(80)))).toEqual({ x: 65_536, reads: 10, cpuMs: 80 });
    expect(calls).toBe(1);
  });

  test('stops at a call that fails, keeping what returned before it', () => {
    const calls: Called[] = [ok(4), { ok: false } as Called, ok(1)];
    expect(fastest(256, () => calls.shift()!)).toEqual({ x: 256, reads: 10, cpuMs: 4 });
    expect(fastest(256, () => ({ ok: false }) as Called)).toBeUndefined();
  });
});
