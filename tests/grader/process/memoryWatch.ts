import { writeSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import { MemoryBudget } from './memoryBudget';
import { GREW, OUT_OF_MEMORY, TOGETHER } from './protocol';

/*
 * A thread beside the grading process's main one, so it still runs while a solution holds the main
 * thread inside one long built-in call. While a guarded call runs, it compares the process's memory
 * with what it was when the call began (memoryBudget.ts) and says on descriptor 4 how much it grew;
 * past the budget, it kills the process (a fatal out-of-memory of V8's own would come many seconds
 * and gigabytes later). The supervisor reads the growth to tell a call that allocates without end
 * from one that is stuck without allocating, when its clock ends the process first.
 */

/**
 * [0]: budget in MB (0 while no guarded run is on), [1]: the process's memory in MB when the run
 * began, [2]: counts the guarded runs begun, [3]: counts the calls begun inside one (a session's):
 * such a call's memory is counted from this thread's first look after it began (up to one look
 * late: reading the process's memory costs the main thread 0.1 ms on a busy machine, and a session
 * makes hundreds of calls).
 */
const shared = new Int32Array(workerData as SharedArrayBuffer);
const EVERY_MS = 20;
const budget = new MemoryBudget();

setInterval(() => {
  // The budget first: the main thread sets it last (gradingProcess.ts).
  const budgetMb = Atomics.load(shared, 0);
  const verdict = budget.look({
    budget: budgetMb,
    run: Atomics.load(shared, 2),
    call: Atomics.load(shared, 3),
    runBase: Atomics.load(shared, 1),
    // Read only while a run is on.
    mb: budgetMb === 0 ? 0 : process.memoryUsage.rss() / 2 ** 20,
  });
  if (verdict && 'outOfMemory' in verdict) {
    const together = verdict.together ? ` ${TOGETHER}` : '';
    writeSync(4, `${OUT_OF_MEMORY} ${verdict.outOfMemory}${together}\n`);
    process.kill(process.pid, 'SIGKILL');
  } else if (verdict) {
    writeSync(4, `${GREW} ${verdict.grew}\n`);
  }
}, EVERY_MS);
