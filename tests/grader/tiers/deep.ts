import type { Lean } from '../generators';
import { measure, pathWorkload, type Position } from '../workloads';
import { failedMeasurement, type Check, type CheckResult, type Tier } from './tier';

/*
 * deep (bonus): paths of 100,000 nodes. Recursion that deep overflows the stack; an explicit
 * stack or a plain loop does not. Any valid answer passes: speed is the other tiers' business.
 */

const DEEP_N = 100_000;
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

function pathCheck(lean: Lean): Check {
  const name = `${lean === 'zigzag' ? 'zigzag' : `${lean}-leaning`} path of ${DEEP_N.toLocaleString('en-US')} nodes`;
  return {
    name,
    run(solution): CheckResult {
      const workload = pathWorkload(DEEP_N, lean);
      for (const [position, k] of CASES) {
        const m = measure(solution, workload, position, k);
        if (!m.ok) {
          const note =
            m.trial.kind === 'stackOverflow'
              ? '\nA path this deep is too deep for recursion: walk it with an explicit stack or a loop.'
              : '';
          return failedMeasurement(name, m, note);
        }
      }
      return { name, passed: true, cases: CASES.length };
    },
  };
}

export const deep: Tier = {
  id: 'deep',
  summary: 'bonus: 100,000-level paths, no stack overflow',
  checks: () => (['left', 'right'] as Lean[]).map(pathCheck),
  passedFigure: (checks) =>
    `${checks.length} paths of ${DEEP_N.toLocaleString('en-US')} nodes, no stack overflow`,
};
