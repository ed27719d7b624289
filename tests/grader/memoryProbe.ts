import v8 from 'node:v8';
import vm from 'node:vm';
import { CountingTree, sampleReads, stopReading, WeakSlots, type Layout } from './countingTree';
import type { Solution } from './solution';
import { limitsFor, runTrial, type Trial } from './trial';

/*
 * The memory one call of the learner's function holds at its peak, above what the grader holds:
 * the tree's node objects its structures keep, its other heap (values copied into arrays, typed
 * arrays, strings), and how deep its own calls go. The method is the one the space study found
 * steady on this machine, idle or busy:
 *   - the tree holds its node objects weakly (countingTree.ts), so a node object lives exactly as
 *     long as the learner's code holds it;
 *   - at fixed READ counts (never on a clock) the probe ends the current job (V8 keeps every
 *     WeakRef target alive until then: a nested run in a context whose microtasks run after each
 *     evaluation ends one), forces a full collection, and counts: node objects alive, heap bytes
 *     (used heap plus external memory, less code), and frames of the learner's file on the stack;
 *   - after the call returns, once more: what it keeps after returning (a cache) counts too.
 * Garbage that dies at once is never seen; V8 may even remove it (escape analysis).
 */

type Collect = () => void;

let collectGarbage: Collect | null | undefined;

/** V8's gc(), made available at run time; null where the runtime refuses. */
function gcFunction(): Collect | null {
  if (collectGarbage === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      collectGarbage = vm.runInNewContext('gc') as Collect;
    } catch {
      collectGarbage = null;
    }
  }
  return collectGarbage;
}

// The grader's own: the learner's file may replace the global one while it is measured.
const GraderWeakRef = WeakRef;

const jobEnder = vm.createContext({}, { microtaskMode: 'afterEvaluate' });
const endJob = new vm.Script('0', { filename: 'kata-memory-probe' });

/**
 * Drops what V8 keeps alive for the current job, then collects everything unreachable. Plain gc()
 * (10 ms here): the cheaper gc({ type: 'major' }) leaves WeakRef targets alive.
 */
function collect(gc: Collect): void {
  endJob.runInContext(jobEnder);
  gc();
}

/**
 * Live heap bytes, code excluded (compiling is not yours), external memory (typed arrays) included
 * unless `external` is false: a typed array's memory is given back some time after it dies.
 */
function heapBytes(external = true): number {
  const heap = v8.getHeapStatistics();
  const code =
    v8.getHeapSpaceStatistics().find((space) => space.space_name === 'code_space')
      ?.space_used_size ?? 0;
  return heap.used_heap_size + (external ? heap.external_memory : 0) - code;
}

/** Frames of `file` on the stack right now: how deep the learner's own calls go. */
function framesOf(file: string): number {
  const errors = Error as { stackTraceLimit: number; prepareStackTrace?: unknown };
  const limit = errors.stackTraceLimit;
  const prepare = errors.prepareStackTrace;
  errors.stackTraceLimit = Infinity;
  errors.prepareStackTrace = undefined;
  try {
    const stack = new Error().stack ?? '';
    let frames = 0;
    for (let at = stack.indexOf(file); at !== -1; at = stack.indexOf(file, at + file.length)) {
      frames++;
    }
    return frames;
  } finally {
    errors.stackTraceLimit = limit;
    errors.prepareStackTrace = prepare;
  }
}

/** What one call held at its peak, and what it still held after returning. */
export interface Held {
  /** Node objects of the tree held at once. */
  nodes: number;
  /** Frames of the learner's file on the stack at once. */
  frames: number;
  /** Heap bytes above the probe's baseline. */
  bytes: number;
  /**
   * Heap bytes above the baseline once the call had returned (its answer included), external
   * memory left out: what it keeps after returning.
   */
  bytesAfter: number;
  /** The probe ended the call early: it already held n/32 nodes or frames. */
  stoppedEarly: boolean;
}

/**
 * When to sample, by reads: densely over the descent (where a stack's peak is: a coarser schedule
 * missed the end of a 17-level descent), then sparser: ×1.5 steps up to 8 levels' worth of reads,
 * ×4 steps up to n/2, then every n/2 reads. An O(log n + k) call at n = 2^16 is sampled about 10
 * times, a full walk about 20.
 */
export function nextSample(reads: number, n: number): number {
  const levels = Math.ceil(Math.log2(n + 1));
  if (reads < 8 * levels) return Math.max(reads + 1, Math.ceil(reads * 1.5));
  if (reads < n / 2) return reads * 4;
  return reads + Math.ceil(n / 2);
}

// Stand-ins that hold strongly, for the learner's weak collections during a probe: with the
// grader's weak nodes, a node dropped by everything but a WeakSet would come back as a new object,
// and a WeakSet of visited nodes would forget it.
class StrongWeakRef<T> {
  constructor(private readonly target: T) {}
  deref(): T {
    return this.target;
  }
}
class StrongFinalizationRegistry {
  register(): void {}
  unregister(): boolean {
    return false;
  }
}
const STAND_INS: Record<string, unknown> = {
  WeakMap: Map,
  WeakSet: Set,
  WeakRef: StrongWeakRef,
  FinalizationRegistry: StrongFinalizationRegistry,
};

/** The solution, called with the weak collections held strongly; put back before it returns. */
function withStrongWeakCollections(solution: Solution): Solution {
  const global = globalThis as Record<string, unknown>;
  return {
    file: solution.file,
    fn: (root, target, k) => {
      const saved = Object.keys(STAND_INS).map((name) => [name, global[name]] as const);
      Object.assign(global, STAND_INS);
      try {
        return solution.fn(root, target, k);
      } finally {
        for (const [name, value] of saved) global[name] = value;
      }
    },
  };
}

export interface ProbeCall {
  layout: Layout;
  sorted: readonly number[];
  target: number;
  k: number;
}

/**
 * A probe bound to one solution; `available` is false where the runtime cannot collect on demand.
 * `prepare` allocates what its trees need at each size, `settle` then takes the baseline: the
 * grader allocates nothing after it that grows with the nodes a call reads, but the weak refs to
 * the node objects it made, which it counts and leaves out.
 */
export class MemoryProbe {
  private readonly gc = gcFunction();
  private baseline = 0;
  private readonly solution: Solution;
  private readonly slots = new Map<number, WeakSlots>();
  /** Heap bytes of one of the grader's weak refs (measured: V8's object layout may change). */
  private refBytes = 0;

  constructor(solution: Solution) {
    this.solution = withStrongWeakCollections(solution);
  }

  get available(): boolean {
    return this.gc !== null;
  }

  prepare(sizes: readonly number[]): void {
    for (const n of sizes) if (!this.slots.has(n)) this.slots.set(n, new WeakSlots(n));
    if (this.refBytes === 0) this.refBytes = measureRefBytes(this.gc!);
  }

  /** The heap as it is now (after a collection) becomes zero: call before the first measured call. */
  settle(): void {
    collect(this.gc!);
    this.baseline = heapBytes();
    this.heapBaseline = heapBytes(false);
  }

  private heapBaseline = 0;

  /**
   * One guarded call (of the probe's solution, or of `other`) on a fresh weak tree over
   * `call.layout`, sampled at read counts.
   */
  measure(call: ProbeCall, other?: Solution): { trial: Trial; held: Held } {
    const gc = this.gc!;
    const solution = other ?? this.solution;
    const n = call.layout.vals.length;
    const slots = this.slots.get(n)!;
    const file = solution.file;
    const held: Held = { nodes: 0, frames: 0, bytes: 0, bytesAfter: 0, stoppedEarly: false };
    const sample = (reads: number): number => {
      // Counting starts before the call: nothing of the learner's is there yet.
      if (reads === 0) return 1;
      collect(gc);
      // The refs alive now are the grader's; those to collected nodes go once counted.
      const bytes = heapBytes() - this.baseline - slots.count * this.refBytes;
      const nodes = slots.compact();
      const frames = framesOf(file);
      if (nodes > held.nodes) held.nodes = nodes;
      if (bytes > held.bytes) held.bytes = bytes;
      if (frames > held.frames) held.frames = frames;
      if (held.nodes >= n / 32 || held.frames >= n / 32) {
        held.stoppedEarly = true;
        stopReading();
      }
      return nextSample(reads, n);
    };
    sampleReads(sample);
    let trial: Trial;
    try {
      // A growth cap: a stop by the probe (or by the limit) is a measurement, not a runaway.
      const limits = { ...limitsFor(n), growthCap: true };
      // The tree lives in this call only: unreachable once it returns.
      trial = runTrial(
        solution,
        new CountingTree(call.layout, undefined, slots),
        call.sorted,
        call.target,
        call.k,
        limits,
      );
    } finally {
      sampleReads(null);
    }
    // What the call left behind: its answer (k numbers) and whatever it keeps between calls.
    collect(gc);
    held.bytesAfter = heapBytes(false) - this.heapBaseline - slots.count * this.refBytes;
    return { trial, held };
  }
}

/** The heap bytes one WeakRef takes (32 here), from 16,384 of them, after the first drift. */
function measureRefBytes(gc: Collect): number {
  const targets = Array.from({ length: 16384 }, () => ({}));
  const refs = new Array<WeakRef<object> | undefined>(targets.length).fill(undefined);
  collect(gc);
  collect(gc);
  const before = heapBytes();
  for (let i = 0; i < targets.length; i++) refs[i] = new GraderWeakRef(targets[i]);
  collect(gc);
  const bytes = (heapBytes() - before) / targets.length;
  return refs[0] !== undefined ? Math.max(0, Math.round(bytes)) : 0;
}
