import path from 'node:path';
import { types } from 'node:util';
import { callPhase, enterPhase, startCall, stoppedInBuild } from './callPhase';
import { CountingTree, startCounting, stopCounting } from './countingTree';
import {
  describeThrown,
  errorFields,
  memoryFromHere,
  runCaught,
  runFairly,
  type CapturedOutput,
  type Timed,
} from './guard';
import { changedIntrinsic, changedIntrinsicReason, restoreIntrinsics } from './intrinsics';
import { originalLine } from './loader';
import { sourceOf, type Solution } from './solution';
import {
  count,
  Described,
  describeValue,
  isClosestWindow,
  judgeAnswer,
  ProtocolBreach,
  returnedArray,
  type Returned,
  type WrongCause,
} from './validator';
import type { SortedValues } from './shape';

/*
 * One call of the learner's function on a counting tree, judged completely: how it ended, what
 * it returned, whether the answer is valid, whether the tree was left as it was, and how many
 * reads it made.
 */

export type FailureKind =
  | 'stub'
  | 'threw'
  | 'stackOverflow'
  | 'timeout'
  | 'readLimit'
  | 'wrongAnswer'
  | 'changedTree'
  | 'changedBuiltin';

export interface Trial {
  passed: boolean;
  reads: number;
  /** Wall-clock milliseconds the call took (for words about slowness only, never a verdict). */
  ms: number;
  /**
   * The CPU milliseconds of the thread that ran it (threadClock.ts): what words about how time
   * GREW compare, since a busy machine stretches wall-clock time unevenly (a call preempted for
   * 20 ms looks 20 ms slower).
   * 0 for a call inside a session: only calls under their own guard are timed (a getrusage before
   * and after every call was a fifth of the correct tier's time).
   */
  cpuMs: number;
  /** The call ran on a short leash: an earlier call of this run had to be stopped. */
  leashed?: boolean;
  /** The read limit that stopped it was a growth cap (CallLimits.growthCap), the tier's own. */
  growthCap?: true;
  /**
   * Its clock stopped it: in the call, or reading what it returned or threw (kind says where).
   * Like a timeout, a stop anywhere ends the check's tier (tiers/index.ts).
   */
  stopped?: true;
  /** Where its clock stopped it, when that was an exercise's build (indexCalls.ts). */
  stoppedIn?: 'build';
  kind?: FailureKind;
  /** One sentence: why the call failed. */
  reason?: string;
  /** What a wrong answer most likely comes from, when the case shows it (the hint to read). */
  cause?: WrongCause;
  /** What came back, for display (absent when nothing came back). */
  got?: string;
  /** The values returned, when the call passed. */
  values?: readonly number[];
  output: CapturedOutput;
}

export interface CallLimits {
  timeoutMs: number;
  readLimit: number;
  /** The read limit is a growth cap set by a measurement: passing it is a result, not a runaway. */
  growthCap?: boolean;
  /** A probe that tells slow from endless after a stop: the leash does not apply to it. */
  probe?: boolean;
}

/**
 * Generous for any honest solution, short enough that a hang is reported within seconds. The time
 * limit always leaves room for the read limit at READS_PER_MS, so that code that keeps reading is
 * stopped by the read limit, the same way on every machine, and only code that stops reading by
 * the clock. It also leaves 5 µs for each node of the tree: a first walk makes the node objects
 * (0.5 µs each here, more while the heap grows).
 */
export function limitsFor(
  n: number,
  readLimit = 4_000_000 + 100 * n,
  baseMs = 300,
  nodesToMake = n,
): CallLimits {
  return { timeoutMs: baseMs + Math.ceil(readLimit / READS_PER_MS + nodesToMake / 200), readLimit };
}

/**
 * limitsFor a tree whose node objects were all made before the call (ClosestIndex's indexes,
 * tiers/indexOnTree.ts): no time for making them. At 2^20, 11.2 s instead of 16.4: an honest
 * build takes under a second there, an O(n²) one (zoo: spliceInsertBuild) 18 to 19 s.
 */
export function limitsForMadeTree(n: number): CallLimits {
  return limitsFor(n, undefined, undefined, 0);
}

/**
 * The slowest reading the time limit allows for: 100 ns a read. Margins, idle: a loop that only
 * reads makes 130,000 to 250,000 reads a ms here (13× to 25×); reads that each allocate, the zoo's
 * quadratic (an array of the whole tree built for every node), 23,000 a ms: it reaches the read
 * limit of a 100,000-node path in 0.61 s of a 2.2 s clock (3.6×). At 25,000 a ms that clock was
 * 1.36 s (2.2×) and a busy machine, where the same code takes more CPU, ran it out: "timeout" there,
 * "readLimit" idle. What reads slower than this (heavy work for every read) is stopped by the clock.
 */
const READS_PER_MS = 10_000;

// Once a call had to be stopped (a hang, a runaway loop), the tier has failed; later calls in the
// same tier get a short leash so that a solution that hangs everywhere still ends in seconds.
// Honest calls never come near either limit.
let leashed = false;
/** A call of this run was stuck where only ending the process stopped it: every tier is leashed. */
let leashedFromStart = false;
/** The size of the smallest tree on which a call of this run was stopped by its clock. */
let smallestStopped = Infinity;

export function leashEveryTier(): void {
  leashedFromStart = true;
}

export function resetLeash(): void {
  leashed = leashedFromStart;
}

/** Another file's run in the same process (a pooled grading process): no leash, nothing stopped. */
export function startRun(): void {
  leashed = leashedFromStart = false;
  smallestStopped = Infinity;
}

export function smallestTreeStopped(): number {
  return smallestStopped;
}

/** Whether a call of this run had to be stopped: later calls get the short leash. */
export function onLeash(): boolean {
  return leashed;
}

/** The clock a call alone gets with `limits` on a tree of `n` nodes (the leash's, once on it). */
export function callClockMs(limits: CallLimits, n: number): number {
  return leash(limits, n).timeoutMs;
}

function leash(limits: CallLimits, n: number): CallLimits {
  if (!leashed || limits.probe) return limits;
  const short = limitsFor(n, Math.min(limits.readLimit, 1_000_000 + 10 * n), 100);
  return {
    ...short,
    timeoutMs: Math.min(short.timeoutMs, limits.timeoutMs),
    growthCap: limits.growthCap,
  };
}

const STUB_MARKER = 'not implemented yet';

/** JavaScript traps a wrong answer's source can show: named after the reason when they apply. */
const SOURCE_HINTS: { applies: (returned: Returned, source: string) => boolean; hint: string }[] = [
  {
    // A counting node copied field by field is empty: an answer of undefined values.
    applies: (returned, source) =>
      returned.kind === 'array' &&
      returned.items.some((item) => describeValue(item) === 'undefined') &&
      /\{\s*\.\.\.|Object\.(assign|keys|entries|values|getOwnPropertyNames)\s*\(/.test(source),
    hint:
      'copies made with {...node} or Object.assign are empty here (the fields sit behind getters ' +
      'that count reads): read node.val, node.left and node.right',
  },
  {
    applies: (_, source) => /\.sort\(\s*\)/.test(source),
    hint:
      'sort() with no comparator orders numbers as text (-1 before -2, 10 before 9): ' +
      'sort((a, b) => a - b) orders them as numbers',
  },
];

function sourceHints(returned: Returned, solution: Solution): string {
  const source = sourceOf(solution);
  return SOURCE_HINTS.filter(({ applies }) => applies(returned, source))
    .map(({ hint }) => `; ${hint}`)
    .join('');
}

const SHOWN_ITEMS = 20;

export function runTrial(
  solution: Solution,
  tree: CountingTree,
  sorted: SortedValues,
  target: number,
  k: number,
  given: CallLimits = limitsFor(tree.size),
  inSession = false,
): Trial {
  const wasLeashed = leashed;
  const limits = leash(given, tree.size);
  // One call of many under a session's guard: what it may add to memory is counted from its start.
  if (inSession) memoryFromHere();
  startCounting(limits.readLimit);
  // Copying the answer happens under the guard too: a returned Proxy or a getter-laden object
  // runs learner code when read. So does looking for built-ins it replaced (intrinsics.ts); in a
  // session, runSession looks once at its end.
  const seen = { changed: null as string | null };
  const call = () => {
    startCall();
    let value: unknown;
    try {
      value = solution.fn(tree.root, target, k);
    } catch (error) {
      // The call protocol's own sentence (firstValues.ts), not something the learner threw.
      if (error instanceof ProtocolBreach) throw error;
      throw thrownBy(error, solution, false);
    }
    enterPhase('answer');
    let returned: Returned;
    try {
      returned = copyReturned(value, k);
    } catch (error) {
      throw thrownBy(error, solution, true);
    }
    enterPhase('call'); // returned and read: a stop from here on is the clock's verdict on the call
    if (!inSession) seen.changed = changedIntrinsic();
    return returned;
  };
  const { outcome, output, ms, cpuMs } = inSession
    ? caught(call)
    : runFairly(call, limits.timeoutMs, () => {
        restoreIntrinsics();
        stopCounting();
        tree.checkAndRestore(solution);
        startCounting(limits.readLimit);
      });
  // Before anything judges with them: also after a call that was stopped or threw half-way.
  const restored = seen.changed !== null || outcome.status !== 'ok' ? restoreIntrinsics() : true;
  const { reads, overLimit } = stopCounting();
  // A call its growth cap stopped is judged by that alone: how it left the tree need not be said
  // (a Morris walk stopped half-way leaves threads, whose description walks every node).
  const treeProblem = tree.checkAndRestore(solution, !(overLimit && limits.growthCap));
  if ((overLimit && !limits.growthCap) || outcome.status === 'timeout') leashed = true;
  // In the call, reading its answer or reading what it threw: a loop all the same.
  if (outcome.status === 'timeout' && !limits.probe) {
    smallestStopped = Math.min(smallestStopped, tree.size);
  }
  const fail = (kind: FailureKind, reason: string, got?: string): Trial => ({
    passed: false,
    reads,
    ms,
    cpuMs,
    leashed: wasLeashed,
    kind,
    reason,
    got,
    output,
  });

  if (overLimit && limits.growthCap) {
    const capped = fail(
      'readLimit',
      `it read the tree more than ${count(limits.readLimit, 'time')}`,
    );
    return { ...capped, growthCap: true };
  }
  if (overLimit) {
    return fail(
      'readLimit',
      `it read the tree more than ${count(limits.readLimit, 'time')} on a tree of ` +
        `${count(tree.size, 'node')} and was stopped: an endless loop, or far too many reads`,
    );
  }
  if (seen.changed !== null) {
    return fail('changedBuiltin', changedIntrinsicReason(seen.changed, 'it', restored));
  }
  switch (outcome.status) {
    case 'timeout': {
      // The limit the call had, not the longer clock a starved call was given once more.
      const inBuild = stoppedInBuild(limits.timeoutMs);
      const stopped = stoppedBy(limits.timeoutMs, reads);
      enterPhase('call');
      const trial: Trial = { ...fail(stopped.kind, stopped.reason), stopped: true };
      return inBuild ? { ...trial, stoppedIn: 'build' } : trial;
    }
    case 'stackOverflow':
      return fail('stackOverflow', stackOverflowReason(tree.height()));
    case 'threw': {
      const thrown = outcome.error;
      if (thrown instanceof ProtocolBreach) return fail('wrongAnswer', thrown.reason);
      if (!(thrown instanceof Thrown)) throw thrown; // the grader's own failure, not the learner's
      if (thrown.what.includes(STUB_MARKER))
        return fail('stub', `it is still the stub (it throws "${STUB_MARKER}")`);
      return thrown.inAnswer
        ? fail(
            'wrongAnswer',
            `reading the answer it returned threw ${thrown.what}${thrown.where}: return a plain array of numbers`,
          )
        : fail('threw', `it threw ${thrown.what}${thrown.where}`);
    }
    case 'ok': {
      const returned = outcome.value;
      const certainlyRight =
        !solution.judge &&
        returned.kind === 'array' &&
        isClosestWindow(sorted, target, k, returned.items);
      const values = returned.kind === 'array' ? (returned.items as number[]) : undefined;
      if (certainlyRight && !treeProblem) return { passed: true, reads, ms, cpuMs, output, values };
      const judge = solution.judge ?? judgeAnswer;
      const wrong = certainlyRight ? null : judge(sorted, target, k, returned);
      if (wrong) {
        const also = treeProblem ? `; also, ${treeProblem}` : '';
        const hints = sourceHints(returned, solution);
        const failed = fail(
          'wrongAnswer',
          `${wrong.reason}${also}${hints}`,
          showReturned(returned),
        );
        return wrong.cause ? { ...failed, cause: wrong.cause } : failed;
      }
      if (treeProblem) return fail('changedTree', treeProblem, showReturned(returned));
      return { passed: true, reads, ms, cpuMs, output, values };
    }
  }
}

/**
 * Runs `body`, which makes many in-session runTrial calls, under one time limit (a short leash once
 * a call had to be stopped), which it is given. When the limit stops it, returns the trial of the
 * call that was running, with the tree it had put back; when a call replaced a built-in, a failed
 * trial saying so (for the session's last call: which one did it cannot be told). A session the
 * machine starved of its time runs again from the start on a longer clock, after `restart` has
 * undone its effects on the caller's state. Saves the vm's cost per call (~60 µs of CPU, up to a
 * millisecond of wall time on a busy machine) where calls come by the thousand: the small cases of
 * `correct` and `edge`, the families of the complexity tiers. On the leash, a session has 100 ms,
 * or `leashedMs` (a family's first call: the clock a call alone would have there).
 */
export function runSession(
  body: (clockMs: number) => void,
  limitMs: number,
  running: () => CountingTree | undefined,
  restart: () => void = () => {},
  leashedMs = Math.min(100, limitMs),
): Trial | null {
  const wasLeashed = leashed;
  const timeoutMs = leashed ? leashedMs : limitMs;
  const checked = () => {
    body(timeoutMs);
    return changedIntrinsic();
  };
  const { outcome, output, ms, cpuMs } = runFairly(checked, timeoutMs, () => {
    restoreIntrinsics();
    stopCounting();
    running()?.checkAndRestore();
    restart();
  });
  if (outcome.status === 'ok') {
    const changed = outcome.value;
    if (changed === null) return null;
    // A built-in replaced by a call of the session: whatever was judged after it does not count.
    const restored = restoreIntrinsics();
    return {
      passed: false,
      reads: 0,
      ms,
      cpuMs,
      kind: 'changedBuiltin',
      reason: changedIntrinsicReason(changed, 'it', restored),
      output,
    };
  }
  if (outcome.status !== 'timeout')
    throw outcome.status === 'threw' ? outcome.error : new Error(outcome.status);
  restoreIntrinsics();
  const { reads } = stopCounting();
  const tree = running();
  tree?.checkAndRestore();
  leashed = true;
  if (tree) smallestStopped = Math.min(smallestStopped, tree.size);
  const inBuild = stoppedInBuild(timeoutMs);
  return {
    passed: false,
    reads,
    ms: timeoutMs,
    // The session's earlier calls take at most a quarter of it (workloads.ts): close enough.
    cpuMs,
    leashed: wasLeashed,
    ...stoppedBy(timeoutMs, reads),
    stopped: true,
    ...(inBuild && { stoppedIn: 'build' as const }),
    output,
  };
}

/** A call inside a session, timed by the wall clock only (see Trial.cpuMs). */
function caught<T>(thunk: () => T): Timed<T> {
  const started = performance.now();
  const guarded = runCaught(thunk);
  return { ...guarded, ms: performance.now() - started, cpuMs: 0 };
}

/**
 * A tree at most this many levels deep cannot overflow an honest recursion: Node's stack holds
 * about 12,500 plain frames, 60 a level here, where a recursion of the tree needs one or two.
 * Failing side: the balanced trees of the complexity tiers are 21 levels deep at most (margin
 * 9.5×); honest side: a recursion whose frames are 60 times a plain one's (margin the same 60×).
 * The deep tier's paths (100,000 levels) keep the plain words; the edge tier's (50) are shallow.
 */
export const OWN_RECURSION_HEIGHT = 200;

/** Why a call overflowed the stack: on a shallow tree, a recursion of the code's own making. */
export function stackOverflowReason(height: number): string {
  const overflowed = 'it overflowed the call stack (RangeError: Maximum call stack size exceeded)';
  if (height > OWN_RECURSION_HEIGHT) return overflowed;
  return (
    `${overflowed} on a tree only ${count(height, 'level')} deep: a recursion down the tree ` +
    "goes no deeper than that, so this recursion is the code's own: one call per value or per " +
    'step (a loop written as a recursion?), or a base case it never reaches'
  );
}

/** Why the clock stopped a call, by where it was stopped. */
function stoppedBy(timeoutMs: number, reads: number): { kind: FailureKind; reason: string } {
  const within = `within ${(timeoutMs / 1000).toFixed(1)} s`;
  const phase = callPhase();
  if (stoppedInBuild(timeoutMs)) {
    return {
      kind: 'timeout',
      reason:
        `its constructor (the index's build) did not return ${within} and was stopped: ` +
        'the build must end before any query (an endless loop, or a build far slower than its reads?)',
    };
  }
  if (phase === 'answer') {
    return {
      kind: 'wrongAnswer',
      reason:
        `it returned, but reading what it returned did not finish ${within} and was stopped ` +
        '(a getter, toString, valueOf or Proxy trap that loops?): return a plain array of numbers',
    };
  }
  if (phase === 'thrown') {
    return {
      kind: 'threw',
      reason:
        `it threw, and reading what it threw (its name, message or stack) did not finish ${within} ` +
        '(a getter, toString or Error.prepareStackTrace that loops?)',
    };
  }
  const loop =
    reads === 0
      ? 'an endless loop that never reads the tree?'
      : `an endless loop? (it had read the tree ${count(reads, 'time')})`;
  return { kind: 'timeout', reason: `it did not return ${within} and was stopped: ${loop}` };
}

/** What the learner's code threw, read while still guarded: plain strings only. */
class Thrown {
  constructor(
    /** "RangeError: Maximum call stack size exceeded", or a description of a thrown non-error. */
    readonly what: string,
    /** " at closestKValues.ts:14", or "". */
    readonly where: string,
    /** Thrown while the answer was read (a getter, a Proxy trap), not by the call itself. */
    readonly inAnswer: boolean,
    // name and message, as guard.ts classifies a stack overflow by them
    readonly name: string,
    readonly message: string,
  ) {}
}

function thrownBy(error: unknown, solution: Solution, inAnswer: boolean): Thrown {
  enterPhase('thrown');
  const { name, message } = errorFields(error);
  const thrown = new Thrown(
    describeThrown(error),
    thrownWhere(error, solution),
    inAnswer,
    name,
    message.slice(0, 200),
  );
  enterPhase('call'); // read: a stop from here on is the clock's verdict on the call
  return thrown;
}

// Taken before any learner code runs: the copy of an answer must not use what the learner can
// replace (Function.prototype.call, Reflect's methods).
const { apply, getOwnPropertyDescriptor } = Reflect;
const { isProxy } = types;
/** A Proxy's traps are the learner's code, and may say anything: it is described, never read. */
const PROXY = 'a Proxy';

/**
 * The answer, copied under the guard into numbers and descriptions of what is not a number. Only
 * the learner's own getters on its elements run: not a Proxy's traps (an answer or an element that
 * is one is described as such), not its constructor's Symbol.species (slice or map would look it
 * up), not the prototype chain (a hole is undefined, whatever Array.prototype defines).
 */
function copyReturned(value: unknown, k: number): Returned {
  if (isProxy(value)) return { kind: 'other', description: PROXY };
  if (!Array.isArray(value)) {
    const iterable =
      typeof value === 'object' &&
      value !== null &&
      typeof (value as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function';
    return { kind: 'other', description: describeValue(value), ...(iterable && { iterable }) };
  }
  const length = value.length;
  const kept = length === k ? length : Math.min(length, SHOWN_ITEMS);
  // Array.from defines its elements: a write (items[i] = …) would meet a setter the learner put
  // on Array.prototype.
  const items = Array.from({ length: kept }, (_, i) => {
    const own = getOwnPropertyDescriptor(value, i);
    const item: unknown =
      own === undefined ? undefined : own.get ? apply(own.get, value, []) : own.value;
    return isProxy(item) ? new Described(PROXY) : item;
  });
  return returnedArray(items, length);
}

function showReturned(returned: Returned): string {
  if (returned.kind === 'other') return returned.description;
  // Array.from turns holes into undefined, which map would skip.
  const shown = Array.from(returned.items.slice(0, SHOWN_ITEMS), (item) =>
    typeof item === 'number' ? String(item) : describeValue(item),
  );
  const more = returned.length - shown.length;
  return `[${shown.join(', ')}${more > 0 ? `, … ${count(more, 'more value')}` : ''}]`;
}

// " at closestKValues.ts:14" from the first stack frame inside the solution's file, if any.
function thrownWhere(error: unknown, solution: Solution): string {
  let stack = '';
  if (isProxy(error)) return '';
  try {
    const raw = (error as { stack?: unknown } | null)?.stack;
    if (typeof raw === 'string') stack = raw;
  } catch {
    return '';
  }
  const frame = /:(\d+):(\d+)\)?\s*$/;
  const match = stack
    .split('\n')
    .filter((line) => line.includes(solution.file))
    .map((line) => frame.exec(line))
    .find((found) => found !== null);
  if (!match) return '';
  const line = originalLine(solution.file, Number(match[1]), Number(match[2]));
  return ` at ${path.basename(solution.file)}:${line}`;
}
