import { startCounting, stopCounting } from '../countingTree';
import { runFairly } from '../guard';
import { power } from '../growth';
import { seededRandom } from '../generators';
import type { Solution } from '../solution';
import { threadClock } from '../threadClock';
import { limitsFor } from '../trial';
import { balancedLayoutOf } from '../workloads';
import { INDEX_K, indexOnTree, unfinishedQueries } from './indexOnTree';
import { optimal } from './optimal';
import type { Check, CheckResult, Tier } from './tier';

/*
 * ClosestIndex's query tier: each query after the build costs O(log n + k). A query that walks the
 * tree is judged by its reads, as the main kata is (optimal's checks, on queries whose index was
 * built uncounted: indexCalls.ts). A query that works on arrays the index built reads no node, and
 * reads cannot see its cost: there, and only there, the kata times code. Why a clock here and
 * nowhere else: nothing else measures work that touches no node. What is timed is this thread's
 * CPU (threadClock.ts), not the wall clock, in batches of many queries, the median of several
 * batches, at two sizes 1,024 times apart: a busy machine stretches every batch alike, and the
 * ratio between sizes is what is judged (measured here: ../shared/query-timing.md).
 */

const SMALL = 1 << 10;
const LARGE = 1 << 20;
const BATCHES = 5;
/** A batch takes this much CPU at the small size: far above the clock's grain (microseconds). */
const BATCH_MS = 20;
/**
 * Largest tolerated growth of a query's CPU time from 2^10 to 2^20 (median batches).
 * Honest side: a binary search on the index's sorted array and two pointers, ×1.0 to ×2.0 here
 * (×1.7 in ../shared/query-timing.md, idle and beside three busy loops alike; ×1.1 to ×1.3 beside
 * two processes thrashing the caches). Margin: ×4 above ×2.0.
 * Failing side: a scan, a sort or a heap of every value per query, ×130 to ×900 and more. Margin:
 * ×16 below ×130.
 * Not caught, said here: √n blocks scanned before the search give ×7.3 to ×8.1 (a fixed 0.1 to 0.4
 * µs a query, the call and its answer's array, compresses √n's ×32). A limit between ×2.0 and
 * ×7.3 would keep ×1.9 on each side, and one run of a busy self-check failed an honest index's
 * query tier with the limit at ×4 (its cause not found): a verdict that changes with the machine's
 * load is worse than a law the clock cannot tell apart.
 */
export const MAX_QUERY_TIME_GROWTH = 8;
/**
 * A query reading this many nodes or more walks the tree: its reads judge it (optimal's checks),
 * and its CPU, which grows with the cache misses of pointer chasing that reads cannot see (×3.5 for
 * two stacks per query), is not held against the limit above.
 */
const READS_OF_A_WALK = 4;
/** A batch at the small size stops here: at 2^10 even a sort per query fits thousands in it. */
const SMALL_BUDGET_MS = 2000;

interface Timing {
  /** CPU microseconds per query, the median batch. */
  perQuery: number;
  /** Mean reads of the tree per query. */
  reads: number;
}

/** Queries in batches on the index of a balanced tree of n nodes (built by its first query). */
function timeQueries(
  solution: Solution,
  n: number,
  queries: number,
  budgetMs: number,
): { ok: true; timing: Timing } | { ok: false; result: CheckResult } {
  const { sorted } = balancedLayoutOf(n);
  const random = seededRandom(n);
  const targets = Array.from({ length: 256 }, () => sorted[0] + random() * (2 * n));
  const built = indexOnTree(solution, n, CHECK_NAME, targets[0], limitsFor(n, undefined, 10_000));
  if (!built.ok) return built;
  const { tree } = built;
  const root = tree.root;
  let readsSeen = 0;
  const batch = () => {
    startCounting(Infinity);
    const start = threadClock().cpuMs;
    let i = 0;
    for (; i < queries; i++) {
      solution.fn(root, targets[i & 255], INDEX_K);
      // Over its budget: slower than the limit allows already; the rest would say the same. Looked
      // at after 1, 2, 4… queries, then every 1,024: a sort of a million values per query is over
      // it within a few queries, and a thousand of them would fill the heap with their copies.
      const look = (i & (i + 1)) === 0 || (i & 1023) === 1023;
      if (look && threadClock().cpuMs - start > budgetMs) break;
    }
    const ms = threadClock().cpuMs - start;
    readsSeen += stopCounting().reads / (i + 1);
    return (ms * 1000) / Math.min(i + 1, queries);
  };
  const runs: number[] = [];
  const guarded = runFairly(
    () => {
      batch(); // warm-up: compiled code, the caches
      for (let b = 0; b < BATCHES; b++) runs.push(batch());
    },
    Math.ceil(Math.max(10_000, budgetMs * (BATCHES + 1) * 2)),
    () => (runs.length = 0),
  );
  tree.checkAndRestore(solution);
  if (guarded.outcome.status !== 'ok') {
    return { ok: false, result: unfinishedQueries(CHECK_NAME, n, guarded.outcome) };
  }
  runs.sort((a, b) => a - b);
  return { ok: true, timing: { perQuery: runs[BATCHES >> 1], reads: readsSeen / (BATCHES + 1) } };
}

const CHECK_NAME = `CPU time per query grows like log n + k from n = ${power(SMALL)} to ${power(LARGE)} (k = ${INDEX_K}; a query that reads no node)`;

/** How many queries make a batch of BATCH_MS at the small size. */
function batchSize(solution: Solution): number {
  const probe = timeQueries(solution, SMALL, 256, SMALL_BUDGET_MS);
  if (!probe.ok) return 256;
  return Math.min(1 << 17, Math.max(256, Math.ceil((BATCH_MS * 1000) / probe.timing.perQuery)));
}

const queryTimeCheck: Check = {
  name: CHECK_NAME,
  run(solution): CheckResult {
    const queries = batchSize(solution);
    const small = timeQueries(solution, SMALL, queries, SMALL_BUDGET_MS);
    if (!small.ok) return small.result;
    const smallBatchMs = (small.timing.perQuery * queries) / 1000;
    // Twice the limit's worth of a batch at the large size: past it, it has failed already.
    const large = timeQueries(solution, LARGE, queries, smallBatchMs * MAX_QUERY_TIME_GROWTH * 2);
    if (!large.ok) return large.result;
    const [a, b] = [small.timing.perQuery, large.timing.perQuery];
    const growth = b / a;
    const us = (x: number) => `${x < 10 ? x.toFixed(2) : Math.round(x).toLocaleString('en-US')} µs`;
    const figure = `CPU per query ${us(a)} at n = ${power(SMALL)} → ${us(b)} at n = ${power(LARGE)} (×${growth.toFixed(1)}; O(log n + k) is about ×1.7)`;
    if (large.timing.reads >= READS_OF_A_WALK) {
      return {
        name: CHECK_NAME,
        passed: true,
        figure: `its queries read the tree (${Math.round(large.timing.reads)} reads a query at n = ${power(LARGE)}): judged by their reads`,
      };
    }
    if (growth <= MAX_QUERY_TIME_GROWTH)
      return { name: CHECK_NAME, passed: true, figure, cpuGrowth: growth };
    return {
      name: CHECK_NAME,
      passed: false,
      kind: 'growth',
      figure,
      cpuGrowth: growth,
      message:
        `A query's CPU time grew ×${growth.toFixed(1)} while the tree grew 1,024 times: ` +
        `more than ×${MAX_QUERY_TIME_GROWTH}, where O(log n + k) takes about ×1.7 and a scan of every value ×100 or more ` +
        '(the median of 5 batches of queries at each size, CPU time of this thread only). Find the ' +
        "target's place with a binary search on the sorted values, then step outward k times.",
    };
  },
};

export const queries: Tier = {
  id: 'query',
  summary: 'each query costs O(log n + k)',
  checks: (seed) => [...optimal.checks(seed), queryTimeCheck],
  // The clock's figure when it judged (a query on arrays), else the reads' (optimal's).
  passedFigure: (checks) => {
    const timed = checks[checks.length - 1];
    return timed.figure?.startsWith('CPU')
      ? timed.figure
      : (optimal.passedFigure?.(checks.slice(0, -1)) ?? '');
  },
};
