/*
 * The limits of one guarded call, and the flags of the process that measures its memory: read by
 * the engine below the process layer (guard.ts, memoryProbe.ts) and by the process layer above it
 * (the grading process, its supervisor). They live here, below both, so that imports point one way
 * (importGraph.test.ts holds that).
 */

/** Memory one guarded call may add, in MB: an honest solution needs a few MB at these sizes. */
export const MEMORY_BUDGET_MB = 256;
/** After a grading process of this run was killed: the same fault is stopped sooner. */
export const LEASHED_MEMORY_BUDGET_MB = 64;

/**
 * The calls of one guarded session together may add this many budgets: what each keeps for the
 * next (a cache of every answer) is no call's own growth. Honest sessions grow by one call's
 * garbage at a time: 223 MB at most measured (a sort of 2^22 node objects), a margin of 4.6×.
 */
export const SESSION_BUDGETS = 4;

/** A call stopped by the clock after growing this much was allocating without end. */
export const RUNAWAY_GROWTH_MB = 32;

/**
 * A call the machine starves of CPU waits for it at most this many times its clock: when the
 * grading process runs it again (guard.ts) and while the supervisor's watchdog waits for it.
 */
export const STARVED_CAP = 40;

/**
 * Node's flags for every grading process: the collector's work on the thread that runs the calls.
 * A call's clock is judged by the time its thread had (guard.ts), and with the collector's helper
 * threads, the thread sleeps while it waits for them: on a busy machine, where they wait for a
 * core, an allocating call slept 0.6 to 2.0 s of a 4 to 10 s run and was charged for it (0.1 to
 * 0.2 s idle). With this flag it sleeps 0 to 3 ms, its time is what its thread spent, idle and busy
 * alike (3.0 to 3.2 s idle, 2.8 to 2.9 s beside three busy loops), the same as the process's CPU
 * time was with the helpers (their CPU counted).
 */
export const GRADING_FLAGS = ['--single-threaded-gc'];

/**
 * Node's flags for the process that measures memory (memoryProbe.ts): gc() on demand; no optimised
 * code finished on another thread landing in code space at random moments; no bytecode aged out by
 * the forced collections and compiled again later, 100 KB at a time, in old space. With them,
 * repeated runs measure the same bytes.
 */
export const PROBE_FLAGS = [
  '--expose-gc',
  '--no-concurrent-recompilation',
  '--no-flush-bytecode',
  // A full collection of a small heap: 7 ms on one thread, 10 with helpers to wake.
  ...GRADING_FLAGS,
];
