import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { exerciseOfFile } from '../exercises/index';
import type { CapturedOutput } from '../guard';
import { compileAhead } from '../loader';
import { bundles } from './bundles';
import type { Profile } from '../profile';
import {
  tierResult,
  type CheckFailureKind,
  type CheckResult,
  type TierId,
  type TierResult,
} from '../tiers/tier';
import {
  GRADING_FLAGS,
  LEASHED_MEMORY_BUDGET_MB,
  MEMORY_BUDGET_MB,
  PROBE_FLAGS,
  RUNAWAY_GROWTH_MB,
  SESSION_BUDGETS,
  STARVED_CAP,
} from '../callLimits';
import {
  GREW,
  OUT_OF_MEMORY,
  TOGETHER,
  type ChildMessage,
  type FootprintPair,
  type GradeJob,
  type Tried,
} from './protocol';

/*
 * Grades a file in a separate process and survives whatever the learner's code does there. Calls
 * that loop are stopped inside the process (guard.ts); what cannot be stopped from inside is
 * stopped from here: a call that runs on past its time limit in one built-in operation, memory
 * that grows without bound (the process's memory watch), a crash. The check that was running
 * fails with the fault named, the rest of its tier is not run (the tier has failed), and a fresh
 * process grades the tiers that remain. The process exits when grading ends, so timers and
 * promises a solution leaves behind die with it.
 */

/** How long past its own time limit a guarded call may run before the process is ended. */
const GRACE_MS = 500;
/** Once a process of this run was ended for being stuck, the next ones get less. */
const LEASHED_GRACE_MS = 250;
/** How much longer a call still running at its run's first deadline may run (once a run). */
const FIRST_DEADLINE_GRACE_MS = 4000;
/** How long a grading process's start waits for its file compiled ahead (loader.ts compileAhead). */
const COMPILE_AHEAD_MS = 1000;
/** How long after the process exits its pipes may still be read from. */
const PIPES_AFTER_EXIT_MS = 100;
/** Between guarded calls only the grader's own code runs (building trees): never near this. */
const SILENCE_MS = 30_000;

export interface GradedRun {
  /** The file loaded, or why it did not. */
  loaded: { ok: true } | { ok: false; reason: string };
  /** What the file's top level printed. */
  output: CapturedOutput;
  /** Timers left pending: by the file's top level, and by its calls. */
  timers: { topLevel: number; calls: number };
  results: TierResult[];
  /** Reads and time per query, when asked for and the solution is correct. */
  profile?: Profile;
  /** The correct tier under each of `otherSeeds`, when asked for. */
  otherSeeds: { seed: number; result: TierResult }[];
  /** The footprints asked for, in order (fewer when a fault ended the process first). */
  footprints: FootprintPair[];
  /** The one call asked for (npm run try), unless a fault ended the process first. */
  tried?: Tried;
  /** A fault that ended the process after the tiers (while measuring or drawing). */
  lateFault?: string;
}

export interface RunListener {
  /** The file loaded (or did not): before any result. */
  loaded?(loaded: GradedRun['loaded']): void;
  /** A check starts (the status line a terminal shows while grading). */
  check?(tier: TierId, index: number): void;
  result?(tier: TierId, index: number, result: CheckResult): void;
  tier?(result: TierResult): void;
}

export interface RunOptions {
  tiers?: readonly TierId[];
  listener?: RunListener;
  /** Also measure the solution's profile (compare, the report). */
  profile?: boolean;
  /** Also run the correct tier under these seeds (the self-tests' seed proof). */
  otherSeeds?: number[];
  /** Complexity checks measure every series, even after one failed. */
  everySeries?: boolean;
  /**
   * Every check of a failing linear or optimal tier, though the file states no claim for the later
   * ones to measure (the report charts them).
   */
  everyCheck?: boolean;
  /** Also draw these footprints (npm run footprint, the report). */
  footprints?: GradeJob['footprints'];
  /** Also make this one call (npm run try). */
  tryOne?: GradeJob['tryOne'];
  /** The run's first process starts leashed: a fault seen in another process of the same run. */
  leash?: GradeJob['leash'];
  /**
   * Processes kept from earlier runs, and kept for later ones: only for files that cannot hurt
   * one another (the self-tests' valid solutions), since a file runs in its process's own realm.
   */
  pool?: GradingPool;
  /**
   * The space tier's process starts once the other tiers are done, not beside them: for runs made
   * two at a time (the self-tests' two workers), where a second process each would leave every
   * call half a core, and each call its clock stops run again on a longer one (guard.ts).
   */
  spaceAfter?: boolean;
}

/** A grading process's end, as seen from here. */
type Ending =
  /** Reusable: a kept process that may grade another file (GradingPool). */
  | { ended: 'done'; timers: number; reusable: boolean }
  | {
      ended: 'fault';
      kind: 'outOfMemory' | 'stuck' | 'crashed' | 'changedBuiltin';
      /** One line for the card. */
      figure: string;
      /** The full story, for the failure block. */
      detail: string;
    };

interface Progress {
  loaded?: Extract<ChildMessage, { t: 'loaded' }>;
  /** The tier and check running, if any. */
  tier?: TierId;
  index?: number;
  results: Map<TierId, CheckResult[]>;
  finished: TierResult[];
  profile?: Profile;
  otherSeeds: { seed: number; result: TierResult }[];
  footprints: FootprintPair[];
  tried?: Tried;
}

type Paths = { gradingProcess: string; memoryWatch: string };

/** A grading process started, given its token, and waiting for a job (runProcess gives it one). */
interface Started {
  child: ChildProcess;
  token: string;
  /** How it ended, once it has. */
  exited?: { code: number | null; signal: NodeJS.Signals | null };
  /** The end of what it wrote to stderr during its current job. */
  stderr: string;
  /** Its current job's readers of descriptors 3 and 4, and of its exit. */
  onMessage?: (message: ChildMessage) => void;
  onWatch?: (line: string) => void;
  onExit?: () => void;
}

/** The process that measures memory starts with the probe's flags (callLimits.ts). */
const flagsFor = (tiers: readonly TierId[]) =>
  tiers.length === 1 && tiers[0] === 'space' ? PROBE_FLAGS : GRADING_FLAGS;

/**
 * Grading processes start from V8's code cache of their bundle (codeCache.cjs); the probe's do not:
 * its margins were measured in processes that compile as node does, and a cache puts all its
 * functions in the heap at once.
 */
const CODE_CACHE = path.join(__dirname, 'codeCache.cjs');

function startProcess(flags: readonly string[], paths: Paths): Started {
  const entry = flags === PROBE_FLAGS ? [] : [CODE_CACHE];
  const child = spawn(
    process.execPath,
    [...flags, ...entry, paths.gradingProcess, paths.memoryWatch],
    {
      stdio: ['pipe', 'ignore', 'pipe', 'pipe', 'pipe'],
    },
  );
  // The messages' token (gradingProcess.ts): what else reaches descriptor 3 is not ours.
  const started: Started = { child, token: randomBytes(16).toString('hex'), stderr: '' };
  child.stdin!.on('error', () => {}); // a process that died at once: its exit says why
  child.stdin!.write(`${started.token}\n`);
  lines(child.stdio[3] as Readable, (line) => {
    // Not ours without the token: a solution that wrote to descriptor 3 itself.
    if (line.startsWith(`${started.token} `))
      started.onMessage?.(JSON.parse(line.slice(started.token.length + 1)) as ChildMessage);
  });
  lines(child.stdio[4] as Readable, (line) => started.onWatch?.(line));
  child.stderr!.on('data', (chunk: Buffer) => {
    started.stderr = (started.stderr + chunk.toString()).slice(-4000);
  });
  child.once('exit', (code, signal) => {
    started.exited = { code, signal };
    started.onExit?.();
  });
  return started;
}

/**
 * Grading processes kept between runs, for files that cannot hurt one another (the self-tests'
 * valid solutions): a process serves the next run only when the last left its realm as it was
 * (gradingProcess.ts). Never the space tier's: what a process held before (other files' timers,
 * say) moves the bytes its probe sees, where reads never move. One idle process at most; `close`
 * ends it.
 */
export class GradingPool {
  private idle: Started | undefined;
  /** Processes started for this pool's runs, and runs served by one kept from an earlier run. */
  readonly counts = { started: 0, reused: 0 };

  take(paths: Paths): Started {
    const kept = this.idle;
    this.idle = undefined;
    if (kept && !kept.exited) {
      this.counts.reused++;
      return kept;
    }
    this.counts.started++;
    return startProcess(GRADING_FLAGS, paths);
  }

  give(started: Started): void {
    if (this.idle) end(this.idle);
    this.idle = started;
  }

  close(): void {
    if (this.idle) end(this.idle);
    this.idle = undefined;
  }
}

/** No more jobs: its stdin's end ends it. */
function end(started: Started): void {
  started.child.stdin!.end();
}

/**
 * Gives a grading process one job and follows it until the job is done: until the process exits,
 * or, for a process its pool keeps (`keep`), until it says done.
 */
function runProcess(
  job: GradeJob,
  started: Started,
  progress: Progress,
  listener: RunListener,
  keep: boolean,
): Promise<Ending> {
  const { child } = started;
  started.stderr = '';
  child.stdin!.write(`${JSON.stringify(job)}\n`);
  if (!keep) end(started);
  const grace = job.leash === 'stuck' ? LEASHED_GRACE_MS : GRACE_MS;
  let deadline = Date.now() + SILENCE_MS;
  let limitMs = 0;
  let done: number | undefined;
  let outOfMemory: string | undefined;
  /** Why the process ended itself: a built-in changed for good. */
  let lost: string | undefined;
  /** How much the running guarded call has grown the process's memory, in MB. */
  let grownMb = 0;
  let killedAfter: number | undefined;
  /** When the running guarded call started, and the process's CPU time then. */
  let guardedAt: { ms: number; cpuMs: number | undefined } = { ms: 0, cpuMs: undefined };
  let reusable = false;

  const onMessage = (message: ChildMessage) => {
    switch (message.t) {
      case 'guard':
        limitMs = message.ms;
        deadline = Date.now() + message.ms + grace;
        guardedAt = { ms: Date.now(), cpuMs: processCpu(child.pid)?.cpuMs };
        grownMb = 0;
        return;
      case 'unguard':
        deadline = Date.now() + SILENCE_MS;
        return;
      case 'loaded':
        progress.loaded = message;
        listener.loaded?.(message.ok ? { ok: true } : { ok: false, reason: message.reason });
        return;
      case 'check':
        progress.tier = message.tier;
        progress.index = message.index;
        listener.check?.(message.tier, message.index);
        return;
      case 'result': {
        const list = progress.results.get(message.tier) ?? [];
        list[message.index] = message.result;
        progress.results.set(message.tier, list);
        listener.result?.(message.tier, message.index, message.result);
        return;
      }
      case 'tier':
        progress.finished.push(message.result);
        progress.tier = progress.index = undefined;
        listener.tier?.(message.result);
        return;
      case 'profile':
        progress.profile = message.profile;
        return;
      case 'otherSeed':
        progress.otherSeeds.push({ seed: message.seed, result: message.result });
        return;
      case 'footprint':
        progress.footprints.push(message.pair);
        return;
      case 'tried':
        progress.tried = message.tried;
        return;
      case 'lost':
        lost = message.reason;
        return;
      case 'done':
        done = message.timers;
        reusable = message.reusable;
        if (keep) finish?.();
    }
  };
  started.onMessage = onMessage;
  started.onWatch = (line) => {
    if (line.startsWith(OUT_OF_MEMORY)) outOfMemory = line.slice(OUT_OF_MEMORY.length).trim();
    if (line.startsWith(GREW)) grownMb = Number(line.slice(GREW.length));
  };
  /** Ends the job: set once the promise below exists. */
  let finish: (() => void) | undefined;

  let extended = false;
  const watchdog = setInterval(() => {
    if (Date.now() <= deadline || killedAfter !== undefined) return;
    // A call the machine starves (runnable, waiting for a core) has not had the CPU its clock
    // means: it gets it, so that a busy machine ends it the way an idle one would (by its memory
    // budget, say, not by the clock). A call asleep in a system call gets no more.
    const cpu = processCpu(child.pid);
    if (
      cpu?.runnable &&
      guardedAt.cpuMs !== undefined &&
      cpu.cpuMs - guardedAt.cpuMs < limitMs + grace &&
      Date.now() - guardedAt.ms < STARVED_CAP * (limitMs + grace)
    ) {
      deadline = Date.now() + 100;
      return;
    }
    // A call still running when its clock runs out is given a little longer, once a run (after a
    // first fault the next processes are leashed), so that its own end (the memory budget, a
    // crash, a return) names the fault, not the load of the machine: on a busy one the memory
    // watch may not even have seen it grow yet.
    if (!extended && (job.leash === undefined || job.leash === 'loops')) {
      extended = true;
      deadline = Date.now() + FIRST_DEADLINE_GRACE_MS;
      return;
    }
    killedAfter = limitMs + grace + (extended ? FIRST_DEADLINE_GRACE_MS : 0);
    // What it waits for dies with it: a program run synchronously (spawnSync) would outlive it.
    for (const pid of descendants(child.pid)) killQuietly(pid);
    child.kill('SIGKILL');
  }, 50);

  return new Promise((resolve) => {
    // 'close' waits for every holder of the pipes, and a process the solution started (detached,
    // given our stderr) may hold them for minutes: the process's exit, and what its pipes still
    // hold (read in one more turn of the event loop), decide.
    let closed = false;
    const close = (code: number | null, signal: NodeJS.Signals | null) => {
      if (closed) return;
      closed = true;
      detach();
      for (const stream of child.stdio) stream?.destroy();
      ended(code, signal);
    };
    child.on('close', close);
    const exited = () => {
      const { code, signal } = started.exited!;
      setTimeout(() => setImmediate(() => close(code, signal)), PIPES_AFTER_EXIT_MS).unref();
    };
    if (started.exited) exited();
    else started.onExit = exited;
    /** The job's readers go: a kept process's next job brings its own. */
    const detach = () => {
      child.off('close', close);
      started.onMessage = started.onWatch = started.onExit = undefined;
    };
    // A kept process that said done: the job ends, the process waits for the next.
    finish = () => {
      if (closed) return;
      closed = true;
      detach();
      clearInterval(watchdog);
      resolve({ ended: 'done', timers: done!, reusable });
    };
    const ended = (code: number | null, signal: NodeJS.Signals | null) => {
      clearInterval(watchdog);
      if (done !== undefined) return resolve({ ended: 'done', timers: done, reusable: false });
      if (lost !== undefined) {
        return resolve({
          ended: 'fault',
          kind: 'changedBuiltin',
          figure: 'it changed a built-in for good',
          detail: lost,
        });
      }
      const budget = job.leash === 'outOfMemory' ? LEASHED_MEMORY_BUDGET_MB : MEMORY_BUDGET_MB;
      // Stopped by the clock while its memory kept growing: it would have passed the budget too.
      const runaway = killedAfter !== undefined && grownMb >= RUNAWAY_GROWTH_MB;
      if (
        outOfMemory !== undefined ||
        runaway ||
        /heap out of memory|Allocation failed/i.test(started.stderr)
      ) {
        if (outOfMemory?.endsWith(TOGETHER)) {
          const most = SESSION_BUDGETS * budget;
          return resolve({
            ended: 'fault',
            kind: 'outOfMemory',
            figure: `it ran out of memory (calls in a row took over ${most} MB together)`,
            detail:
              `it ran out of memory: calls in a row grew the grader's memory by more than ${most} MB ` +
              'together, none of them by more than its own budget (a correct solution needs a few ' +
              'MB here), so it was stopped. Does something kept from call to call grow without ' +
              'end: a cache of every answer, or of the whole tree, for every call?',
          });
        }
        const took = runaway
          ? `had taken ${grownMb} MB and was still growing after ${((killedAfter ?? 0) / 1000).toFixed(1)} s`
          : `grew the grader's memory by more than ${budget} MB`;
        return resolve({
          ended: 'fault',
          kind: 'outOfMemory',
          figure: `it ran out of memory (one call ${runaway ? `took ${grownMb} MB and kept growing` : `took over ${budget} MB`})`,
          detail:
            `it ran out of memory: one call ${took} (a correct solution needs a few MB here), ` +
            'so it was stopped. Something grows without end: an array pushed to in a loop that ' +
            'never ends, or a huge new Array(…)?',
        });
      }
      if (killedAfter !== undefined) {
        return resolve({
          ended: 'fault',
          kind: 'stuck',
          figure: 'it did not return, and could not be stopped from inside',
          detail:
            `it did not return within ${(killedAfter / 1000).toFixed(1)} s and could not be ` +
            'stopped from inside: the time went into one long built-in operation (filling or ' +
            'sorting a huge array, or waiting on the system), so the grader ended it from outside',
        });
      }
      const how = signal ? `signal ${signal}` : `exit code ${code}`;
      // V8's own last words (a fatal error), or the error thrown, say more than what follows them.
      const lines = started.stderr.trim().split('\n');
      const last =
        lines.findLast((line) => /fatal/i.test(line))?.replace(/^#\s*/, '') ??
        lines.find((line) => /^\w*Error\b/.test(line)) ??
        lines.pop() ??
        '';
      resolve({
        ended: 'fault',
        kind: 'crashed',
        figure: `the grading process crashed (${how})`,
        detail: `the grading process stopped while running it (${how})${last ? `: ${last}` : ''}`,
      });
    };
  });
}

/**
 * A process's CPU time (all its threads) and whether it is runnable, from /proc (Linux); undefined
 * where there is none, and there the clock alone decides.
 */
function processCpu(pid: number | undefined): { cpuMs: number; runnable: boolean } | undefined {
  const fields = statFields(pid);
  // State first, utime and stime 12th and 13th.
  return (
    fields && {
      cpuMs: (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK,
      runnable: fields[0] === 'R',
    }
  );
}

/** A process's /proc/<pid>/stat after the command's name in parentheses; undefined if none. */
function statFields(pid: number | string | undefined): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** The processes started by `pid`, and by those, from /proc (Linux); none elsewhere. */
function descendants(pid: number | undefined): number[] {
  const parents = new Map<number, number[]>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  for (const entry of entries) {
    // State first, then the parent's pid; a process gone meanwhile has none.
    const fields = /^\d+$/.test(entry) ? statFields(entry) : undefined;
    if (!fields) continue;
    const parent = Number(fields[1]);
    parents.set(parent, [...(parents.get(parent) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  for (let queue = pid === undefined ? [] : [pid]; queue.length > 0;) {
    const children = parents.get(queue.pop()!) ?? [];
    found.push(...children);
    queue.push(...children);
  }
  return found;
}

function killQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** /proc counts CPU time in clock ticks, 100 a second on Linux. */
const MS_PER_TICK = 10;

function lines(stream: Readable, each: (line: string) => void): void {
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', each);
}

/** The results of a tier a fault interrupted: the check running failed, the rest did not run. */
function interrupted(
  tier: TierId,
  names: string[],
  done: CheckResult[],
  at: number,
  fault: Extract<Ending, { ended: 'fault' }>,
): TierResult {
  const checks = names.map((name, i): CheckResult => {
    if (i < at && done[i]) return done[i];
    if (i === at) {
      return { name, passed: false, kind: fault.kind, message: fault.detail, figure: fault.figure };
    }
    const notRun = `not run: the ${tier} tier already failed above (${names[at]})`;
    return { name, passed: false, notRun: true, kind: fault.kind, message: notRun, figure: notRun };
  });
  return tierResult({ id: tier }, checks);
}

/**
 * Grades `file` in separate processes: every tier (or `tiers`), each reported to the listener as
 * it ends, all of them in the result.
 */
export async function gradeInProcess(
  file: string,
  seed: number,
  options: RunOptions = {},
): Promise<GradedRun> {
  const exercise = exerciseOfFile(file);
  const tiers = options.tiers ?? (exercise.tiers as readonly TierId[]);
  if (!tiers.includes('space') || tiers.length === 1) return gradeTiers(file, seed, options);
  // The space tier measures in a process of its own (its flags, its small heap: a full collection
  // per sample), on the other core, started once the first other tier has ended (all of them, with
  // spaceAfter): a file that does not load is not loaded twice, and a process the first tier saw
  // end in a fault (stuck, out of memory) starts leashed, as every later process of a run does.
  const listener = options.listener ?? {};
  const others = tiers.filter((id) => id !== 'space');
  let firstEnded!: (result: TierResult) => void;
  const first = new Promise<TierResult>((resolve) => (firstEnded = resolve));
  const restRun = gradeTiers(file, seed, {
    ...options,
    tiers: others,
    listener: {
      ...listener,
      tier: (result) => {
        listener.tier?.(result);
        if (result.id === others[0]) firstEnded(result);
      },
    },
  });
  const spaceListener = { check: listener.check, result: listener.result, tier: listener.tier };
  const started = options.spaceAfter ? restRun.then(() => first) : first;
  const measuredRun = started.then(async (result): Promise<TierResult> => {
    const names = async () =>
      (await bundles()).plan[exercise.id].tiers.find((tier) => tier.id === 'space')!.checks;
    if (result.kind === 'load')
      return failedUnrun('space', await names(), result.figure, spaceListener);
    // Its first call threw the stub's error: the stub, whose calls all throw it (measuring it would
    // cost the learner's first run a process and the probe's check of itself, a third of a second).
    if (result.checks[0]?.kind === 'stub') {
      const why = "not measured: it still throws the stub's error (see correct)";
      return failedUnrun('space', await names(), why, spaceListener, 'stub');
    }
    // Calls that did not return in time on correct's small trees would not on the probe's larger
    // ones either, whose clock is long (room for its samples): waiting it out would cost a busy
    // machine minutes for the same verdict.
    if (result.id === 'correct' && (result.kind === 'timeout' || result.stopped)) {
      const why =
        result.kind === 'timeout'
          ? 'not measured: its calls did not return in time (see correct)'
          : 'not measured: reading what its calls returned or threw did not finish in time (see correct)';
      return failedUnrun('space', await names(), why, spaceListener, result.kind);
    }
    const leash =
      result.kind === 'stuck' || result.kind === 'outOfMemory'
        ? result.kind
        : result.loops
          ? 'loops'
          : undefined;
    const run = await gradeTiers(file, seed, { tiers: ['space'], listener: spaceListener, leash });
    return run.results[0];
  });
  const [rest, space] = await Promise.all([restRun, measuredRun]);
  const results = tiers.map((id) =>
    id === 'space' ? space : rest.results.find((r) => r.id === id)!,
  );
  return { ...rest, results };
}

async function gradeTiers(file: string, seed: number, options: RunOptions): Promise<GradedRun> {
  const paths = await bundles();
  const listener = options.listener ?? {};
  const exercise = exerciseOfFile(file);
  const order = options.tiers ?? (exercise.tiers as readonly TierId[]);
  const names = new Map(paths.plan[exercise.id].tiers.map((tier) => [tier.id, tier.checks]));
  let remaining = [...order];
  const progress: Progress = { results: new Map(), finished: [], otherSeeds: [], footprints: [] };
  const timers = { topLevel: 0, calls: 0 };
  let leash: GradeJob['leash'] = options.leash;
  let lateFault: string | undefined;
  const afterTiers = Boolean(
    options.otherSeeds?.length ||
    options.profile ||
    options.footprints?.queries.length ||
    options.tryOne,
  );
  let ranAfterTiers = 0;

  // At least one process, even with no tier to run (a profile alone).
  do {
    progress.tier = progress.index = undefined;
    const job: GradeJob = {
      file,
      seed,
      tiers: remaining,
      leash,
      profile: options.profile,
      otherSeeds: options.otherSeeds,
      footprints: options.footprints,
      tryOne: options.tryOne,
      columns: process.stdout.isTTY ? process.stdout.columns : undefined,
      everySeries: options.everySeries,
      everyCheck: options.everyCheck,
      compiledCache: path.join(paths.cacheDir, 'compiled'),
      probeCalibration: path.join(path.dirname(paths.gradingProcess), 'probeCalibration.json'),
    };
    const flags = flagsFor(remaining);
    // A pool's process only for a run that saw no fault (a leashed one starts afresh, as a
    // learner's does), and never to measure memory.
    const pool = leash === undefined && flags === GRADING_FLAGS ? options.pool : undefined;
    const started = pool ? pool.take(paths) : startProcess(flags, paths);
    // While it starts. Never waited for long: esbuild on a file it chokes on is the process's to
    // stop (and say why), not this one's to hang on.
    await Promise.race([
      compileAhead(file, job.compiledCache!),
      new Promise((resolve) => setTimeout(resolve, COMPILE_AHEAD_MS).unref()),
    ]);
    const ending = await runProcess(job, started, progress, listener, pool !== undefined);
    if (pool && ending.ended === 'done' && ending.reusable) pool.give(started);
    else if (pool) end(started);
    const loaded = progress.loaded;
    if (!loaded || !loaded.ok) {
      const reason =
        loaded && !loaded.ok
          ? loaded.reason
          : `loading it failed: ${ending.ended === 'fault' ? ending.detail : 'no answer'}`;
      if (!loaded) listener.loaded?.({ ok: false, reason });
      return {
        loaded: { ok: false, reason },
        output: loaded?.output ?? { lines: [], total: 0 },
        timers,
        otherSeeds: [],
        footprints: [],
        results: order.map((id) => failedUnrun(id, names.get(id) ?? [], reason, listener)),
      };
    }
    timers.topLevel = loaded.timers;
    if (ending.ended === 'done') {
      timers.calls += ending.timers;
      break;
    }
    // The tier that was running when the process ended: a check failed with the fault. (With
    // every tier finished, it was the profile or a footprint: then there is none to show.)
    const finishedIds = new Set(progress.finished.map((r) => r.id));
    const tier = remaining.find((id) => !finishedIds.has(id));
    if (!tier) {
      lateFault = ending.detail;
      break;
    }
    const done = progress.results.get(tier) ?? [];
    const at = progress.tier === tier ? (progress.index ?? done.length) : done.length;
    const result = interrupted(tier, names.get(tier) ?? [], done, at, ending);
    result.checks.forEach((check, i) => i >= at && listener.result?.(tier, i, check));
    progress.finished.push(result);
    listener.tier?.(result);
    remaining = remaining.filter((id) => id !== tier && !finishedIds.has(id));
    if (ending.kind === 'outOfMemory' || ending.kind === 'stuck') leash = ending.kind;
    // The last tier's fault ended the process before what comes after the tiers (the other seeds,
    // a profile, footprints, a try): one more process, with no tier, does that.
  } while (remaining.length > 0 || (afterTiers && !ranAfterTiers++));
  const results = order.map((id) => progress.finished.find((r) => r.id === id)!);
  const correct = results.find((r) => r.id === 'correct');
  const profile = correct && !correct.passed ? undefined : progress.profile;
  const { output } = progress.loaded!;
  return {
    loaded: { ok: true },
    output,
    timers,
    results,
    profile,
    otherSeeds: progress.otherSeeds,
    footprints: progress.footprints,
    tried: progress.tried,
    lateFault,
  };
}

/** Every check of a tier failed without running: the file did not load (or `kind` says why). */
function failedUnrun(
  tier: TierId,
  names: string[],
  reason: string,
  listener: RunListener,
  kind: CheckFailureKind = 'load',
): TierResult {
  const checks = names.map((name) => ({
    name,
    passed: false,
    kind,
    message: reason,
    figure: reason,
  }));
  checks.forEach((check, i) => listener.result?.(tier, i, check));
  const result = { ...tierResult({ id: tier }, checks), figure: reason };
  listener.tier?.(result);
  return result;
}
