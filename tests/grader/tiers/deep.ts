import type { Lean } from '../generators';
import { overrunReason, type Finished } from '../overrun';
import type { Solution } from '../solution';
import { limitsFor, type Trial } from '../trial';
import {
  fastest,
  measureCall,
  pathWorkload,
  PROBE_BASE_MS,
  placedWords,
  targetsAt,
  type FailedCall,
  type Position,
} from '../workloads';
import { failedMeasurement, type Check, type CheckResult, type Tier } from './tier';
import { thousands } from '../validator';

/*
 * deep (bonus): paths of 100,000 nodes. Recursion that deep overflows the stack; an explicit
 * stack or a plain loop does not. Any valid answer passes: speed is the other tiers' business.
 */

const DEEP_N = 100_000;
/**
 * Shorter paths that tell a slow solution (it returns there) from an endless one, and show how its
 * time grows against its reads.
 */
const PROBE_NS = [1_562, 12_500];
// Small k: this tier is about depth. An iterative O(k·h) or O(n·k) solution is slow on a path but
// must still pass here.
const CASES: [Position, number][] = [
  ['nearMin', 1],
  ['middle', 8],
  ['nearMax', 3],
  ['below', 5],
  ['above', 2],
  ['atValue', 4],
];

function call(
  solution: Solution,
  n: number,
  lean: Lean,
  position: Position,
  k: number,
  probe = false,
) {
  const workload = pathWorkload(n, lean);
  const [target] = targetsAt(workload.sorted, position, 1);
  const headline = `on a path of ${thousands(n)} nodes, target ${placedWords(position)}, k = ${k}:`;
  const limits = probe ? { ...limitsFor(n, undefined, PROBE_BASE_MS), probe } : limitsFor(n);
  return measureCall(solution, workload, target, k, () => headline, limits);
}

/** A call stopped by the clock: endless, or does it return on a shorter path? */
function explained(
  solution: Solution,
  failed: FailedCall,
  lean: Lean,
  position: Position,
  k: number,
): { trial: Trial; message: string } {
  const finished: Finished[] = [];
  for (const n of failed.trial.kind === 'timeout' ? PROBE_NS : []) {
    const probe = fastest(n, () => call(solution, n, lean, position, k, true));
    if (!probe) break;
    finished.push(probe);
  }
  const trial = { ...failed.trial, reason: overrunReason(failed.trial, DEEP_N, finished, 'n') };
  return { trial, message: failed.render(trial) };
}

function pathCheck(lean: Lean, cases: readonly [Position, number][] = CASES): Check {
  const name = `${lean === 'zigzag' ? 'zigzag' : `${lean}-leaning`} path of ${thousands(DEEP_N)} nodes`;
  return {
    name,
    run(solution): CheckResult {
      for (const [position, k] of cases) {
        const m = call(solution, DEEP_N, lean, position, k);
        if (m.ok) continue;
        const note =
          m.trial.kind === 'stackOverflow'
            ? '\nA path this deep is too deep for recursion: walk it with an explicit stack or a loop.'
            : '';
        return failedMeasurement(name, explained(solution, m, lean, position, k), note);
      }
      return { name, passed: true, cases: cases.length };
    },
  };
}

const LEANS: Lean[] = ['left', 'right'];

export const deep: Tier = {
  id: 'deep',
  summary: 'bonus: 100,000-level paths, no stack overflow',
  checks: () => LEANS.map((lean) => pathCheck(lean)),
  passedFigure: (checks) =>
    `${checks.length} paths of ${thousands(DEEP_N)} nodes, no stack overflow`,
};

/**
 * The same paths, each also asked for every value (k = n): what an iterator's caller does when it
 * drains it (closestFirst). Not the main kata's: there, an honest O(k·h) solution would take
 * minutes at k = n on a path.
 */
export const deepDrained: Tier = {
  ...deep,
  checks: () => LEANS.map((lean) => pathCheck(lean, [...CASES, ['middle', DEEP_N]])),
  passedFigure: (checks) =>
    `${checks.length} paths of ${thousands(DEEP_N)} nodes, stopped early and drained, no stack overflow`,
};
