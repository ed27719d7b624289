import { readFileSync, writeSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { watchGuards } from '../guard';
import { fitFootprintsTo, footprint, OPTIMAL_WALK } from '../footprint';
import { changedIntrinsicReason, whenIntrinsicLost } from '../intrinsics';
import { cacheCompiledIn } from '../loader';
import { loadSolution, type Solution } from '../solution';
import { measureProfile } from '../profile';
import { failedBeforeAnySeed, plan, runTier } from '../tiers/index';
import { leashEveryTier, resetLeash, smallestTreeStopped } from '../trial';
import { tryOne } from '../tryOne';
import { resetWorkloads } from '../workloads';
import { LEASHED_MEMORY_BUDGET_MB, MEMORY_BUDGET_MB } from '../callLimits';
import type { ChildMessage, GradeJob } from './protocol';

/*
 * The grading process: loads the learner's file and runs the tiers its supervisor asked for,
 * reporting each check as it starts and ends. It runs synchronously from start to finish and then
 * exits at once, so timers or promises a solution leaves behind never run and keep nothing alive.
 *
 *   node gradingProcess.js '<GradeJob as JSON>' <memoryWatch.js>
 *   node gradingProcess.js --plan      prints the Plan (tiers and check names) as JSON
 */

/**
 * Every message opens with a token the supervisor writes to this process's stdin, read before the
 * learner's code loads and kept in this closure only: a solution that writes lines of its own to
 * descriptor 3 (forged results) is ignored. writeSync and JSON.stringify are taken now, before a
 * solution could replace them to learn it.
 */
const token = process.argv[2] === '--plan' ? '' : readFileSync(0, 'utf8').trim();
const write = writeSync;
const stringify = JSON.stringify;
/** Without running 'exit' handlers: the realm may hold what the learner made unchangeable. */
const endNow = process.kill.bind(process, process.pid, 'SIGKILL');
const send = (message: ChildMessage) => write(3, `${token} ${stringify(message)}\n`);

/** Pending timers and immediates: what would keep Node running after the code is done. */
function pendingTimers(): number {
  return process.getActiveResourcesInfo().filter((r) => r === 'Timeout' || r === 'Immediate')
    .length;
}

function watchMemory(script: string, budgetMb: number): void {
  const shared = new Int32Array(new SharedArrayBuffer(8));
  new Worker(script, { workerData: shared.buffer }).unref();
  watchGuards({
    start(timeoutMs) {
      send({ t: 'guard', ms: timeoutMs });
      Atomics.store(shared, 1, Math.round(process.memoryUsage.rss() / 2 ** 20));
      Atomics.store(shared, 0, budgetMb);
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

function grade(job: GradeJob, memoryWatch: string): void {
  blockingStderr();
  if (job.compiledCache) cacheCompiledIn(job.compiledCache);
  fitFootprintsTo(job.columns);
  // Stuck once, in a call the clock could not stop: a call that hangs again is ended sooner.
  if (job.leash === 'stuck' || job.leash === 'loops') leashEveryTier();
  watchMemory(
    memoryWatch,
    job.leash === 'outOfMemory' ? LEASHED_MEMORY_BUDGET_MB : MEMORY_BUDGET_MB,
  );
  const before = pendingTimers();
  const loaded = loadSolution(job.file);
  if (!loaded.ok) {
    send({ t: 'loaded', ok: false, reason: loaded.reason, output: loaded.output });
    return;
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
      options: { everySeries: job.everySeries },
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
  send({ t: 'done', timers: pendingTimers() - afterLoad });
}

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
  grade(JSON.parse(process.argv[2]) as GradeJob, process.argv[3]);
}
process.exit(0);
