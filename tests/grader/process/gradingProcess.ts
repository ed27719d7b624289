import { readFileSync, readSync, writeSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { statesTimeClaim } from '../claim';
import { exerciseOfSource } from '../exercises/index';
import { watchGuards } from '../guard';
import { fitFootprintsTo, footprint, OPTIMAL_WALK } from '../footprint';
import { changedIntrinsicReason, realmKeeper, whenIntrinsicLost } from '../intrinsics';
import { cacheCompiledIn } from '../loader';
import { loadSolution, unloadSolutions, type Solution } from '../solution';
import { measureProfile } from '../profile';
import { failedBeforeAnySeed, plan, runTier } from '../tiers/index';
import { leashEveryTier, resetLeash, smallestTreeStopped, startRun } from '../trial';
import { tryOne } from '../tryOne';
import { resetWorkloads } from '../workloads';
import { LEASHED_MEMORY_BUDGET_MB, MEMORY_BUDGET_MB } from '../callLimits';
import { calibrateOnce } from './probeCalibration';
import type { ChildMessage, GradeJob } from './protocol';

/*
 * The grading process: loads the learner's file and runs the tiers its supervisor asked for,
 * reporting each check as it starts and ends. It runs synchronously from start to finish and then
 * exits at once, so timers or promises a solution leaves behind never run and keep nothing alive.
 *
 *   node gradingProcess.js <memoryWatch.js>    the token, then a job a line (JSON), on stdin
 *   node gradingProcess.js --plan              prints the Plan (tiers and check names) as JSON
 *
 * Its supervisor mostly gives it one job and closes stdin. A pool (the self-tests, supervisor.ts)
 * gives it another job once it said done, if it said it can: the learner's code runs in this
 * process's own realm, so only a file that left that realm as it found it is followed by another.
 */

/**
 * Every message opens with a token the supervisor writes first to this process's stdin, read
 * before the learner's code loads and kept in this closure only: a solution that writes lines of
 * its own to descriptor 3 (forged results) is ignored. writeSync, readSync and JSON are taken now,
 * before a solution could replace them to learn it.
 */
let token = '';
const write = writeSync;
const read = readSync;
const stringify = JSON.stringify;
const parse = JSON.parse;
/** Without running 'exit' handlers: the realm may hold what the learner made unchangeable. */
const endNow = process.kill.bind(process, process.pid, 'SIGKILL');
const send = (message: ChildMessage) => write(3, `${token} ${stringify(message)}\n`);

/** The file's text; empty when it cannot be read (the loader says why). */
function sourceOf(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** Pending timers and immediates: what would keep Node running after the code is done. */
function pendingTimers(): number {
  return process.getActiveResourcesInfo().filter((r) => r === 'Timeout' || r === 'Immediate')
    .length;
}

/** What one guarded call may add to the process's memory (the job's leash may lower it). */
let budgetMb = MEMORY_BUDGET_MB;

function watchMemory(script: string): void {
  // Laid out in memoryWatch.ts; the budget last, so that the watch sees the run's figures with it.
  const shared = new Int32Array(new SharedArrayBuffer(16));
  new Worker(script, { workerData: shared.buffer }).unref();
  watchGuards({
    start(timeoutMs) {
      send({ t: 'guard', ms: timeoutMs });
      Atomics.store(shared, 1, Math.round(process.memoryUsage.rss() / 2 ** 20));
      Atomics.add(shared, 2, 1);
      Atomics.store(shared, 0, budgetMb);
    },
    call() {
      Atomics.add(shared, 3, 1);
    },
    end() {
      Atomics.store(shared, 0, 0);
      send({ t: 'unguard' });
    },
  });
}

/**
 * Descriptor 2 is a pipe to the supervisor. Once process.stderr exists Node leaves that pipe
 * non-blocking, so a solution's own fs.writeSync(2, …) would fail with EAGAIN whenever the pipe is
 * full, and a verdict would depend on how fast the supervisor reads: make it wait instead.
 */
function blockingStderr(): void {
  const handle = (process.stderr as unknown as { _handle?: { setBlocking?(on: boolean): void } })
    ._handle;
  handle?.setBlocking?.(true);
}

/** The larger of the statement's examples ([4,2,5,1,3]): correct's first, unseeded checks. */
const STATEMENT_NODES = 5;

/** Runs one job; whether this process may run another (the realm as the job found it). */
function grade(job: GradeJob): boolean {
  const unchanged = realmKeeper();
  if (job.compiledCache) cacheCompiledIn(job.compiledCache);
  fitFootprintsTo(job.columns);
  startRun();
  // Stuck once, in a call the clock could not stop: a call that hangs again is ended sooner.
  if (job.leash === 'stuck' || job.leash === 'loops') leashEveryTier();
  budgetMb = job.leash === 'outOfMemory' ? LEASHED_MEMORY_BUDGET_MB : MEMORY_BUDGET_MB;
  // Before the learner's file loads: no solution's code runs before it or touches what it keeps.
  if (job.probeCalibration && job.tiers.includes('space')) calibrateOnce(job.probeCalibration);
  // Read before the learner's code runs (it could change what the reading uses).
  const source = sourceOf(job.file);
  const unclaimed = !job.everyCheck && !statesTimeClaim(source, exerciseOfSource(source).protocol);
  const before = pendingTimers();
  const loaded = loadSolution(job.file);
  if (!loaded.ok) {
    send({ t: 'loaded', ok: false, reason: loaded.reason, output: loaded.output });
    return false;
  }
  const afterLoad = pendingTimers();
  send({ t: 'loaded', ok: true, output: loaded.output, timers: afterLoad - before });
  // (At load, a built-in changed for good fails the load, above.)
  whenIntrinsicLost((name) => {
    send({ t: 'lost', reason: changedIntrinsicReason(name, 'it', false) });
    endNow();
  });
  let correct = true;
  let seedless = false;
  for (const tier of job.tiers) {
    const result = runTier(tier, loaded.solution, job.seed, {
      start: (index) => send({ t: 'check', tier, index }),
      done: (index, result) => send({ t: 'result', tier, index, result }),
      options: { everySeries: job.everySeries, unclaimed },
    });
    if (tier === 'correct') {
      correct = result.passed;
      seedless = failedBeforeAnySeed(tier, result, job.seed, loaded.solution.exercise);
      // A call on a statement example (5 nodes at most) was stopped by its clock (in the call,
      // reading its answer or reading what it threw), where honest code needs microseconds (a
      // margin of 10,000× and more): the code loops whatever the tree, and every later tier
      // starts on the leash, as after a stuck call (the space tier's process too: result.loops).
      // Its verdicts stay those of its calls; a loop that never ends costs each tier 0.1 to
      // 0.8 s of clock instead of up to 2.2 s.
      if (seedless && smallestTreeStopped() <= STATEMENT_NODES) {
        leashEveryTier();
        result.loops = true;
      }
    }
    send({ t: 'tier', result });
  }
  // Under another seed only the correct tier could differ, and only by its first failure; a tier
  // that failed before its seeded checks fails the same way under every seed.
  for (const seed of seedless ? [] : (job.otherSeeds ?? [])) {
    const result = runTier('correct', loaded.solution, seed, { firstFailureOnly: true });
    send({ t: 'otherSeed', seed, result });
  }
  // Numbers of a wrong solution would mean nothing.
  if (job.profile && correct) {
    resetLeash();
    resetWorkloads();
    send({ t: 'profile', profile: measureProfile(loaded.solution) });
  }
  if (job.footprints) {
    const reference = referenceSolution(job.footprints.reference);
    for (const { n, target, k } of job.footprints.queries) {
      const yours = footprint(loaded.solution, n, target, k);
      send({ t: 'footprint', pair: { yours, reference: footprint(reference, n, target, k) } });
    }
  }
  if (job.tryOne) send({ t: 'tried', tried: tryOne(loaded.solution, job.tryOne) });
  // Its file's timers never run (this process never returns to its event loop): any it left make
  // it a process for no other file.
  const timers = pendingTimers() - afterLoad;
  unloadSolutions();
  const reusable = unchanged() && timers === 0 && afterLoad === before;
  send({ t: 'done', timers, reusable });
  return reusable;
}

/**
 * stdin's lines, read as they come (blocking: this process has nothing else to do). Split as bytes:
 * a read may end inside a character, never inside a newline.
 */
function* lines(): Generator<string> {
  const chunk = Buffer.alloc(1 << 16);
  let pending = Buffer.alloc(0);
  for (;;) {
    const end = pending.indexOf(NEWLINE);
    if (end !== -1) {
      yield pending.toString('utf8', 0, end);
      pending = pending.subarray(end + 1);
      continue;
    }
    const got = read(0, chunk, 0, chunk.length, null);
    if (got === 0) return;
    pending = Buffer.concat([pending, chunk.subarray(0, got)]);
  }
}

const NEWLINE = 10;

/** A reference solution by file (trusted: the project's own), or the two-stacks walk. */
function referenceSolution(file: string | undefined): Solution {
  if (!file) return OPTIMAL_WALK.solution;
  const loaded = loadSolution(file);
  if (!loaded.ok) throw new Error(loaded.reason);
  return loaded.solution;
}

if (process.argv[2] === '--plan') {
  writeSync(1, JSON.stringify(plan()));
} else {
  const input = lines();
  token = input.next().value ?? '';
  blockingStderr();
  watchMemory(process.argv[2]);
  for (const job of input) if (!grade(parse(job) as GradeJob)) break;
}
process.exit(0);
