import { runFairly } from '../guard';
import { power } from '../growth';
import { seededRandom } from '../generators';
import { settledHeapBytes } from '../memoryProbe';
import type { Solution } from '../solution';
import { limitsForMadeTree } from '../trial';
import { thousands } from '../validator';
import { balancedLayoutOf } from '../workloads';
import { INDEX_K, indexOnTree, makeEveryNode, unfinishedQueries } from './indexOnTree';
import type { Check, CheckResult, Tier } from './tier';

/*
 * ClosestIndex's space tier: what the index keeps once built may be O(n) (a sorted copy of the
 * values is the usual index); more fails: memory that grows with the number of queries asked (an
 * answer stored per query) or faster than n (a table per pair of nodes). Measured as the live heap
 * after full collections (memoryProbe.ts), in the grading process that runs with the probe's flags:
 * before the build (every node object of the tree made already, so the grader's own are not
 * counted), after it, and after many more queries.
 */

const SIZES = [1 << 8, 1 << 10, 1 << 12];
/**
 * Queries asked at the smallest size, and at the larger ones: a query slow enough to sort the values
 * (n log n) costs 25,000 × 0.4 ms at 2^12, ten seconds of a learner's run, to tell what 5,000 tell
 * there as well (below).
 */
const QUERIES = 20_000;
const LATER_QUERIES = 5_000;
/**
 * Largest tolerated growth of the bytes kept per node from 2^8 to 2^12.
 * Honest side: a sorted array of the values ×1.0 to ×1.5 (an array grows by half again when full,
 * so the bytes a value wobble with n), n log n tables ×1.5. Margin: ×2.7 above ×1.5.
 * Failing side: a table per pair of nodes ×16 (n² over n). Margin: ×4 below it.
 */
export const MAX_BYTES_PER_NODE_GROWTH = 4;
/**
 * Largest tolerated bytes kept per query asked (20,000 queries at 2^8, 5,000 at 2^10 and 2^12,
 * k = 4, after a warm-up batch of a quarter of them).
 * Honest side: nothing is kept; the heap after collections moves by a few KB over them: 0 to 1 B a
 * query at 2^8, 0.35 at 2^10 and 0.85 to 1.28 at 2^12 (every reference and zoo entry, the same in
 * every run; 2,000 queries gave up to 9 B: too few). Margin: ×12.5 above 1.28 B.
 * Failing side: an answer of 4 numbers kept per query is 48 B and more (in a list, 91 measured; the
 * zoo's 169 and 218, at every size). Margin: ×3 below 48.
 */
export const MAX_BYTES_PER_QUERY = 16;
/**
 * Below this many bytes a query the heap only wobbled: the card says nothing is kept per query,
 * not "1 B more per query asked" of an index that keeps nothing. Honest side up to 1.28 B (above):
 * margin ×3.1; an answer kept per query, 48 B and more: margin ×12.
 */
const PER_QUERY_GRAIN = 4;

/** Bytes kept per query asked, in words: nothing, within the heap's wobble, or a number. */
const perQueryWords = (bytes: number) =>
  bytes < PER_QUERY_GRAIN
    ? `nothing more per query asked (under ${PER_QUERY_GRAIN} B a query: the heap's wobble)`
    : `${Math.round(bytes)} B more per query asked`;
/**
 * Once it passes: what it keeps grows like n from here up, measured from 2^12 to 2^14 (where the
 * few KB V8 keeps for compiled queries, which wobble by ±6 KB at the small sizes, are a small share
 * of the growth), in bytes kept per node added. The claim's space half is held against it.
 * Honest O(n) side: a sorted array of the values 11.5 to 16.5 B measured (an array grows by half
 * again when full), an Int32Array 4. Margin: ×2 below the typed array, ×5.7 below an array.
 * Less than n side: the root kept, or nothing, 0.0 to 0.4 B measured (a few KB that V8 keeps
 * wobble over 12,288 nodes); an O(h) stack a few bytes in all. Margin: ×5 above 0.4.
 * An index that keeps one number per 8 nodes and no more (block summaries alone) reads as less than
 * n: no reference or zoo entry does.
 */
export const LIKE_N_BYTES_PER_NODE = 2;
const CLASSIFY_AT = 1 << 14;

/** Bytes kept per node added from one size to a larger one, and whether that grows like n. */
export function keptGrowth(from: Sized, to: Sized): { perAdded: number; likeN: boolean } {
  const perAdded = (to.bytes - from.bytes) / (to.n - from.n);
  return { perAdded, likeN: perAdded >= LIKE_N_BYTES_PER_NODE };
}

interface Sized {
  n: number;
  bytes: number;
}

interface Kept extends Sized {
  perQuery: number;
  /** The queries asked after the warm-up, over which perQuery is measured. */
  queries: number;
}

function measureAt(
  solution: Solution,
  n: number,
  queries = QUERIES,
): { ok: true; kept: Kept } | { ok: false; result: CheckResult } {
  const { sorted } = balancedLayoutOf(n);
  const random = seededRandom(n);
  const target = () => sorted[0] + random() * (2 * n);
  let before = 0;
  const index = indexOnTree(solution, n, NAME, target(), limitsForMadeTree(n), (tree) => {
    makeEveryNode(tree);
    before = settledHeapBytes()!;
  });
  if (!index.ok) return index;
  const { tree } = index;
  const root = tree.root;
  const ask = (queries: number) =>
    runFairly(
      () => {
        for (let i = 0; i < queries; i++) solution.fn(root, target(), INDEX_K);
      },
      10_000,
      () => {},
    );
  // A first batch unmeasured: what V8 keeps once it has compiled the queries is not the index's.
  const warm = ask(queries / 4);
  const built = settledHeapBytes()!;
  const asked = warm.outcome.status === 'ok' ? ask(queries) : warm;
  tree.checkAndRestore(solution);
  if (asked.outcome.status !== 'ok') {
    return { ok: false, result: unfinishedQueries(NAME, n, asked.outcome) };
  }
  const after = settledHeapBytes()!;
  return {
    ok: true,
    kept: { n, bytes: built - before, perQuery: queries && (after - built) / queries, queries },
  };
}

const NAME = `what the index keeps grows like n at most, and not with the queries asked (balanced trees, k = ${INDEX_K})`;

const kb = (bytes: number) => `${thousands(Math.max(0, Math.round(bytes / 1024)))} KB`;

const spaceCheck: Check = {
  name: NAME,
  run(solution): CheckResult {
    if (settledHeapBytes() === null) {
      const figure = `not measured on this Node version (${process.version}): no full collection`;
      return { name: NAME, passed: true, figure };
    }
    const kept: Kept[] = [];
    for (const n of SIZES) {
      const m = measureAt(solution, n, n === SIZES[0] ? QUERIES : LATER_QUERIES);
      if (!m.ok) return m.result;
      kept.push(m.kept);
    }
    const [first, last] = [kept[0], kept[kept.length - 1]];
    const perNode = (k: Kept) => Math.max(k.bytes, 0) / k.n;
    // Bytes a node at the smallest size, at least a pointer's worth: an index of nothing (the root
    // kept) grows by nothing from nothing.
    const growth = perNode(last) / Math.max(perNode(first), 8);
    const worst = kept.reduce((a, b) => (b.perQuery > a.perQuery ? b : a));
    const perQuery = worst.perQuery;
    const table = kept
      .map(
        (k) =>
          `  n = ${power(k.n).padEnd(5)} ${kb(k.bytes).padStart(9)} kept by the index  ${perQueryWords(k.perQuery)} (${thousands(k.queries)} asked)`,
      )
      .join('\n');
    const figure = `the index keeps ${kb(last.bytes)} at n = ${power(last.n)} (${Math.round(perNode(last))} B a node), ${perQueryWords(perQuery)}`;
    // Growth faster than n first: an index of n² numbers (128 MB at 2^12) moves the heap after its
    // queries by a thousandth of itself, 41 B a query over 5,000 once measured (beside Jest's own
    // heap), which would read as an answer stored per query.
    if (growth > MAX_BYTES_PER_NODE_GROWTH) {
      return {
        name: NAME,
        passed: false,
        kind: 'growth',
        figure: `what it keeps grows faster than n: ${Math.round(perNode(first))} → ${Math.round(perNode(last))} B a node from n = ${power(first.n)} to ${power(last.n)}`,
        message: [
          `The index keeps ×${growth.toFixed(1)} more bytes a node at n = ${power(last.n)} than at ${power(first.n)}: ` +
            'it grows faster than n (a table per pair of nodes?). A sorted copy of the values is all a fast query needs.',
          table,
        ].join('\n'),
      };
    }
    if (perQuery > MAX_BYTES_PER_QUERY) {
      return {
        name: NAME,
        passed: false,
        kind: 'growth',
        figure: `it keeps ${Math.round(perQuery)} B more for each query asked: an answer stored per query?`,
        message: [
          `What the index keeps grew with the queries asked: ${Math.round(perQuery)} B a query over ${thousands(worst.queries)} queries at n = ${power(worst.n)}. ` +
            'An index is built once; a query should leave nothing behind (a cache of answers grows with every new target).',
          table,
        ].join('\n'),
      };
    }
    // The build alone (and the first query that builds it): at 2^14 a slow query is the query tier's.
    const top = measureAt(solution, CLASSIFY_AT, 0);
    // A build that does not finish there is the build tier's to judge; the claim is then not
    // held against what the index keeps.
    if (!top.ok) return { name: NAME, passed: true, figure };
    const { perAdded, likeN } = keptGrowth(last, top.kept);
    const grows = likeN
      ? `like n: ${perAdded.toFixed(1)} B more a node from n = ${power(last.n)} to ${power(CLASSIFY_AT)}`
      : `slower than n: ${Math.max(perAdded, 0).toFixed(1)} B more a node from n = ${power(last.n)} to ${power(CLASSIFY_AT)}`;
    return {
      name: NAME,
      passed: true,
      figure: `${figure}; it grows ${grows}`,
      kept: { likeN, sizes: [...kept, top.kept].map(({ n, bytes }) => ({ n, bytes })) },
    };
  },
};

export const indexSpace: Tier = {
  id: 'space',
  summary: 'what the index keeps: O(n) at most',
  checks: () => [spaceCheck],
  passedFigure: (checks) => checks[0].figure ?? '',
};
