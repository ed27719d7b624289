import { asSentence } from '../grader/caseReport';
import { CountingTree } from '../grader/countingTree';
import {
  exponent,
  exponentWords,
  logDegree,
  stepValues,
  superlinearWords,
  type Point,
} from '../grader/growth';
import { typeNote } from '../grader/runReport';
import { tierResult, type CheckResult } from '../grader/tiers/tier';
import { MAX_PER_NODE_RISE, perNodeStory, perNodeWords } from '../grader/tiers/linear';
import { logWords, MAX_PER_K_RISE, perKPlot } from '../grader/tiers/optimal';
import { OWN_RECURSION_HEIGHT, stackOverflowReason } from '../grader/trial';
import { describeValue, judgeAnswer, returnedArray, whyWrong } from '../grader/validator';
import { placedWords, targetsAt, type Position } from '../grader/workloads';

/*
 * Every sentence agrees with its figure (issue 22 §5): words about a growth name the class the
 * figure shows, and the small sentences of the card say what happened, nothing else.
 */

/** The exponent e a growth's words name: "like log n" ~0, "like n" 1, "like n^1.50" 1.5. */
function namedExponent(words: string): { e: number; exact: boolean } {
  if (/^like log [nk]$/.test(words)) return { e: 0, exact: false };
  if (/^like [nk]$/.test(words)) return { e: 1, exact: false };
  if (words === 'like n log n') return { e: 1, exact: false };
  const power = /^like [nk]\^(\d+\.\d+)$/.exec(words);
  if (!power) throw new Error(`words of no known class: "${words}"`);
  return { e: Number(power[1]), exact: true };
}

const grid = (from: number, to: number, step: number) =>
  Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => from + i * step);

describe('a growth is named by the class its figure shows', () => {
  test('exponentWords: a printed exponent is the figure itself; "log" only below n^0.25, "like n" only near 1', () => {
    for (const e of grid(0, 3, 0.01)) {
      const words = exponentWords(e);
      const named = namedExponent(words);
      if (named.exact) expect(Math.abs(named.e - e)).toBeLessThanOrEqual(0.005);
      else if (named.e === 0) expect(e).toBeLessThan(0.25);
      else expect(Math.abs(e - 1)).toBeLessThan(0.1);
    }
  });

  test('superlinearWords: a rise of reads per node is never told as n or less', () => {
    for (const doublings of [1, 4]) {
      for (const ratio of grid(1.001, 16, 0.01)) {
        const e = 1 + Math.log2(ratio) / doublings;
        const named = namedExponent(superlinearWords(ratio, doublings));
        if (named.exact) {
          expect(named.e).toBeGreaterThan(1);
          expect(Math.abs(named.e - e)).toBeLessThanOrEqual(0.05);
        } else {
          expect(e).toBeGreaterThan(1);
          expect(e).toBeLessThan(1.15);
        }
      }
    }
  });

  // The linear charts' and messages' words, from reads per node over a ×16 step of n: an
  // O(log n + k) walk's 0.38 → 0.01 a node was labelled "like n".
  // Synthetic laws at the top step of linear (2^16 to 2^17), restated for ×16 as linear does.
  test('superlinear words: n log n and its multiples are n log n; n log² n and n^1.2 are not', () => {
    const rise = (law: (n: number) => number) =>
      (law(2 ** 17) / 2 ** 17 / (law(2 ** 16) / 2 ** 16)) ** 4;
    const log = Math.log2;
    expect(
      superlinearWords(
        rise((n) => n * log(n)),
        4,
      ),
    ).toBe('like n log n');
    expect(
      superlinearWords(
        rise((n) => 10 * n + n * log(n)),
        4,
      ),
    ).toBe('like n log n');
    expect(
      superlinearWords(
        rise((n) => n * log(n) ** 2),
        4,
      ),
    ).not.toBe('like n log n');
    expect(
      superlinearWords(
        rise((n) => n ** 1.2),
        4,
      ),
    ).toBe('like n^1.2');
    expect(
      superlinearWords(
        rise((n) => n * n),
        4,
      ),
    ).toBe('like n^2.0');
  });

  test('linear: words follow reads per node, falling ones say slower than n', () => {
    for (const rise of grid(0.01, 4, 0.01)) {
      const e = 1 + Math.log2(rise) / 4;
      const words = perNodeWords(rise);
      const named = namedExponent(words);
      if (rise > MAX_PER_NODE_RISE) {
        expect(e).toBeGreaterThan(1);
        expect(words).not.toBe('like n');
      } else if (named.exact) {
        expect(Math.abs(named.e - e)).toBeLessThanOrEqual(0.005);
      } else if (named.e === 0) {
        expect(e).toBeLessThan(0.25);
      } else {
        expect(Math.abs(e - 1)).toBeLessThan(0.1);
      }
    }
    expect(perNodeWords(0.01 / 0.38)).not.toMatch(/^like n$/);
    expect(perNodeWords(1)).toBe('like n');
  });

  test('linear: a step that fell is not said to have risen', () => {
    const points = [1 << 8, 1 << 12, 1 << 16, 1 << 17].map((n) => ({
      n,
      k: 1,
      reads: n,
      cpuMs: 0,
    }));
    const story = perNodeStory(points, [0.5, 1.0, 1.3]);
    expect(story).toContain('yours changed ×0.50 then ×1.00 then ×1.30');
    expect(story).not.toContain('rose');
    expect(story).toContain(`its last step grows ${perNodeWords(1.3)}`);
  });
});

describe('optimal: words of the k = small and per-value charts', () => {
  const sizes = [1 << 8, 1 << 12, 1 << 16, 1 << 20];
  const pointsOf = (reads: (n: number) => number): Point[] =>
    sizes.map((n) => ({ n, k: 1, reads: reads(n), cpuMs: 0 }));

  // Laws from a walk of a path to n itself: the words give the last step's exponent when it is
  // a power of n, its degree of log n otherwise, never a class the figure does not show.
  test('logWords name the exponent or the degree of log n the last step shows', () => {
    const laws: ((n: number) => number)[] = [
      (n) => 3 * Math.log2(n),
      (n) => Math.log2(n) ** 2,
      (n) => Math.log2(n) ** 3,
      (n) => n ** 0.1,
      (n) => n ** 0.2,
      (n) => Math.sqrt(n),
      (n) => n,
      (n) => 20 + 2 * Math.log2(n),
    ];
    for (const law of laws) {
      const points = pointsOf(law);
      const degrees = stepValues(points, logDegree);
      const words = logWords(points, degrees);
      const e = exponent(points[2], points[3]);
      const power = /^like n\^(\d+\.\d+)$/.exec(words);
      const log = /^like \(log n\)\^(\d+\.\d)/.exec(words);
      if (power) expect(Number(power[1])).toBeCloseTo(e, 2);
      else if (log) expect(Number(log[1])).toBeCloseTo(degrees[2], 1);
      else expect(words).toBe('like n');
      if (words === 'like n') expect(Math.abs(e - 1)).toBeLessThan(0.1);
    }
  });

  test('per-value words follow the step: rising above the limit, falling below its inverse', () => {
    const { words } = perKPlot(MAX_PER_K_RISE, 'n');
    for (const step of grid(0.05, 3, 0.01)) {
      const said = words([], [step]);
      const trend = said.split(' ')[0];
      if (step > MAX_PER_K_RISE) expect(trend).toBe('rising');
      else if (step < 1 / MAX_PER_K_RISE) expect(trend).toBe('falling');
      else expect(trend).toBe('flat');
      expect(said).toContain(`×${step.toFixed(2)} per step of n`);
    }
  });
});

describe('the small sentences of the card', () => {
  test('a reason that ends with a question gets no full stop after it', () => {
    expect(asSentence('an endless loop that never reads the tree?')).toBe(
      'an endless loop that never reads the tree?',
    );
    expect(asSentence('it returned null')).toBe('it returned null.');
  });

  test('copies of a value are counted in words: "the value 3 four times"', () => {
    const reason = judgeAnswer([1, 3, 3, 3, 3, 5], 3.2, 2, returnedArray([3, 5]))!.reason;
    expect(reason).toContain('the tree holds the value 3 four times around the answer');
  });

  test('the target is named as the card prints it, never rounded', () => {
    const reason = whyWrong([1, 2, 3, 4, 5], 3.714286, 2, returnedArray([4, 1]))!;
    expect(reason).toContain('which is farther from 3.714286');
  });

  test('a typed array is told what it did to the values, not to wrap it in Array.from', () => {
    const reason = whyWrong([-240, 1, 2], 0, 1, {
      kind: 'other',
      description: 'a Uint32Array',
      iterable: true,
    })!;
    expect(reason).toContain('it returned a Uint32Array, not an array');
    expect(reason).toContain('a typed array turns every value into its element type');
    expect(reason).not.toContain('Array.from');
    const set = whyWrong([1, 2], 0, 1, { kind: 'other', description: 'a Set', iterable: true });
    expect(set).toContain('(Array.from(...) makes one of it)');
  });

  test('a typed array is named with its article', () => {
    expect(describeValue(new Uint32Array(1))).toBe('a Uint32Array');
    expect(describeValue(new Int8Array(1))).toBe('an Int8Array');
  });

  test('a file that did not load was not run: its type note does not say it was', () => {
    expect(typeNote(['line 3: Expression expected.'], false)).not.toContain('ran it');
    expect(typeNote(['line 3: Expression expected.'], true)).toContain(
      'the grader ran it all the same',
    );
  });

  test('a stack overflow on a shallow tree says the recursion is the code own, on a deep path it does not', () => {
    expect(stackOverflowReason(17)).toContain('on a tree only 17 levels deep');
    expect(stackOverflowReason(17)).toContain("this recursion is the code's own");
    expect(stackOverflowReason(OWN_RECURSION_HEIGHT)).toContain("this recursion is the code's own");
    // The deepest balanced tree the tiers build (2^20 nodes, 21 levels) is told; a tree just past
    // the bound is not.
    expect(stackOverflowReason(21)).toContain("this recursion is the code's own");
    expect(stackOverflowReason(OWN_RECURSION_HEIGHT + 1)).not.toContain('own');
    expect(stackOverflowReason(100_000)).toBe(
      'it overflowed the call stack (RangeError: Maximum call stack size exceeded)',
    );
  });

  test('the height a stack overflow is measured against: 17 levels for 2^16 balanced nodes', () => {
    const sorted = Array.from({ length: 1 << 16 }, (_, i) => 2 * i);
    expect(CountingTree.balanced(sorted).height()).toBe(17);
    const path = CountingTree.build({ vals: [3, 2, 1], left: [1, 2, -1], right: [-1, -1, -1] });
    expect(path.height()).toBe(3);
  });

  test('"near the minimum" says how near: the region its targets are spread over', () => {
    expect(placedWords('nearMin')).toBe(
      'near the minimum (about 1/64 to 3/64 of the way up the values)',
    );
    expect(placedWords('nearMax')).toBe(
      'near the maximum (about 61/64 to 63/64 of the way up the values)',
    );
    expect(placedWords('middle')).toBe('in the middle (about 45% to 49% of the way up the values)');
    expect(placedWords('below')).toBe('below the minimum');
    // Every target of a family lies in that region (to within one value of the rounding).
    const sorted = Array.from({ length: 1 << 16 }, (_, i) => 2 * i);
    const top = sorted[sorted.length - 1];
    const regions = {
      nearMin: [1 / 64, 3 / 64],
      nearMax: [61 / 64, 63 / 64],
      middle: [0.45, 0.49],
    };
    for (const [position, [low, high]] of Object.entries(regions)) {
      for (const target of targetsAt(sorted, position as Position, 16)) {
        expect(target / top).toBeGreaterThanOrEqual(low - 1e-4);
        expect(target / top).toBeLessThanOrEqual(high + 1e-4);
      }
    }
  });

  const failing = (check: Partial<CheckResult>): CheckResult => ({
    name: 'one more k costs the same reads at every n',
    passed: false,
    ...check,
  });

  test('a growth line labels what the check needs instead of gluing a sentence to "needs"', () => {
    const line = tierResult({ id: 'optimal' }, [
      failing({ kind: 'growth', figure: 'at k ≈ 256, …' }),
    ]);
    expect(line.figure).toBe(
      'needs: one more k costs the same reads at every n; measured at k ≈ 256, …',
    );
  });

  test('a wrong answer inside a complexity check is told as one, first', () => {
    const line = tierResult({ id: 'linear' }, [
      failing({
        name: 'target near the minimum, k = 1: reads grow linearly with n',
        kind: 'wrongAnswer',
        figure: 'wrong answer at n = 2^16 (target near the minimum, k = 1): it left out -240',
        plots: [],
      }),
    ]);
    expect(line.figure).toMatch(/^wrong answer at n = 2\^16/);
    expect(line.figure).not.toContain('reads grow linearly');
  });
});
