import { SESSION_BUDGETS } from '../callLimits';

/*
 * What the memory watch (memoryWatch.ts) decides at each look, apart from the thread it runs in:
 * how much the running guarded call grew the process, and whether that ends the process.
 */

/** One look: the budget in MB (0 while no guarded run is on), the run's and calls' counters. */
export interface Look {
  budget: number;
  /** Counts the guarded runs begun, and the calls begun inside one (a session's). */
  run: number;
  call: number;
  /** The process's memory in MB when the run began, and now. */
  runBase: number;
  mb: number;
}

/**
 * What to do: tell the supervisor the growth (in steps of STEP_MB: small growth is every call's),
 * or end the process, with the growth to report (`together`: the calls of a session together,
 * none past its own budget, passed SESSION_BUDGETS budgets).
 */
export type Verdict = { grew: number } | { outOfMemory: number; together: boolean } | null;

const STEP_MB = 8;

export class MemoryBudget {
  private told = 0;
  private runs = 0;
  private calls = 0;
  /** Where the running call's growth is counted from, in MB. */
  private callBase = 0;

  look({ budget, run, call, runBase, mb }: Look): Verdict {
    if (budget === 0) {
      [this.told, this.runs, this.calls] = [0, run, call];
      return null;
    }
    let told: number | undefined;
    if (run !== this.runs) {
      [this.told, this.runs, this.calls, this.callBase] = [0, run, call, runBase];
    } else if (call !== this.calls) {
      // A call of the session began (since the last look): its growth counts from here. The call
      // that grew is over: a later one stuck in a built-in has not grown.
      this.calls = call;
      this.callBase = Math.round(mb);
      if (this.told > 0) told = this.told = 0;
    }
    const grown = Math.round(mb - this.callBase);
    const together = Math.round(mb - runBase);
    if (grown > budget) return { outOfMemory: grown, together: false };
    if (together > SESSION_BUDGETS * budget) return { outOfMemory: together, together: true };
    if (grown >= this.told + STEP_MB) told = this.told = grown;
    return told === undefined ? null : { grew: told };
  }
}
