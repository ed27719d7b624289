import { type CountingTree, startCounting, stopCounting } from '../countingTree';
import { runFairly } from '../guard';
import { power } from '../growth';
import { seededRandom } from '../generators';
import type { Solution } from '../solution';
import { collectNow } from '../memoryProbe';
import { limitsForMadeTree } from '../trial';
import { thousands } from '../validator';
import { balancedLayoutOf } from '../workloads';
import { INDEX_K, indexOnTree, makeEveryNode, unfinishedQueries } from './indexOnTree';
import { optimal } from './optimal';
import type { Check, CheckResult, Tier } from './tier';
import type { SortedValues } from '../shape';

/*
 * ClosestIndex's query tier: each query after the build costs O(log n + k). A query that walks the
 * tree is judged by its reads, as the main kata is (optimal's checks, on queries whose index was
 * built uncounted: indexCalls.ts). A query that works on arrays the index built reads no node, and
 * reads cannot see its cost: there, and only there, the kata times code. Why a clock here and
 * nowhere else: nothing else measures work that touches no node. What is timed is the process's
 * CPU time, not the wall clock, in batches of many queries, each beside a batch of the
 * grader's own O(log n + k) query on the same values, at two sizes 1,024 times apart: a busy machine
 * stretches both alike, and the growth of the one over the other's is what is judged.
 */

/**
 * The process's CPU in ms, to the microsecond (getrusage): the thread's own clock (threadClock.ts)
 * moves by a scheduler tick, 4 ms here, too coarse for batches of 20 ms. Its other threads (the
 * memory watch, a compiler finishing the warm-up's code) add next to nothing to a batch. Taken
 * before any learner code runs.
 */
const cpuUsage = process.cpuUsage.bind(process);
const cpuMs = () => {
  const { user, system } = cpuUsage();
  return (user + system) / 1000;
};

const SMALL = 1 << 10;
/**
 * An index is built here before the large size's, on the clock of a call at this size (1.4 s; an
 * honest build takes milliseconds): a build of n·h reads or more is stopped here, not after the
 * 11 s that the clock allows at 2^20. An n² build of moves that reads cannot see (zoo:
 * spliceInsertBuild, 0.07 to 0.36 s here) is stopped there.
 */
const LADDER = 1 << 16;
const LARGE = 1 << 20;
const BATCHES = 5;
/** A batch takes this much CPU at the small size: far above the clock's grain (microseconds). */
const BATCH_MS = 20;
/**
 * Largest tolerated growth of a query's CPU time from 2^10 to 2^20, over the growth of the
 * grader's own O(log n + k) query timed beside it (referenceQuery): each of its batches over the
 * reference's batch run right after it, the median of 5, at the large size over the small one.
 * The reference's own growth (×1.0 to ×3.2 measured: a search in 8 MB meets the caches' misses,
 * and a core shared with a busy neighbour slows whole batches) is divided out, pair by pair.
 * Honest side: a sorted array with a binary search and two pointers ×0.5 to ×0.9 (an array its
 * build filled by a recursive in-order walk: ×0.85 to ×1.31); an index's own balanced tree of
 * objects walked per query ×0.7 to ×1.03 (idle, and beside three busy loops and a cache-thrashing
 * process alike; re-measured 2026-12-06). Margin: ×2.3 above ×1.31.
 * Failing side: √n blocks walked before the search (zoo: sqrtBlocks) ×9.8 to ×12.3 graded, ×6.6
 * to ×9.5 timed alone, idle or beside three busy loops (margin ×2.2 below ×6.6); a scan, a sort
 * or a heap of every value per query ×440 to ×1,100. A √n walk whose query has a large fixed cost (a microsecond, ten times a lean
 * one's) shows ×1.3 and is not caught.
 */
export const MAX_QUERY_TIME_GROWTH = 3;
/**
 * A query reading this many nodes or more walks the tree: its reads judge it (optimal's checks),
 * and its CPU, which grows with the cache misses of pointer chasing that reads cannot see (×3.5 for
 * two stacks per query), is not held against the limit above.
 */
const READS_OF_A_WALK = 4;
/**
 * A first pass of the targets, counting reads, stops here: a query that sorts every value takes
 * longer than this at 2^20, and its batches, timed after it, say so.
 */
const PROBE_BUDGET_MS = 100;
/** A batch at the small size stops here: at 2^10 even a sort per query fits thousands in it. */
const SMALL_BUDGET_MS = 2000;
/** How many times larger the index the clock times last is than the first (the learner is told). */
export const TIMED_SPAN = LARGE / SMALL;
const SPAN_WORDS = TIMED_SPAN.toLocaleString('en-US'); // at load, before any learner code runs

interface Timing {
  /** CPU microseconds per query, the median batch. */
  perQuery: number;
  /** The grader's own query on the same values (referenceQuery), in batches between its batches. */
  referencePerQuery: number;
  /** The median over batches of its time over the reference's batch beside it. */
  relative: number;
  /** Mean reads of the tree per query. */
  reads: number;
}

/**
 * The grader's own O(log n + k) query on the tree's sorted values (a binary search, then two
 * pointers outward), timed beside the learner's: what a busy machine does to a query on an array of
 * n numbers (the caches other processes take from it, which slow a search in 8 MB far more than
 * one in 8 KB) it does to both, and the learner's growth is judged against this one's. Operators
 * only: nothing the learner can redefine.
 */
function referenceQuery(sorted: SortedValues, target: number, k: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  const answer: number[] = [];
  let [left, right] = [lo - 1, lo];
  for (let i = 0; i < k; i++) {
    const takeLeft =
      right >= sorted.length || (left >= 0 && target - sorted[left] <= sorted[right] - target);
    answer[i] = takeLeft ? sorted[left--] : sorted[right++];
  }
  return answer[0];
}

/** An index built on a balanced tree of n nodes by its first query, and the targets asked of it. */
interface Built {
  n: number;
  tree: CountingTree;
  sorted: SortedValues;
  targets: number[];
}

function buildIndex(
  solution: Solution,
  n: number,
): { ok: true; built: Built } | { ok: false; result: CheckResult } {
  const { sorted } = balancedLayoutOf(n);
  const random = seededRandom(n);
  const targets = Array.from({ length: 256 }, () => sorted[0] + random() * (2 * n));
  const built = indexOnTree(
    solution,
    n,
    CHECK_NAME,
    targets[0],
    limitsForMadeTree(n),
    makeEveryNode,
  );
  return built.ok ? { ok: true, built: { n, tree: built.tree, sorted, targets } } : built;
}

/**
 * Mean reads of the tree per query over the 256 targets, asked once each (fewer once the reads
 * already make a walk's mean, or past PROBE_BUDGET_MS): a query that walks the tree is judged by
 * its reads, and its batches need not be timed at all.
 */
function readsPerQuery(
  solution: Solution,
  { n, tree, targets }: Built,
  clockMs: number,
): { ok: true; reads: number } | { ok: false; result: CheckResult } {
  let [reads, asked] = [0, 0];
  const guarded = runFairly(
    () => {
      const start = cpuMs();
      const walk = READS_OF_A_WALK * targets.length;
      while (asked < targets.length && reads < walk) {
        startCounting(Infinity);
        solution.fn(tree.root, targets[asked++], INDEX_K);
        reads += stopCounting().reads;
        if ((asked & (asked - 1)) === 0 && cpuMs() - start > PROBE_BUDGET_MS) break;
      }
    },
    clockMs,
    () => (reads = asked = 0),
  );
  tree.checkAndRestore(solution);
  if (guarded.outcome.status !== 'ok') {
    return { ok: false, result: unfinishedQueries(CHECK_NAME, n, guarded.outcome) };
  }
  return { ok: true, reads: reads / Math.max(1, asked) };
}

/** Queries in batches on an index (buildIndex), the first batch a warm-up. */
function timeQueries(
  solution: Solution,
  { n, tree, sorted, targets }: Built,
  sizes: BatchSizes | null,
  budgetMs: number,
): { ok: true; timing: Timing; sizes: BatchSizes } | { ok: false; result: CheckResult } {
  const root = tree.root;
  let readsSeen = 0;
  let batches = 0;
  /** CPU ms of a batch of the learner's queries, and how many it asked (fewer: over budget). */
  const batch = (queries: number) => {
    startCounting(Infinity);
    const start = cpuMs();
    let i = 0;
    for (; i < queries; i++) {
      solution.fn(root, targets[i & 255], INDEX_K);
      // Over its budget: slower than the limit allows already; the rest would say the same. Looked
      // at after 1, 2, 4… queries, then every 1,024: a sort of a million values per query is over
      // it within a few queries, and a thousand of them would fill the heap with their copies.
      const look = (i & (i + 1)) === 0 || (i & 1023) === 1023;
      if (look && cpuMs() - start > budgetMs) break;
    }
    const ms = cpuMs() - start;
    readsSeen += stopCounting().reads / Math.min(i + 1, queries);
    batches++;
    return { ms, asked: Math.min(i + 1, queries) };
  };
  let sink = 0;
  const referenceBatch = (queries: number) => {
    const start = cpuMs();
    for (let i = 0; i < queries; i++) sink += referenceQuery(sorted, targets[i & 255], INDEX_K);
    return cpuMs() - start;
  };
  const runs: number[] = [];
  const references: number[] = [];
  let chosen = sizes;
  // At the small size, the heap the tiers before it left (their workloads) is collected first:
  // its collection's steps landed in the small batches, ×1 to ×10 their time. Not at the large
  // size: a collection there gives pages back that the learner's garbage then takes anew, which
  // the memory watch (a process's resident memory) counts as the call's growth.
  if (sizes === null) collectNow();
  const guarded = runFairly(
    () => {
      // At the small size: as many queries as make a batch of BATCH_MS, each side (the clock
      // moves by a millisecond or more at a time, so a batch must be far longer).
      chosen ??= {
        queries: doubledUntil((count) => batch(count).ms),
        reference: doubledUntil(referenceBatch),
      };
      const { queries, reference } = chosen;
      // A batch its budget stopped asked slow queries, whose garbage (a copy of 2^20 values
      // each) V8 may keep until its heap is far larger: collected after it, outside any batch,
      // or the memory watch would take it for a call that grew by hundreds of MB.
      const learnerBatch = () => {
        const done = batch(queries);
        if (done.asked < queries) collectNow();
        return done;
      };
      learnerBatch(); // warm-up: compiled code, the caches
      referenceBatch(reference);
      // Each of its batches beside one of the reference's, so that both meet the same machine.
      for (let b = 0; b < BATCHES; b++) {
        const { ms, asked } = learnerBatch();
        runs.push((ms * 1000) / asked);
        references.push((referenceBatch(reference) * 1000) / reference);
      }
    },
    clockFor(budgetMs),
    () => {
      runs.length = references.length = batches = readsSeen = 0;
      chosen = sizes;
    },
  );
  tree.checkAndRestore(solution);
  if (guarded.outcome.status !== 'ok') {
    return { ok: false, result: unfinishedQueries(CHECK_NAME, n, guarded.outcome) };
  }
  const timing = {
    // The sink keeps the reference's work from being optimised away; it is never this large.
    relative: medianRatio(runs, references) + (sink === Infinity ? 1 : 0),
    perQuery: median(runs),
    referencePerQuery: median(references),
    reads: readsSeen / batches,
  };
  return { ok: true, timing, sizes: chosen! };
}

/**
 * The median over batches of each of the learner's batches over the reference's batch beside it:
 * whatever the machine did to one pair (a core shared with a busy neighbour, the caches taken)
 * it did to both halves of it.
 */
export function medianRatio(runs: readonly number[], references: readonly number[]): number {
  return median(runs.map((ms, b) => ms / references[b]));
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

interface BatchSizes {
  /** The learner's queries in a batch. */
  queries: number;
  /** The grader's own queries in a batch of the reference. */
  reference: number;
}

/** Doubles a batch from 256 queries until it takes BATCH_MS of CPU (or 2^22 queries). */
function doubledUntil(run: (count: number) => number): number {
  let count = 256;
  while (count < 1 << 22 && run(count) < BATCH_MS) count *= 2;
  return count;
}

const CHECK_NAME = `CPU time per query grows like log n + k from n = ${power(SMALL)} to ${power(LARGE)} (k = ${INDEX_K}; a query that reads no node)`;

/** The guard's clock for queries whose batches stop at `budgetMs` each: far past any batch. */
const clockFor = (budgetMs: number) => Math.ceil(Math.max(10_000, budgetMs * (BATCHES + 1) * 2));

/** What a query that walks the tree gets here: its reads judge it (optimal's checks). */
const walked = (reads: number): CheckResult => ({
  name: CHECK_NAME,
  passed: true,
  figure: `its queries read the tree (${thousands(Math.round(reads))} reads a query at n = ${power(LARGE)}): judged by their reads`,
});

/**
 * An index on the ladder's size, built on the clock of a call there: a slow build stops here, not
 * on the large tree (LADDER).
 */
function ladderFails(solution: Solution): CheckResult | null {
  const ladder = indexOnTree(
    solution,
    LADDER,
    CHECK_NAME,
    0,
    limitsForMadeTree(LADDER),
    makeEveryNode,
  );
  if (!ladder.ok) return ladder.result;
  ladder.tree.checkAndRestore(solution);
  return null;
}

type SmallTiming = Extract<ReturnType<typeof timeQueries>, { ok: true }>;

/** The large index's batches, beside the small index's, judged. */
function judged(solution: Solution, small: SmallTiming, largeIndex: Built): CheckResult {
  const { queries } = small.sizes;
  const smallBatchMs = (small.timing.perQuery * queries) / 1000;
  // Twice the limit's worth of a batch at the large size: past it, it has failed already.
  const large = timeQueries(
    solution,
    largeIndex,
    small.sizes,
    smallBatchMs * MAX_QUERY_TIME_GROWTH * 2,
  );
  if (!large.ok) return large.result;
  const [a, b] = [small.timing.perQuery, large.timing.perQuery];
  // Its growth over the grader's own O(log n + k) query's, timed beside it at both sizes.
  const referenceGrowth = large.timing.referencePerQuery / small.timing.referencePerQuery;
  const growth = large.timing.relative / small.timing.relative;
  const us = (x: number) => `${x < 10 ? x.toFixed(2) : Math.round(x).toLocaleString('en-US')} µs`;
  const figure =
    `CPU per query ${us(a)} at n = ${power(SMALL)} → ${us(b)} at n = ${power(LARGE)}: ` +
    `×${(b / a).toFixed(1)}, ×${growth.toFixed(1)} the growth of an O(log n + k) query timed beside it (×${referenceGrowth.toFixed(1)})`;
  if (large.timing.reads >= READS_OF_A_WALK) return walked(large.timing.reads);
  if (growth <= MAX_QUERY_TIME_GROWTH)
    return { name: CHECK_NAME, passed: true, figure, cpuGrowth: growth };
  return {
    name: CHECK_NAME,
    passed: false,
    kind: 'growth',
    figure,
    cpuGrowth: growth,
    message:
      `A query's CPU time grew ×${(b / a).toFixed(1)} while the tree grew ${SPAN_WORDS} times: ×${growth.toFixed(1)} ` +
      `the growth of an O(log n + k) query timed beside it (×${referenceGrowth.toFixed(1)}), more than the ×${MAX_QUERY_TIME_GROWTH} allowed; ` +
      'a √n scan shows ×7 to ×12 and a scan of every value ×300 or more (CPU time of this thread only, ' +
      'the median of 5 batches at each size, each beside a batch of the O(log n + k) query). Find the ' +
      "target's place with a binary search on the sorted values, then step outward k times.",
  };
}

/** Both sizes timed, each index built afresh: the small one on a heap without the large one. */
function timedAtBothSizes(solution: Solution): CheckResult {
  const smallIndex = buildIndex(solution, SMALL);
  if (!smallIndex.ok) return smallIndex.result;
  const small = timeQueries(solution, smallIndex.built, null, SMALL_BUDGET_MS);
  if (!small.ok) return small.result;
  const ladder = ladderFails(solution);
  if (ladder) return ladder;
  const largeIndex = buildIndex(solution, LARGE);
  return largeIndex.ok ? judged(solution, small, largeIndex.built) : largeIndex.result;
}

/**
 * The check, its clock spared where reads judge: a query that walks the large tree is judged by its
 * reads (counted over a first pass of the targets), its batches never timed, nor the small tree's
 * when it walks that one too. A query that walks the small tree and not the large one (a hybrid)
 * is timed at both sizes after all; null asks for that.
 */
function timedWhereNeeded(solution: Solution): CheckResult | null {
  const smallIndex = buildIndex(solution, SMALL);
  if (!smallIndex.ok) return smallIndex.result;
  const smallReads = readsPerQuery(solution, smallIndex.built, clockFor(SMALL_BUDGET_MS));
  if (!smallReads.ok) return smallReads.result;
  const small =
    smallReads.reads < READS_OF_A_WALK
      ? timeQueries(solution, smallIndex.built, null, SMALL_BUDGET_MS)
      : null;
  if (small && !small.ok) return small.result;
  const ladder = ladderFails(solution);
  if (ladder) return ladder;
  const largeIndex = buildIndex(solution, LARGE);
  if (!largeIndex.ok) return largeIndex.result;
  const largeReads = readsPerQuery(solution, largeIndex.built, clockFor(PROBE_BUDGET_MS));
  if (!largeReads.ok) return largeReads.result;
  if (largeReads.reads >= READS_OF_A_WALK) return walked(largeReads.reads);
  return small ? judged(solution, small, largeIndex.built) : null;
}

const queryTimeCheck: Check = {
  name: CHECK_NAME,
  run: (solution) => timedWhereNeeded(solution) ?? timedAtBothSizes(solution),
};

export const queries: Tier = {
  id: 'query',
  summary: 'each query costs O(log n + k)',
  // The clock first: a query that works on arrays reads no node, so optimal's checks, which call it
  // at up to 2^22 nodes (a sort per query there takes seconds a call), cannot fail it; the clock
  // fails such a query within a budget per batch, and then decides the tier.
  checks: (seed) => [queryTimeCheck, ...optimal.checks(seed)],
  firstFailureDecides: true,
  // The clock's figure when it judged (a query on arrays), else the reads' (optimal's).
  passedFigure: (checks) => {
    const [timed, ...reads] = checks;
    return timed.figure?.startsWith('CPU') ? timed.figure : (optimal.passedFigure?.(reads) ?? '');
  },
};
