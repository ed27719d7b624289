import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CountingTree, startCounting, stopCounting } from '../grader/countingTree';
import { closestIndex } from '../grader/exercises/ClosestIndex';
import { evenValues } from '../grader/generators';
import { PROJECT_ROOT } from '../grader/paths';
import { builds, queries } from '../grader/indexCalls';
import type { Solution } from '../grader/solution';
import { runTrial } from '../grader/trial';
import { MAX_BYTES_PER_NODE_GROWTH, MAX_BYTES_PER_QUERY } from '../grader/tiers/indexSpace';
import {
  MAX_QUERY_TIME_GROWTH,
  medianRatio,
  queries as queryTier,
  TIMED_SPAN,
} from '../grader/tiers/queries';
import { DEFAULT_SEED } from '../grader/seed';

/*
 * ClosestIndex's call protocol (indexCalls.ts), and the limits of its two checks of its own (the
 * query's CPU time, what the index keeps) held against synthetic laws with their margins. The
 * checks themselves are held by its zoo (zoo/ClosestIndex), graded as a learner's file is: a sorted
 * array passes both; a scan per query fails the clock, every answer kept and a table per pair of
 * values fail the space tier, each with the figure its `says:` lines name.
 */

/** Every value of a tree, in order (an iterative walk: deep paths too). */
function valuesOf(root: unknown): number[] {
  const values: number[] = [];
  const stack: { val: number; left: unknown; right: unknown }[] = [];
  let node = root as (typeof stack)[number] | null;
  while (node || stack.length > 0) {
    while (node) {
      stack.push(node);
      node = node.left as typeof node;
    }
    node = stack.pop()!;
    values.push(node.val);
    node = node.right as typeof node;
  }
  return values;
}

/** The k closest of a sorted array, from the target's place found by `find`. */
function outward(values: number[], target: number, k: number, at: number): number[] {
  let [left, right] = [at - 1, at];
  const out: number[] = [];
  while (out.length < k) {
    const takeLeft =
      right >= values.length || (left >= 0 && target - values[left] <= values[right] - target);
    out.push(takeLeft ? values[left--] : values[right++]);
  }
  return out;
}

function binarySearch(values: number[], target: number): number {
  let [lo, hi] = [0, values.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

class SortedArray {
  readonly values: number[];
  constructor(root: unknown) {
    this.values = valuesOf(root);
  }
  closestKValues(target: number, k: number): number[] {
    return outward(this.values, target, k, binarySearch(this.values, target));
  }
}

const asSolution = (Index: new (root: unknown) => unknown, name: string): Solution => ({
  file: `${name}.ts`,
  fn: queries(Index),
  calls: { build: builds(Index) },
  exercise: closestIndex,
});

describe('the call protocol', () => {
  const sorted = evenValues(64);
  const tree = CountingTree.balanced(sorted);
  let built = 0;
  class Counted extends SortedArray {
    constructor(root: unknown) {
      super(root);
      built += 1;
    }
  }

  test('queries build one index a tree, uncounted, and ask it every call', () => {
    const call = queries(Counted);
    startCounting(Infinity);
    expect(call(tree.root, 3, 2)).toEqual([2, 4]);
    expect(call(tree.root, -7, 1)).toEqual([-8]);
    // The build walked all 64 nodes; the queries read none of them.
    expect(stopCounting().reads).toBe(0);
    expect(built).toBe(1);
  });

  test("builds count the constructor's reads alone, not the query's after it", () => {
    class KeepsRoot {
      constructor(readonly root: unknown) {}
      closestKValues(target: number, k: number): number[] {
        return new SortedArray(this.root).closestKValues(target, k);
      }
    }
    startCounting(Infinity);
    expect(builds(KeepsRoot)(tree.root, 3, 2)).toEqual([2, 4]);
    expect(stopCounting().reads).toBe(0);
  });

  test('builds build in every call, its reads counted', () => {
    const call = builds(Counted);
    startCounting(Infinity);
    call(tree.root, 3, 2);
    call(tree.root, 3, 2);
    expect(stopCounting().reads).toBeGreaterThanOrEqual(2 * 3 * 64);
  });
});

describe('the query tier: reads judge a walk, the clock a query on arrays', () => {
  // Over the reference's growth: honest ×0.5 to ×1.31 (an array filled by a recursive walk), √n
  // blocks ×6.6 and more, a scan ×440.
  test('the limit sits between them, with its margins', () => {
    expect(MAX_QUERY_TIME_GROWTH / 1.31).toBeGreaterThanOrEqual(2.2);
    expect(6.6 / MAX_QUERY_TIME_GROWTH).toBeGreaterThan(2.1);
  });

  test('what the learner reads names the span the clock times', () => {
    const texts = [
      'kata/ClosestIndex.md',
      'hints/ClosestIndex/4-binary-search-two-pointers.md',
      'solutions/ClosestIndex/sortedArray.ts',
      'solutions/ClosestIndex/sortPerQuery.ts',
    ].map((file) => readFileSync(path.join(PROJECT_ROOT, file), 'utf8'));
    const spans = texts.flatMap((text) =>
      [...text.matchAll(/([\d,]+) times (?:larger|apart)/g)].map((m) => m[1]),
    );
    expect(spans).toEqual(texts.map(() => TIMED_SPAN.toLocaleString('en-US')));
  });

  /**
   * Synthetic batches: a law's µs per query at n, each batch slowed by what the machine did to it
   * (a neighbour on the core: ×1 to ×2.5, drawn per pair of batches) and, at the large size, by
   * the caches (×3 for both: a search in 8 MB beside processes that take them).
   */
  const growthOf = (law: (n: number) => number, seed: number) => {
    let state = seed;
    const machine = () => 1 + 1.5 * ((state = (state * 16807) % 2147483647) / 2147483647);
    const batches = (n: number, caches: number) => {
      const slowed = Array.from({ length: 5 }, machine);
      return medianRatio(
        slowed.map((m) => law(n) * m * caches),
        slowed.map((m) => (0.05 + 0.001 * Math.log2(n)) * m * caches),
      );
    };
    return batches(1 << 20, 3) / batches(1 << 10, 1);
  };
  test.each([
    ['log n + k with a fixed cost', (n: number) => 0.04 + 0.002 * Math.log2(n) + 0.004, true],
    ['log n alone', (n: number) => 0.003 * Math.log2(n), true],
    ['√n blocks', (n: number) => 0.05 + 0.001 * Math.sqrt(n), false],
    ['a scan of every value', (n: number) => 0.001 * n, false],
  ] as const)('a law of %s, on a busy machine', (_, law, passes) => {
    for (const seed of [1, 2, 3, 4, 5])
      expect(growthOf(law, seed) <= MAX_QUERY_TIME_GROWTH).toBe(passes);
  });
});

describe('the query check times only what reads cannot judge', () => {
  type Node = { val: number; left: Node | null; right: Node | null };
  /** A query of each kind, on the index's sorted values (and its tree, for a walk). */
  const ways = {
    // The target's path from the root (h reads), then the answer from the array.
    walk: (root: Node, values: number[], target: number, k: number) => {
      for (let node: Node | null = root; node;) node = target < node.val ? node.left : node.right;
      return outward(values, target, k, binarySearch(values, target));
    },
    search: (_: Node, values: number[], target: number, k: number) =>
      outward(values, target, k, binarySearch(values, target)),
    scan: (_: Node, values: number[], target: number, k: number) => {
      let at = 0;
      while (at < values.length && values[at] < target) at++;
      return outward(values, target, k, at);
    },
  };
  /** An index that answers one way on trees of up to 2^12 nodes, another on larger ones. */
  const hybrid = (small: keyof typeof ways, large: keyof typeof ways) =>
    class {
      readonly values: number[];
      constructor(readonly root: unknown) {
        this.values = valuesOf(root);
      }
      closestKValues(target: number, k: number): number[] {
        const way = ways[this.values.length <= 1 << 12 ? small : large];
        return way(this.root as Node, this.values, target, k);
      }
    };
  const [check] = queryTier.checks(DEFAULT_SEED);
  test.each([
    // Walks the small tree only: timed at both sizes after all, as any query on arrays.
    ['walk', 'search', true, /^CPU per query/],
    ['walk', 'scan', false, /^CPU per query .*×\d+\.\d the growth of an O\(log n \+ k\) query/],
    // Walks the large tree: its reads judge it (optimal's checks), whatever the small one did.
    ['search', 'walk', true, /^its queries read the tree \(\d+ reads a query at n = 2\^20\)/],
  ] as const)('a query that does "%s" at 2^10 and "%s" at 2^20', (small, large, passes, figure) => {
    const result = check.run(asSolution(hybrid(small, large), `${small}Then${large}`));
    expect(result.passed).toBe(passes);
    if (!passes) expect(result.kind).toBe('growth');
    expect(result.figure).toMatch(figure);
  });
});

describe('the space tier: what the index keeps', () => {
  test('the limits, with their margins', () => {
    // Honest ×1.5 a node at most, n² ×16; nothing kept per query against 48 B an answer of 4.
    expect(MAX_BYTES_PER_NODE_GROWTH / 1.5).toBeGreaterThan(2.5);
    expect(16 / MAX_BYTES_PER_NODE_GROWTH).toBeGreaterThanOrEqual(4);
    expect(48 / MAX_BYTES_PER_QUERY).toBeGreaterThanOrEqual(3);
  });
});

test("a clock that stops a build says the constructor's, not the query's", () => {
  const sorted = evenValues(16);
  const tree = CountingTree.balanced(sorted);
  class SlowBuild extends SortedArray {
    constructor(root: unknown) {
      super(root);
      for (;;); // an endless build
    }
  }
  const trial = runTrial(asSolution(SlowBuild, 'slowBuild'), tree, sorted, 3, 2, {
    timeoutMs: 200,
    readLimit: 1_000_000,
  });
  expect(trial).toMatchObject({ kind: 'timeout', stoppedIn: 'build' });
  expect(trial.reason).toMatch(
    /^its constructor \(the index's build\) did not return within 0\.2 s/,
  );
});
