import { CountingTree, startCounting, stopCounting } from '../grader/countingTree';
import { closestIndex } from '../grader/exercises/ClosestIndex';
import { evenValues } from '../grader/generators';
import { builds, queries } from '../grader/indexCalls';
import type { Solution } from '../grader/solution';
import { runTier } from '../grader/tiers/index';
import { runTrial } from '../grader/trial';
import { MAX_BYTES_PER_NODE_GROWTH, MAX_BYTES_PER_QUERY } from '../grader/tiers/indexSpace';
import { MAX_QUERY_TIME_GROWTH, medianRatio } from '../grader/tiers/queries';

/*
 * ClosestIndex's call protocol (indexCalls.ts) and the two checks of its own (the query's CPU time,
 * what the index keeps), held against synthetic indexes whose laws are known: an index on a sorted
 * array, one that scans √n or n of it per query, one that keeps every answer, one that keeps a
 * table per pair of values.
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

class LinearScan extends SortedArray {
  closestKValues(target: number, k: number): number[] {
    let at = 0;
    while (at < this.values.length && this.values[at] < target) at++;
    return outward(this.values, target, k, at);
  }
}

class KeepsAnswers extends SortedArray {
  readonly answers: number[][] = [];
  closestKValues(target: number, k: number): number[] {
    const answer = super.closestKValues(target, k);
    this.answers.push([...answer]);
    return answer;
  }
}

/** A table of every pair's distance (n² numbers), besides the sorted values. */
class PairTable extends SortedArray {
  readonly table: Float64Array;
  constructor(root: unknown) {
    super(root);
    const n = this.values.length;
    this.table = new Float64Array(n * n);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) this.table[i * n + j] = this.values[i] - this.values[j];
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
  // Over the reference's growth: honest ×0.5 to ×0.9, √n blocks ×6.6 and more, a scan ×440.
  test('the limit sits between them, with its margins', () => {
    expect(MAX_QUERY_TIME_GROWTH / 0.9).toBeGreaterThanOrEqual(3.3);
    expect(6.6 / MAX_QUERY_TIME_GROWTH).toBeGreaterThan(2.1);
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

  test.each([
    ['a binary search on a sorted array', true, SortedArray],
    ['a scan of the array', false, LinearScan],
  ] as const)('%s: passes %s', (name, passes, Index) => {
    const result = runTier('query', asSolution(Index, name), 272);
    expect(result.passed).toBe(passes);
    if (!passes)
      expect(result.figure).toMatch(/CPU per query .* µs at n = 2\^10 → .* at n = 2\^20/);
  });
});

describe('the space tier: what the index keeps', () => {
  test('the limits, with their margins', () => {
    // Honest ×1.5 a node at most, n² ×16; nothing kept per query against 48 B an answer of 4.
    expect(MAX_BYTES_PER_NODE_GROWTH / 1.5).toBeGreaterThan(2.5);
    expect(16 / MAX_BYTES_PER_NODE_GROWTH).toBeGreaterThanOrEqual(4);
    expect(48 / MAX_BYTES_PER_QUERY).toBeGreaterThanOrEqual(3);
  });

  test.each([
    ['a sorted array', true, SortedArray, /the index keeps .* KB at n = 2\^12/],
    ['every answer kept', false, KeepsAnswers, /more for each query asked/],
    ['a table per pair of values', false, PairTable, /grows faster than n/],
  ] as const)('%s: passes %s', (name, passes, Index, figure) => {
    const result = runTier('space', asSolution(Index, name), 272);
    expect(result.passed).toBe(passes);
    expect(result.figure).toMatch(figure);
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
