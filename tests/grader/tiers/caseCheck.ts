import { renderFailure } from '../caseReport';
import { CountingTree } from '../countingTree';
import { inOrder, type Shape } from '../shape';
import type { Solution } from '../solution';
import { runSession, runTrial, type Trial } from '../trial';
import type { Check, CheckResult } from './tier';

/** A concrete input: a tree, a target and k. */
export interface Case {
  shape: Shape;
  target: number;
  k: number;
  /** Shown beside the tree, e.g. "left-leaning path". */
  description?: string;
}

/**
 * Runs many small cases under one time limit (one vm guard for all of them, instead of one per
 * call). If the limit stops a call, `run` returns that case with its timeout trial; if a call
 * replaced a built-in, the last case run, with a trial saying so.
 */
export class CaseSession {
  /** The case running, or the last one run. */
  private current: { c: Case; tree: CountingTree } | undefined;

  constructor(private readonly solution: Solution) {}

  /** One case; call it only inside `run`. */
  trial(c: Case): Trial {
    const tree = CountingTree.build(c.shape);
    this.current = { c, tree };
    return runTrial(this.solution, tree, inOrder(c.shape), c.target, c.k, undefined, true);
  }

  /** `restart` undoes what `body` changed outside it, should the session run again (trial.ts). */
  run(
    body: () => void,
    cases: number,
    restart?: () => void,
  ): { c: Case; trial: Trial } | undefined {
    // A few small cases a millisecond at most: 300 ms and one more per case is far beyond any.
    const stopped = runSession(body, 300 + cases, () => this.current?.tree, restart);
    return stopped && this.current ? { c: this.current.c, trial: stopped } : undefined;
  }
}

export function failedCase(name: string, c: Case, trial: Trial, headline: string): CheckResult {
  const view = {
    shape: c.shape,
    description: c.description,
    sorted: inOrder(c.shape),
    target: c.target,
    k: c.k,
  };
  return {
    name,
    passed: false,
    kind: trial.kind,
    ...(trial.cause && { cause: trial.cause }),
    ...(trial.stopped && { stopped: trial.stopped }),
    message: [headline, renderFailure(view, trial)].join('\n'),
  };
}

/** A named check over a fixed list of cases; it stops at the first case that fails. */
export function caseCheck(name: string, cases: () => Case[]): Check {
  return {
    name,
    run(solution) {
      const list = cases();
      const session = new CaseSession(solution);
      let failed: { c: Case; trial: Trial; i: number } | undefined;
      // Run again, it starts over: `failed` is only set as it ends.
      const stopped = session.run(() => {
        for (const [i, c] of list.entries()) {
          const trial = session.trial(c);
          if (!trial.passed) return void (failed = { c, trial, i });
        }
      }, list.length);
      if (stopped) failed = { ...stopped, i: list.indexOf(stopped.c) };
      if (!failed) return { name, passed: true, cases: list.length };
      const headline = `case ${failed.i + 1} of ${list.length} failed:`;
      return failedCase(name, failed.c, failed.trial, headline);
    },
  };
}
