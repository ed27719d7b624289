import { format, types } from 'node:util';
import vm from 'node:vm';
import { mainGlobal } from './loader';
import { STARVED_CAP } from './callLimits';
import { threadClock, type ThreadClock } from './threadClock';
import { describeValue } from './validator';

/*
 * Runs learner code so that nothing it does can take the grader down. Jest's testTimeout cannot
 * stop a synchronous endless loop; vm's timeout can: V8 terminates whatever JavaScript is running
 * when the time is up, even a function defined outside the context (about 50 µs per call here).
 */

/** Console output a call produced: the first lines, and how many there were in all. */
export interface CapturedOutput {
  lines: string[];
  total: number;
}

export type GuardOutcome<T> =
  | { status: 'ok'; value: T }
  | { status: 'threw'; error: unknown }
  | { status: 'stackOverflow' }
  | { status: 'timeout'; timeoutMs: number };

export interface Guarded<T> {
  outcome: GuardOutcome<T>;
  output: CapturedOutput;
}

const { isProxy } = types;

const KEPT_LINES = 20;
const KEPT_LINE_LENGTH = 200;

const context = vm.createContext({});
const script = new vm.Script('__kataGuarded()', { filename: 'kata-guard' });

/**
 * Told when each guarded run starts and ends. The grading process tells its supervisor, whose
 * watchdog ends the process when a run overstays its limit: vm's timeout cannot stop one long
 * built-in call (filling a huge array), a kill from outside can.
 */
export interface GuardWatcher {
  start(timeoutMs: number): void;
  /** Another call begins inside the same guarded run (a session of calls). */
  call?(): void;
  end(): void;
}

let watcher: GuardWatcher | undefined;

export function watchGuards(next: GuardWatcher | undefined): void {
  watcher = next;
}

/**
 * A call inside a session begins: what it may add to the process's memory is counted from here
 * (from the memory watch's next look), as for a call under a guard of its own: the garbage of the
 * calls before it is not its own.
 */
export function memoryFromHere(): void {
  watcher?.call?.();
}

export function runGuarded<T>(thunk: () => T, timeoutMs: number): Guarded<T> {
  const output: CapturedOutput = { lines: [], total: 0 };
  const release = captureOutput(output);
  context.__kataGuarded = thunk;
  watcher?.start(timeoutMs);
  try {
    const value = script.runInContext(context, { timeout: timeoutMs }) as T;
    return { outcome: { status: 'ok', value }, output };
  } catch (error) {
    // A call stopped inside a session never ran its own clean-up: what it printed is still the
    // active output, so report that.
    return { outcome: classify(error, timeoutMs), output: activeOutput ?? output };
  } finally {
    watcher?.end();
    context.__kataGuarded = undefined;
    release();
  }
}

/**
 * One call inside a session (a runGuarded around many calls): exceptions and output are handled
 * per call, the time limit by the session. Saves the vm's cost per call (~50 µs, ~150 µs in Jest)
 * on the thousands of small cases of `correct` and `edge`.
 */
export function runCaught<T>(thunk: () => T): Guarded<T> {
  const output: CapturedOutput = { lines: [], total: 0 };
  const release = captureOutput(output);
  try {
    return { outcome: { status: 'ok', value: thunk() }, output };
  } catch (error) {
    return { outcome: classify(error, 0), output };
  } finally {
    release();
  }
}

/**
 * A call run again after the machine starved it gets the time its limit means, and this much
 * more: the clock is the limit divided by the share of its time the first run had, times this
 * (and never more than STARVED_CAP times the limit, however small the share).
 */
const STARVED_MARGIN = 1.5;
/**
 * A call stopped by its clock that was on a core for this share of its limit had all the time its
 * limit means: its verdict stands. Below it the call is run once more: the machine kept its thread
 * waiting for a core, or the thread slept, by its own doing (Atomics.wait, a read that never ends)
 * or the machine's (a file the runtime read from a busy disk, seen on CI at load 8: a first call of
 * the statement's example stopped after 4 reads). Asleep again, its clock ends it: two clocks, not
 * forty (the second one is the limit over the share it was not kept waiting). Honest side: idle, a
 * loop stopped at 1,000 ms has been on a core 993 to 1,001 ms (margin 9 points): not run again.
 * Run-again side: a loop beside three busy loops and a loaded machine had 100 to 170 ms of 1,000
 * (10% to 17%), a thread given 60% of a core 60% (margin 30 points), a sleeper about 0%.
 */
const UNSTARVED = 0.9;

export type Timed<T> = Guarded<T> & { ms: number; cpuMs: number };

/** What judges the time of guarded calls: the running thread's, or a simulated one (tests). */
let clock: ThreadClock = threadClock;

export function clockCallsWith(next: ThreadClock = threadClock): void {
  clock = next;
}

/**
 * runGuarded, timed. When the clock stopped `thunk` but the machine kept its thread waiting for a
 * core (a busy host), the clock was no fair judge: once more, from the start (after `undo` puts
 * back what the first run changed), on a clock long enough for the time the limit means at the
 * share the first run had. Judged by that time, so that a busy machine gives the verdict an idle
 * one gives: a call that returns only after more than its limit was too slow, however long its
 * clock was.
 */
export function runFairly<T>(thunk: () => T, timeoutMs: number, undo: () => void): Timed<T> {
  const timed = (limitMs: number) => {
    const before = clock();
    const guarded = runGuarded(thunk, limitMs);
    const after = clock();
    const ms = after.ms - before.ms;
    // The time the call had: all but what the machine kept from it.
    const hadMs = ms - (after.waitedMs - before.waitedMs);
    return { ...guarded, ms, cpuMs: after.cpuMs - before.cpuMs, hadMs };
  };
  const { hadMs: firstHad, ...first } = timed(timeoutMs);
  if (first.outcome.status !== 'timeout' || first.cpuMs >= timeoutMs * UNSTARVED) return first;
  undo();
  const share = Math.max(firstHad / first.ms, STARVED_MARGIN / STARVED_CAP);
  const { hadMs, ...again } = timed(Math.ceil((timeoutMs / share) * STARVED_MARGIN));
  // More than its limit: what its clock would have stopped on an idle machine.
  if (again.outcome.status !== 'timeout' && hadMs > timeoutMs) {
    return { ...again, outcome: { status: 'timeout', timeoutMs } };
  }
  return again;
}

/**
 * A thrown value in words: "TypeError: x is not a function" (its first `lines` lines, each cut to
 * 200 characters), or what was thrown when it is not an error. Reads the learner's getters:
 * call it while the guard still holds.
 */
export function describeThrown(error: unknown, lines = 1): string {
  if (isProxy(error)) return 'a Proxy';
  const { name, message } = errorFields(error);
  const cut = (line: string) => (line.length > 200 ? `${line.slice(0, 200)}… (cut)` : line);
  if (name || message) {
    return `${name || 'Error'}: ${message.slice(0, 100_000).split('\n').slice(0, lines).map(cut).join('\n')}`;
  }
  if (typeof error === 'string') return `the string "${cut(error.split('\n')[0])}"`;
  return describeValue(error);
}

/** Where console output goes right now (the innermost call being captured). */
let activeOutput: CapturedOutput | undefined;

function classify(error: unknown, timeoutMs: number): GuardOutcome<never> {
  const { name, message, code } = errorFields(error);
  if (code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return { status: 'timeout', timeoutMs };
  if (name === 'RangeError' && message.includes('Maximum call stack size exceeded')) {
    return { status: 'stackOverflow' };
  }
  return { status: 'threw', error };
}

/** name, message and code of a thrown value, read defensively (it may be a hostile object). */
export function errorFields(error: unknown): { name: string; message: string; code: unknown } {
  try {
    // A Proxy's traps are learner code that may never return: its fields are not read.
    if (typeof error === 'object' && error !== null && !isProxy(error)) {
      const { name, message, code } = error as Record<string, unknown>;
      return {
        name: typeof name === 'string' ? name : '',
        message: typeof message === 'string' ? message : '',
        code,
      };
    }
  } catch {
    // fall through: a getter threw
  }
  return { name: '', message: '', code: undefined };
}

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'] as const;

/** Puts one captured line into the output being captured now. */
function record(...args: unknown[]): void {
  const into = activeOutput;
  if (!into) return;
  into.total++;
  if (into.lines.length >= KEPT_LINES) return;
  let text: string;
  try {
    text = format(...args);
  } catch {
    text = '(a value that cannot be printed)';
  }
  const line = text.replace(/\n+$/, '');
  into.lines.push(
    line.length > KEPT_LINE_LENGTH ? `${line.slice(0, KEPT_LINE_LENGTH)}… (cut)` : line,
  );
}

function recordWrite(chunk: unknown): boolean {
  record(String(chunk));
  return true;
}

// While learner code runs: console methods and process.stdout/stderr writes are captured, keeping
// only the first lines (a call that logs a million lines costs a counter increment per line), and
// process.exit is disarmed. The outermost capture patches them; one inside it (a call in a session)
// only says where the lines go, which keeps a call's own cost at a few assignments.
function captureOutput(into: CapturedOutput): () => void {
  const outer = activeOutput;
  activeOutput = into;
  if (outer) {
    return () => {
      activeOutput = outer;
    };
  }
  // A stack trace formatter the solution installs would run on the grader's own errors too.
  const RealError = mainGlobal.Error;
  const savedPrepare = RealError.prepareStackTrace;
  // process.exit() in a solution would end the grader itself: make it a throw instead.
  const realProcess = mainGlobal.process;
  const savedExit = realProcess.exit;
  realProcess.exit = ((code?: number) => {
    throw new Error(`process.exit(${code ?? ''}) was called; return the answer instead`);
  }) as typeof realProcess.exit;
  // Solutions run in the main context (see loader.ts), whose console is not Jest's.
  const consoles = [...new Set([console, mainGlobal.console])] as unknown as Record<
    string,
    unknown
  >[];
  const savedConsoles = consoles.map((target) => CONSOLE_METHODS.map((method) => target[method]));
  const streams = [process.stdout, process.stderr];
  const savedWrites = streams.map((stream) => stream.write);
  for (const target of consoles) for (const method of CONSOLE_METHODS) target[method] = record;
  for (const stream of streams) stream.write = recordWrite as typeof stream.write;
  return () => {
    consoles.forEach((target, c) =>
      CONSOLE_METHODS.forEach((method, i) => (target[method] = savedConsoles[c][i])),
    );
    streams.forEach((stream, i) => (stream.write = savedWrites[i]));
    realProcess.exit = savedExit;
    if (RealError.prepareStackTrace !== savedPrepare) RealError.prepareStackTrace = savedPrepare;
    activeOutput = undefined;
  };
}
