import { writeSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import { GREW, OUT_OF_MEMORY } from './protocol';

/*
 * A thread beside the grading process's main one, so it still runs while a solution holds the main
 * thread inside one long built-in call. While a guarded call runs, it compares the process's memory
 * with what it was when the call began and says on descriptor 4 how much it grew; past the budget,
 * it kills the process (a fatal out-of-memory of V8's own would come many seconds and gigabytes
 * later). The supervisor reads the growth to tell a call that allocates without end from one that
 * is stuck without allocating, when its clock ends the process first.
 */

/**
 * [0]: budget in MB (0 while no call runs), [1]: the process's memory in MB when the call began,
 * [2]: counts the calls begun inside the guarded run (a session's): the memory at the first look
 * after a new one is where the running call began (up to one look late: reading the process's
 * memory costs the main thread 0.1 ms on a busy machine, and a session makes hundreds of calls).
 */
const shared = new Int32Array(workerData as SharedArrayBuffer);
const EVERY_MS = 20;
/** Growth is told in steps of this many MB (small growth is every call's, and not worth a line). */
const STEP_MB = 8;
let told = 0;
let calls = 0;

setInterval(() => {
  const budget = Atomics.load(shared, 0);
  const begun = Atomics.load(shared, 2);
  if (budget === 0) {
    told = 0;
    calls = begun;
    return;
  }
  const mb = process.memoryUsage.rss() / 2 ** 20;
  if (begun !== calls) {
    calls = begun;
    Atomics.store(shared, 1, Math.round(mb));
    told = 0;
  }
  const grown = Math.round(mb - Atomics.load(shared, 1));
  if (grown > budget) {
    writeSync(4, `${OUT_OF_MEMORY} ${grown}\n`);
    process.kill(process.pid, 'SIGKILL');
  } else if (grown >= told + STEP_MB) {
    writeSync(4, `${GREW} ${grown}\n`);
    told = grown;
  }
}, EVERY_MS);
