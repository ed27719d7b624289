import { openSync, readSync } from 'node:fs';

/*
 * Where the time of the thread that runs learner code went while a call ran: a busy machine keeps
 * a runnable thread waiting for a core, and that wait is the machine's doing, not the call's; a
 * thread asleep in the kernel (Atomics.wait, a read that never ends) waits for nothing the machine
 * holds back, and its sleep is the call's own doing, as on an idle machine. The process's CPU
 * time (process.cpuUsage) cannot tell the two apart, and it counts every thread (the collector's
 * helpers, the compiler): a call that slept forever looked starved, and was given forty times its
 * clock, again and again.
 */

/** Milliseconds since some fixed moment, of one thread. */
export interface ThreadTimes {
  /** Wall clock. */
  ms: number;
  /** On a core, this thread alone. */
  cpuMs: number;
  /** Runnable, waiting for a core the machine gave to others. */
  waitedMs: number;
}

export type ThreadClock = () => ThreadTimes;

// Taken before any learner code runs: a solution may replace performance.now or fs's functions.
export const wallNow = performance.now.bind(performance);

/**
 * Linux's scheduler statistics of the calling thread (/proc/thread-self/schedstat: nanoseconds on
 * a core, nanoseconds waiting on a run queue, time slices), read again from offset 0 of a file
 * opened once (about 2 µs, as process.cpuUsage). Parsed byte by byte: a solution may have
 * replaced String.prototype.split by the time a call ends.
 */
function schedstatClock(): ThreadClock | undefined {
  let fd: number;
  try {
    fd = openSync('/proc/thread-self/schedstat', 'r');
  } catch {
    return undefined;
  }
  const read = readSync;
  const bytes = new Uint8Array(96);
  const fields = [0, 0];
  return () => {
    const length = read(fd, bytes, 0, bytes.length, 0);
    let field = 0;
    fields[0] = fields[1] = 0;
    for (let i = 0; i < length && field < 2; i++) {
      const byte = bytes[i];
      if (byte === 0x20) field++;
      else fields[field] = fields[field] * 10 + (byte - 0x30);
    }
    return { ms: wallNow(), cpuMs: fields[0] / 1e6, waitedMs: fields[1] / 1e6 };
  };
}

/**
 * Elsewhere (no /proc): the process's CPU time, and no wait known, so that the clock alone decides,
 * as the supervisor's watchdog does there.
 */
const cpuUsage = process.cpuUsage.bind(process);
function processClock(): ThreadTimes {
  const { user, system } = cpuUsage();
  return { ms: wallNow(), cpuMs: (user + system) / 1000, waitedMs: 0 };
}

export const threadClock: ThreadClock = schedstatClock() ?? processClock;
