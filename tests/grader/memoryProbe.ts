import v8 from 'node:v8';
import vm from 'node:vm';
import {
  CountingTree,
  GraderWeakRef,
  sampleReads,
  stopReading,
  WeakSlots,
  type Layout,
} from './countingTree';
import type { Solution } from './solution';
import { PROBE_FLAGS } from './callLimits';
import { threadClock } from './threadClock';
import { limitsFor, resetLeash, runTrial, type Trial } from './trial';
import type { SortedValues } from './shape';

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
      // The process that measures starts with PROBE_FLAGS; set here too (they come too late for
      // what is compiled already), all but the collector's threads, which V8 cannot change once
      // running (a fatal error at the next collection).
      for (const flag of PROBE_FLAGS) {
        if (flag !== '--single-threaded-gc') v8.setFlagsFromString(flag);
      }
      collectGarbage = vm.runInNewContext('gc') as Collect;
    } catch {
      collectGarbage = null;
    }
  }
  return collectGarbage;
}

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
 * A full collection now, where the runtime allows it: a check that times code (ClosestIndex's
 * query tier) starts its batches on a settled heap, not in the middle of a collection of the
 * workloads the tiers before it made, whose steps would land in its batches.
 */
export function collectNow(): void {
  const gc = gcFunction();
  if (gc) collect(gc);
}

/**
 * The live heap after full collections (twice: a typed array found dead is given back at the
 * next one), code excluded, external memory included; null where the runtime refuses gc().
 */
export function settledHeapBytes(): number | null {
  const gc = gcFunction();
  if (!gc) return null;
  collect(gc);
  collect(gc);
  return heapBytes();
}

/**
 * Live heap bytes, code excluded (compiling is not yours), external memory (typed arrays) included
 * unless `external` is false: a typed array's memory is given back some time after it dies.
 */
function heapBytes(external = true): number {
  // One snapshot of the spaces (two calls could see a compiled function land in between).
  let bytes = 0;
  for (const space of v8.getHeapSpaceStatistics()) {
    if (!space.space_name.startsWith('code')) bytes += space.space_used_size;
  }
  return bytes + (external ? v8.getHeapStatistics().external_memory : 0);
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
  /**
   * Heap bytes above the probe's baseline: the second-highest sample, since one sample can catch
   * V8 in the middle of its own work (tens of KB), while what a call holds it holds for a while.
   */
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
 * When to sample, by reads: from one level's worth of reads, densely over the descent (where a
 * stack's peak is: a doubling schedule missed the end of a 17-level descent), then sparser: ×1.5
 * steps up to 8 levels' worth of reads, ×4 steps up to n/2, then every n/2 reads. An O(log n + k)
 * call at n = 2^16 is sampled about 6 times, a full walk about 15.
 */
export function nextSample(reads: number, n: number): number {
  const levels = Math.ceil(Math.log2(n + 1));
  if (reads < 8 * levels) return Math.max(reads + 1, Math.ceil(reads * 1.5));
  if (reads < n / 2) return reads * 4;
  // Past 16 reads a node the peak of any O(n) call has been seen: no more samples (at most ~50).
  return reads < SAMPLED_READS_PER_NODE * n ? reads + Math.ceil(n / 2) : Infinity;
}

const SAMPLED_READS_PER_NODE = 16;
/**
 * Each sample is a full collection inside the learner's call (10 ms here, several times that on a
 * busy machine): the call's clock gets this many collections more, timed as the probe starts, so
 * that a call is stopped by its reads or by the probe, not by a clock the load has eaten.
 */
const SAMPLES_ON_THE_CLOCK = 120;

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
  sorted: SortedValues;
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
  private readonly solution: Solution | undefined;
  private readonly slots = new Map<number, WeakSlots>();
  /** Heap bytes of one of the grader's weak refs (measured: V8's object layout may change). */
  private refBytes = 0;

  /** Without a solution, the probe measures only what `measure` is given (its calibration). */
  constructor(solution?: Solution) {
    this.solution = solution && withStrongWeakCollections(solution);
  }

  get available(): boolean {
    return this.gc !== null;
  }

  /**
   * Makes the weak slots of each size; the bytes of a weak ref are measured now unless `refBytes`
   * gives them (measured by an earlier probe of the same runtime: tiers/space.ts calibration).
   */
  prepare(sizes: readonly number[], refBytes?: number): void {
    for (const n of sizes) if (!this.slots.has(n)) this.slots.set(n, new WeakSlots(n));
    if (this.refBytes === 0) this.refBytes = refBytes ?? measureRefBytes(this.gc!);
  }

  /** Heap bytes of one of the grader's weak refs (prepare). */
  get weakRefBytes(): number {
    return this.refBytes;
  }

  /** What one collection costs (10 ms at least): the calls' clocks leave room for samples. */
  private collectMs = 10;

  /**
   * One call unmeasured: what V8 keeps once it has compiled the learner's loops (feedback, deopt
   * data: tens of KB, once) must be in the baseline, not in the growth from one size to the next.
   */
  warmUp(call: ProbeCall): void {
    const slots = this.slots.get(call.layout.vals.length)!;
    const limits = { ...limitsFor(slots.size), growthCap: true };
    const tree = new CountingTree(call.layout, undefined, slots);
    runTrial(this.solution!, tree, call.sorted, call.target, call.k, limits);
    // Its weak refs go now, not in the first measured call (after the baseline); and a call it
    // had to stop does not shorten the measured ones.
    slots.reset(call.layout);
    resetLeash();
  }

  /** The heap as it is now (after a collection) becomes zero: call before the first measured call. */
  settle(): void {
    // Its two collections' CPU time says what one costs (CPU, not the wall clock: a call's clock is
    // judged by the time its thread had on a busy machine, guard.ts).
    const started = threadClock().cpuMs;
    this.baseline = settledHeapBytes()!;
    this.collectMs = Math.max(10, (threadClock().cpuMs - started) / 2);
    this.heapBaseline = heapBytes(false);
  }

  private heapBaseline = 0;

  /**
   * One guarded call (of the probe's solution, or of `other`) on a fresh weak tree over
   * `call.layout`, sampled at read counts.
   */
  measure(call: ProbeCall, other?: Solution): { trial: Trial; held: Held } {
    const gc = this.gc!;
    const solution = (other ?? this.solution)!;
    const n = call.layout.vals.length;
    const slots = this.slots.get(n)!;
    const file = solution.file;
    const held: Held = { nodes: 0, frames: 0, bytes: 0, bytesAfter: 0, stoppedEarly: false };
    let highest = 0;
    const sample = (reads: number): number => {
      // Counting starts before the call; what it holds before a level's worth of reads is no peak.
      if (reads === 0) return Math.ceil(Math.log2(n + 1));
      collect(gc);
      // The refs alive now are the grader's; those to collected nodes go once counted.
      const bytes = heapBytes() - this.baseline - slots.count * this.refBytes;
      const nodes = slots.compact();
      const frames = framesOf(file);
      if (nodes > held.nodes) held.nodes = nodes;
      if (bytes > highest) [highest, held.bytes] = [bytes, highest];
      else if (bytes > held.bytes) held.bytes = bytes;
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
      const plain = limitsFor(n);
      const timeoutMs = plain.timeoutMs + Math.ceil(this.collectMs * SAMPLES_ON_THE_CLOCK);
      const limits = { ...plain, timeoutMs, growthCap: true };
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

/**
 * The heap bytes one WeakRef takes (32 here: four fields of 8 bytes), measured: V8's layout may
 * change. The refs made after a first batch (whose collection pays what V8 sets up once for weak
 * refs: about 10 KB here), rounded to whole fields: 30.55 to 30.56 bytes a ref in each of 116
 * processes measured, 1.4 from 32, never near half a field. (Three rounds of 65,536 refs to
 * objects that die cost a third of the probe's process, 145 ms of its 480, and left a heap that
 * added 20 to 30 KB to what every call kept after returning, at every size: no class changed
 * without them, 120 files measured.)
 */
function measureRefBytes(gc: Collect): number {
  const count = 16384;
  const refs = new Array<WeakRef<object> | undefined>(2 * count).fill(undefined);
  const target = {};
  collect(gc);
  for (let i = 0; i < count; i++) refs[i] = new GraderWeakRef(target);
  collect(gc);
  const before = heapBytes();
  for (let i = count; i < 2 * count; i++) refs[i] = new GraderWeakRef(target);
  collect(gc);
  const bytes = (heapBytes() - before) / count;
  refs.fill(undefined);
  return Math.max(0, FIELD_BYTES * Math.round(bytes / FIELD_BYTES));
}

/** A field of a heap object: 4 bytes where V8 compresses its pointers, 8 (Node 20's) where not. */
const FIELD_BYTES =
  (process.config.variables as Record<string, unknown>).v8_enable_pointer_compression === 1 ? 4 : 8;
