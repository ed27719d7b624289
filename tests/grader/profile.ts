import { balanced, evenValues, seededRandom } from './generators';
import { runGuarded } from './guard';
import { toTreeNode } from './shape';
import type { Solution } from './solution';
import { microsPerCall } from './timing';
import { limitsFor } from './trial';
import { balancedWorkload, measureCall, targetsAt } from './workloads';

/*
 * A solution's profile, for `npm run compare` and the report: its reads as n grows, for a small
 * and a large k, and its time per query on a tree of 2^18 nodes. Measured in the grading process
 * like every call of the learner's code. Times are for reading, never for a verdict.
 */

export const READ_SIZES = [1 << 8, 1 << 10, 1 << 12, 1 << 14, 1 << 16, 1 << 18];
export const KS = [4, 256] as const;
/** Reads above this are not measured ("too many"): a quadratic solution at 2^14 would take minutes. */
export const MAX_READS = 50_000_000;
export const TIMING_N = 1 << 18;
export const TIMING_K = 16;

export interface Profile {
  /** Reads at each size in READ_SIZES, per k; null where not measured (more than MAX_READS). */
  reads: Record<(typeof KS)[number], (number | null)[]>;
  /** Median microseconds per query on a balanced tree of 2^18 nodes; null if it did not finish. */
  microsPerQuery: number | null;
  /** An index's build alone (ClosestIndex), at each size in READ_SIZES; null where not measured. */
  buildReads?: (number | null)[];
}

function readsByN(solution: Solution, k: number): (number | null)[] {
  const out: (number | null)[] = [];
  for (const n of READ_SIZES) {
    const workload = balancedWorkload(n);
    const [target] = targetsAt(workload.sorted, 'middle', 1);
    const limits = { ...limitsFor(n, MAX_READS), growthCap: true };
    const m = out.includes(null)
      ? null
      : measureCall(solution, workload, target, k, () => '', limits);
    out.push(m?.ok ? m.reads : null);
  }
  return out;
}

// Plain nodes (no counting getters), so the times are those of the solution alone.
function timePerQuery(solution: Solution): number | null {
  const sorted = evenValues(TIMING_N);
  const random = seededRandom(7);
  const targets = Array.from({ length: 1024 }, () => (random() * 2 - 1) * TIMING_N);
  const root = toTreeNode(balanced(sorted));
  const { outcome } = runGuarded(
    () => microsPerCall((i) => solution.fn(root, targets[i % targets.length], TIMING_K), 5, 20),
    20_000,
  );
  return outcome.status === 'ok' ? outcome.value : null;
}

export function measureProfile(solution: Solution): Profile {
  const reads = Object.fromEntries(KS.map((k) => [k, readsByN(solution, k)])) as Profile['reads'];
  // A call that builds the index counts the constructor's reads alone (indexCalls.ts builds).
  const build = solution.calls?.build;
  const buildReads = build && readsByN({ ...solution, fn: build }, KS[0]);
  return { reads, microsPerQuery: timePerQuery(solution), ...(buildReads && { buildReads }) };
}
