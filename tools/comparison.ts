import { toTreeNode } from '../tests/grader/shape';
import { balanced, evenValues, seededRandom } from '../tests/grader/generators';
import { runGuarded } from '../tests/grader/guard';
import { loadSolution, type Solution } from '../tests/grader/solution';
import { gradeReport, type GradeReport } from '../tests/grader/gradeCard';
import { gradeSolution } from '../tests/grader/grade';
import { resetLeash } from '../tests/grader/trial';
import { TIER_IDS, type TierId } from '../tests/grader/tiers/tier';
import { balancedWorkload, measure, resetWorkloads } from '../tests/grader/workloads';
import { microsPerCall } from './timing';

/*
 * What `npm run compare` shows, as data: for each solution the tiers it reaches, its reads as n
 * grows (for a small and a large k), the growth class that follows from its tiers, and its median
 * time per query. Everything runs on the same seeded workloads for every solution.
 */

export const READ_SIZES = [1 << 10, 1 << 12, 1 << 14, 1 << 16, 1 << 18, 1 << 20];
export const KS = [4, 256] as const;
const TIMING_N = 1 << 20;
const TIMING_K = 16;

export type GrowthClass = 'O(log n + k)' | 'O(k log n)' | 'O(n)' | 'O(n log n) or worse';

export interface Compared {
  name: string;
  file: string;
  learner: boolean;
  tiers: GradeReport['tiers'];
  /** Set when there are no numbers to show: why (still the stub, a wrong answer, ...). */
  reason?: string;
  growth?: GrowthClass;
  /** Reads at each size in READ_SIZES, per k; null where not measured (more than MAX_READS). */
  reads?: Record<(typeof KS)[number], (number | null)[]>;
  /** Median microseconds per query on a balanced tree of 2^20 nodes; null if it did not finish. */
  microsPerQuery?: number | null;
}

function growthClass(passed: (id: TierId) => boolean): GrowthClass {
  if (passed('optimal')) return 'O(log n + k)';
  if (passed('sublinear')) return 'O(k log n)';
  if (passed('linear')) return 'O(n)';
  return 'O(n log n) or worse';
}

export function compareOne(
  entry: { name: string; file: string; learner: boolean },
  seed: number,
  step: (label: string) => void,
): Compared {
  const loaded = loadSolution(entry.file);
  const results = gradeSolution(loaded, seed, (id) => step(`${entry.name}: ${id}`));
  const { tiers } = gradeReport(entry.file, results);
  const correct = results.find((r) => r.id === 'correct')!;
  if (!loaded.ok || !correct.passed) {
    step(entry.name); // no reads
    step(entry.name); // and no timing to show
    const reason = !loaded.ok
      ? loaded.reason
      : correct.kind === 'stub'
        ? 'still the stub'
        : correct.figure;
    return { ...entry, tiers, reason };
  }
  // Measure afresh: the tiers may have left the guard on a short leash, and the solution may
  // remember the trees they used.
  resetLeash();
  resetWorkloads();
  step(`${entry.name}: reads`);
  const reads = Object.fromEntries(
    KS.map((k) => [k, readsByN(loaded.solution, k)]),
  ) as Compared['reads'];
  step(`${entry.name}: time`);
  return {
    ...entry,
    tiers,
    growth: growthClass((id) => tiers[id] === 'pass'),
    reads,
    microsPerQuery: timePerQuery(loaded.solution),
  };
}

/** How many progress steps one solution takes. */
export const STEPS_PER_SOLUTION = [...TIER_IDS, 'reads', 'time'];

/** Reads above this are not measured ("too many"): a quadratic solution at 2^14 would take minutes. */
export const MAX_READS = 50_000_000;

function readsByN(solution: Solution, k: number): (number | null)[] {
  const out: (number | null)[] = [];
  for (const n of READ_SIZES) {
    const m = out.includes(null)
      ? null
      : measure(solution, balancedWorkload(n), 'middle', k, MAX_READS);
    out.push(m?.ok ? m.reads : null);
  }
  return out;
}

let timingTree: { root: ReturnType<typeof toTreeNode>; targets: number[] } | undefined;

// Plain nodes (no counting getters), so the times are those of the solution alone.
function timePerQuery(solution: Solution): number | null {
  if (!timingTree) {
    const sorted = evenValues(TIMING_N);
    const random = seededRandom(7);
    const targets = Array.from({ length: 1024 }, () => (random() * 2 - 1) * TIMING_N);
    timingTree = { root: toTreeNode(balanced(sorted)), targets };
  }
  const { root, targets } = timingTree;
  const { outcome } = runGuarded(
    () => microsPerCall((i) => solution.fn(root, targets[i % targets.length], TIMING_K), 5, 20),
    20_000,
  );
  return outcome.status === 'ok' ? outcome.value : null;
}
