import type { TreeNode } from '../../kata/TreeNode';
import { chargeReads, CountingNode } from '../grader/countingTree';
import { evenValues } from '../grader/generators';
import { exponent, lastStepScore, logDegree, rises, superlinearWords } from '../grader/growth';
import type { Solution } from '../grader/solution';
import { runTier } from '../grader/tiers/index';
import { classify } from '../grader/tiers/space';
import type { TierId, TierResult } from '../grader/tiers/tier';
import { closestK } from '../grader/validator';

/*
 * The classifier judged on synthetic read laws: solutions that read the tree exactly f(n, k) times
 * and return a correct answer. Families, not single curves: constants from 1/2 to 100, costs that
 * wobble with powers of two and with the target's place, hybrids that switch regime at every size
 * inside the measured ranges. Each limit's two margins (written beside it in the tiers) are
 * asserted: an honest law's tail score stays at most 1/CLEARANCE of its limit, and a law that must
 * fail breaks it by CLEARANCE at least.
 */

const CLEARANCE = 1.05;

// The trees hold evenValues(n), -n to n - 2: the largest value, found down the right spine without
// counting reads, gives n and so all the values.
const sortedByN = new Map<number, readonly number[]>();
function treeOf(root: CountingNode) {
  let node = root;
  for (;;) {
    // The last child is the right one exactly when it holds the larger value.
    const last = CountingNode.children(node).at(-1);
    if (!last || CountingNode.peekVal(last) < CountingNode.peekVal(node)) break;
    node = last;
  }
  const n = CountingNode.peekVal(node) + 2;
  if (!sortedByN.has(n)) sortedByN.set(n, evenValues(n));
  return { n, sorted: sortedByN.get(n)! };
}

/** A number in [0, 1) that depends on the target only: a cost that varies with the target's place. */
const jitter = (target: number) => Math.abs(Math.sin(target * 12.9898) * 43758.5453) % 1;

type Law = (n: number, k: number, target: number) => number;

function synthetic(law: Law): Solution {
  return {
    file: 'synthetic.ts',
    fn: (root: TreeNode | null, target: number, k: number) => {
      const { n, sorted } = treeOf(root as unknown as CountingNode);
      chargeReads(Math.round(law(n, k, target)));
      return closestK(sorted, target, k);
    },
  };
}

const lg = Math.log2;
type Verdict = 'pass' | 'growth' | 'readLimit';

function judged(law: Law, id: TierId): TierResult {
  return runTier(id, synthetic(law), 272);
}

/** The verdict, and the margins: every check of a passing tier clear of its limit, and a failing
 * tier's growth failure clearly past it. */
function expectVerdict(result: TierResult, expected: Verdict): void {
  expect(result.passed ? 'pass' : result.kind).toBe(expected);
  if (expected === 'pass') {
    for (const check of result.checks) expect(check.score ?? 0).toBeLessThanOrEqual(1 / CLEARANCE);
  } else {
    // The verdict holds while one failing check is clearly past its limit (a law can cross two
    // checks' limits, one of them narrowly). A law stopped by the read limit grew too fast to
    // measure at all: clear by construction.
    const failed = result.checks.filter((check) => !check.passed);
    const scores = failed.map((check) => check.score ?? Infinity);
    expect(Math.max(...scores)).toBeGreaterThanOrEqual(CLEARANCE);
  }
}

function lawTable(
  rows: [string, Law, Partial<Record<'linear' | 'sublinear' | 'optimal', Verdict>>][],
) {
  return rows.flatMap(([name, law, verdicts]) =>
    Object.entries(verdicts).map(([id, verdict]) => [name, id as TierId, verdict!, law] as const),
  );
}

/**
 * Sizes a hybrid may switch at and be judged by the law after the switch: inside each step of
 * every series below its last step (2^8 to 2^12 to 2^16, and the ×8 steps from 2^10), just past a
 * measured size, and at the last one.
 */
const SWITCH_NS = [2 ** 9, 2 ** 12 + 1, 2 ** 14, 2 ** 16];
/** Sizes a switch to a worse law may happen at, up to the top of the complexity tiers' ranges. */
const WORSE_NS = [2 ** 9, 2 ** 12 + 1, 2 ** 14, 2 ** 16 + 1, 2 ** 18, 2 ** 20];

describe('linear: n against n log n', () => {
  test.each(
    lawTable([
      ['n / 2', (n) => n / 2, { linear: 'pass' }],
      ['3n', (n) => 3 * n, { linear: 'pass', sublinear: 'growth', optimal: 'growth' }],
      ['100n', (n) => 100 * n, { linear: 'pass' }],
      ['3n + 40 log n', (n) => 3 * n + 40 * lg(n), { linear: 'pass' }],
      ['3n + 20√n', (n) => 3 * n + 20 * Math.sqrt(n), { linear: 'pass' }],
      ['3n − 3√n (converging from below)', (n) => 3 * n - 3 * Math.sqrt(n), { linear: 'pass' }],
      ['3n + 5k', (n, k) => 3 * n + 5 * k, { linear: 'pass' }],
      ['n log n', (n) => n * lg(n), { linear: 'growth', sublinear: 'growth' }],
      ['n log n / 2', (n) => (n * lg(n)) / 2, { linear: 'growth' }],
      ['5n + n log n', (n) => 5 * n + n * lg(n), { linear: 'growth' }],
      ['10n + n log n', (n) => 10 * n + n * lg(n), { linear: 'growth' }],
      ['n·√n', (n) => n * Math.sqrt(n), { linear: 'growth' }],
      ['n·k', (n, k) => n * k, { linear: 'growth' }],
      ['n²', (n) => n * n, { linear: 'growth', sublinear: 'growth', optimal: 'growth' }],
      // Small superlinear terms: a per-node cost that keeps rising by a steady amount.
      ['3n + (n/64) log n', (n) => 3 * n + (n / 64) * lg(n), { linear: 'growth' }],
      ['n + (n/64) log n', (n) => n + (n / 64) * lg(n), { linear: 'growth' }],
      ['n + (n/200) log n', (n) => n + (n / 200) * lg(n), { linear: 'growth' }],
      ['n + n log log n', (n) => n + n * lg(lg(n)), { linear: 'growth' }],
      ['3n − 3 log n', (n) => 3 * n - 3 * lg(n), { linear: 'pass' }],
    ]),
  )('reads ~ %s: %s %s', (_, id, verdict, law) => expectVerdict(judged(law, id), verdict));

  test.each(WORSE_NS.filter((s) => s <= 2 ** 17))(
    'a law that turns from n to n + (n/64) log n at n = %i is not linear',
    (s) =>
      expectVerdict(
        judged((n) => 3 * n + (n >= s ? (n / 64) * lg(n) : 0), 'linear'),
        'growth',
      ),
  );

  test.each(SWITCH_NS)('a hybrid that turns from O(log n) to O(n) at n = %i is linear', (s) =>
    expectVerdict(
      judged((n, k) => (n < s ? 3 * lg(n) + 5 * k : 3 * n), 'linear'),
      'pass',
    ),
  );

  test('a switch to O(n) inside the last step (2^16 to 2^17) is judged as the law that stays', () =>
    expectVerdict(
      judged((n, k) => (n < 2 ** 16 + 1 ? 3 * lg(n) + 5 * k : 3 * n), 'linear'),
      'growth',
    ));

  test.each([16, 64, 200])(
    'a hybrid that walks the whole tree once k > %i is linear (k = √n check included)',
    (k0) =>
      expectVerdict(
        judged((n, k) => (k <= k0 ? 3 * lg(n) + 5 * k : 3 * n), 'linear'),
        'pass',
      ),
  );
});

describe('sublinear and optimal at k = 1: log n against log² n and powers of n', () => {
  test.each(
    lawTable([
      ['3 log n + 2k', (n, k) => 3 * lg(n) + 2 * k, { sublinear: 'pass', optimal: 'pass' }],
      ['50 (log n + k)', (n, k) => 50 * (lg(n) + k), { sublinear: 'pass', optimal: 'pass' }],
      ['(log n + k) / 2', (n, k) => (lg(n) + k) / 2, { sublinear: 'pass', optimal: 'pass' }],
      ['3 log n − 3 + 5k', (n, k) => 3 * lg(n) - 3 + 5 * k, { optimal: 'pass' }],
      ['log² n + 2k', (n, k) => lg(n) ** 2 + 2 * k, { sublinear: 'pass', optimal: 'growth' }],
      ['log² n + 4 log n + 2k', (n, k) => lg(n) ** 2 + 4 * lg(n) + 2 * k, { optimal: 'growth' }],
      ['log² n + 8 log n + 2k', (n, k) => lg(n) ** 2 + 8 * lg(n) + 2 * k, { optimal: 'growth' }],
      ['4√n + k', (n, k) => 4 * Math.sqrt(n) + k, { sublinear: 'pass', optimal: 'growth' }],
      // The slowest powers of n that optimal catches beside a descent.
      ['n^0.25 + 2 log n + 2k', (n, k) => n ** 0.25 + 2 * lg(n) + 2 * k, { optimal: 'growth' }],
      ['n^0.22 + 2 log n + 2k', (n, k) => n ** 0.22 + 2 * lg(n) + 2 * k, { optimal: 'growth' }],
      ['n^0.25 + 3 log n + 2k', (n, k) => n ** 0.25 + 3 * lg(n) + 2 * k, { optimal: 'growth' }],
      ['n^0.7 + k', (n, k) => n ** 0.7 + k, { sublinear: 'pass', optimal: 'growth' }],
      ['n^0.8 + k', (n, k) => n ** 0.8 + k, { sublinear: 'growth' }],
      ['n^0.5 log n', (n) => Math.sqrt(n) * lg(n), { sublinear: 'pass' }],
      ['n / 4 + 5k', (n, k) => n / 4 + 5 * k, { sublinear: 'growth', optimal: 'growth' }],
    ]),
  )('reads ~ %s: %s %s', (_, id, verdict, law) => expectVerdict(judged(law, id), verdict));

  test.each(SWITCH_NS)(
    'a hybrid that walks the whole tree only while n < %i is sublinear and optimal',
    (s) => {
      const law: Law = (n, k) => (n < s ? 3 * n + 5 * k : 2 * lg(n) + 5 * k);
      expectVerdict(judged(law, 'sublinear'), 'pass');
      expectVerdict(judged(law, 'optimal'), 'pass');
    },
  );

  test.each(WORSE_NS)(
    'a law that turns from O(log n) to O(n) at n = %i is neither sublinear nor optimal',
    (s) => {
      const law: Law = (n, k) => (n < s ? 3 * lg(n) + 5 * k : n);
      expectVerdict(judged(law, 'sublinear'), 'growth');
      expectVerdict(judged(law, 'optimal'), 'growth');
    },
  );

  // A fallback keyed on k: checks that only call k = 1 and k = 4 never see it.
  test.each([
    ['an odd k above 1', (k: number) => k > 1 && k % 2 === 1],
    ['k = 2', (k: number) => k === 2],
    ['k = 3', (k: number) => k === 3],
  ])(
    'a law that reads the whole tree only for %s is neither sublinear nor optimal',
    (_, fallback) => {
      const law: Law = (n, k) => (fallback(k) ? 3 * n : 2 * lg(n) + 5 * k);
      expectVerdict(judged(law, 'sublinear'), 'growth');
      expectVerdict(judged(law, 'optimal'), 'growth');
    },
  );

  test.each(WORSE_NS)('a law that turns from log n to log² n at n = %i is not optimal', (s) =>
    expectVerdict(
      judged((n, k) => 2 * lg(n) + (n >= s ? lg(n) ** 2 : 0) + 5 * k, 'optimal'),
      'growth',
    ),
  );
});

describe('optimal: one more k at every n, and k against k log k', () => {
  const wobble = (k: number, target: number) =>
    4 * (1 + 0.2 * Math.sin(2 * Math.PI * lg(k)) + 0.2 * (jitter(target) - 0.5));
  test.each(
    lawTable([
      ['2 log n + 5k', (n, k) => 2 * lg(n) + 5 * k, { linear: 'pass', optimal: 'pass' }],
      [
        '2 log n + (4 ± 20%)·k, wobbling with powers of two and with the target',
        (n, k, t) => 2 * lg(n) + wobble(k, t) * k,
        { optimal: 'pass' },
      ],
      ['2k log n + 2k', (n, k) => 2 * k * lg(n) + 2 * k, { sublinear: 'pass', optimal: 'growth' }],
      ['30k log n', (n, k) => 30 * k * lg(n), { optimal: 'growth' }],
      ['3 log n + 2k log k', (n, k) => 3 * lg(n) + 2 * k * lg(k + 1), { optimal: 'growth' }],
      [
        '3 log n + 2k log k + 10k',
        (n, k) => 3 * lg(n) + 2 * k * lg(k + 1) + 10 * k,
        {
          optimal: 'growth',
        },
      ],
      // k² costs k per value at every n (flat in n); the k-curve sees it grow with k.
      ['3 log n + k²', (n, k) => 3 * lg(n) + k * k, { optimal: 'growth' }],
      [
        '2 log n + 5k + √n·k',
        (n, k) => 2 * lg(n) + 5 * k + Math.sqrt(n) * k,
        { optimal: 'growth' },
      ],
    ]),
  )('reads ~ %s: %s %s', (_, id, verdict, law) => expectVerdict(judged(law, id), verdict));

  test.each([2, 32, 150])(
    'a hybrid that searches from the root per value only while k ≤ %i is optimal',
    (k0) => {
      const law: Law = (n, k) => (k <= k0 ? 2 * k * lg(n) + 2 : 2 * lg(n) + 5 * k);
      expectVerdict(judged(law, 'optimal'), 'pass');
    },
  );

  test.each([16, 200, 300, 1000])(
    'a hybrid whose cost per value triples once k > %i is optimal',
    (k0) =>
      expectVerdict(
        judged((n, k) => 2 * lg(n) + (k <= k0 ? 3 : 9) * k, 'optimal'),
        'pass',
      ),
  );

  test('a cost per value that triples only above k ≈ 2,000, at the top of the range, is the law that stays', () =>
    expectVerdict(
      judged((n, k) => 2 * lg(n) + (k <= 5000 ? 3 : 9) * k, 'optimal'),
      'growth',
    ));

  /** Values of k a switch to worse may happen at, up to the k-curve's top (k ≈ 6,900 to 9,800). */
  const WORSE_KS = [64, 250, 400, 600, 1000, 2000, 3000, 6000];

  test.each(WORSE_KS)('a hybrid that walks the whole tree once k > %i is not optimal', (k0) =>
    expectVerdict(
      judged((n, k) => (k <= k0 ? 2 * lg(n) + 5 * k : 3 * n), 'optimal'),
      'growth',
    ),
  );

  test.each(WORSE_KS)(
    'a hybrid that searches from the root for each value once k > %i is not optimal',
    (k0) =>
      expectVerdict(
        judged((n, k) => 2 * lg(n) + (k <= k0 ? 3 * k : 3 * k0 + 2 * (k - k0) * lg(n)), 'optimal'),
        'growth',
      ),
  );
});

/*
 * Honest hybrids (growth.ts, hybrids): brute force below a size cap (a count of up to `cap` nodes,
 * then the whole tree or two stacks), and a capped count of c·k nodes before two stacks. Below
 * the cap the reads are bounded by n; no verdict may rest on a rise from there.
 */
describe('hybrids: a switch to a better law at a size cap or a count cap', () => {
  /** Caps up to 2^16: inside every step of every series, at a measured size and at 20,000. */
  const SIZE_CAPS = [2 ** 8, 2 ** 10, 2 ** 12 + 1, 20_000, 2 ** 14, 2 ** 16];
  const COUNT_CAPS = [1, 4, 16, 64];
  /** Counts up to `cap` nodes (3 reads each), then sorts what it read, or walks two stacks. */
  const sizeCap =
    (cap: number, after: Law): Law =>
    (n, k, t) =>
      3 * Math.min(n, cap) + (n < cap ? 0 : after(n, k, t));
  /** Reads up to c·k nodes (3 reads each); a tree it finished is answered, a larger one walked. */
  const countCap =
    (c: number, after: Law): Law =>
    (n, k, t) =>
      3 * Math.min(n, c * k) + (n <= c * k ? 0 : after(n, k, t));
  const twoStacks: Law = (n, k) => 2 * lg(n) + 5 * k;
  const searchPerValue: Law = (n, k) => 2 * k * lg(n) + 2 * k;

  test.each(SIZE_CAPS)(
    'brute force below %i nodes, two stacks above: sublinear and optimal',
    (cap) => {
      expectVerdict(judged(sizeCap(cap, twoStacks), 'sublinear'), 'pass');
      expectVerdict(judged(sizeCap(cap, twoStacks), 'optimal'), 'pass');
    },
  );

  test('brute force up to 2^16 nodes included, two stacks above: sublinear and optimal', () => {
    const law: Law = (n, k) => (n <= 2 ** 16 ? 3 * n : 2 * lg(n) + 5 * k);
    expectVerdict(judged(law, 'sublinear'), 'pass');
    expectVerdict(judged(law, 'optimal'), 'pass');
  });

  test.each(COUNT_CAPS)(
    'a count capped at %i·k nodes before two stacks: sublinear and optimal',
    (c) => {
      expectVerdict(judged(countCap(c, twoStacks), 'sublinear'), 'pass');
      expectVerdict(judged(countCap(c, twoStacks), 'optimal'), 'pass');
    },
  );

  // Below the cap nothing per value; above it a search from the root per value, which a check
  // whose last step started below the cap (or was never measured above it) would call a switch to
  // a better law.
  test.each([...SIZE_CAPS, 2 ** 16 + 1])(
    'brute force below %i nodes, a search from the root per value above: not optimal',
    (cap) => expectVerdict(judged(sizeCap(cap, searchPerValue), 'optimal'), 'growth'),
  );

  // Only c = 1: a count of c·k nodes adds 3c reads per value, and beside a search's 2·log n that is
  // a + c·log n with a > c, the side of the margins left out (optimal.ts, MAX_PER_K_RISE).
  test.each([1])(
    'a count capped at %i·k nodes before a search from the root per value: not optimal',
    (c) => expectVerdict(judged(countCap(c, searchPerValue), 'optimal'), 'growth'),
  );
});

describe('space: a copy of the tree below a size cap is no growth (same principle)', () => {
  const SIZES = [1 << 10, 1 << 13, 1 << 16];
  const at = (n: number, nodes: number, bytes: number) => ({
    n,
    nodes,
    frames: 1,
    bytes,
    bytesAfter: 5_000,
  });
  const twoStacks = (n: number) => at(n, lg(n) + 1, 20_000);
  // Below the cap: every node in a list (the nodes held, and 8 bytes a node for the list).
  const copy = (n: number) => at(n, n, 20_000 + 8 * n);

  // Its class above the cap (h + k, or k when only the largest size is past it) is read from the
  // sizes past the cap: never O(n).
  test.each([2 ** 11, 20_000, 2 ** 16])(
    'a copy below %i nodes, two stacks above: not O(n)',
    (cap) =>
      expect(classify(SIZES.map((n) => (n < cap ? copy(n) : twoStacks(n)))).measured).not.toBe(
        'O(n)',
      ),
  );

  test.each([2 ** 10, 2 ** 13, 2 ** 16])('a copy from %i nodes on: O(n)', (from) =>
    expect(classify(SIZES.map((n) => (n >= from ? copy(n) : twoStacks(n)))).measured).toBe('O(n)'),
  );

  test('a queue of half a level at the largest size only: O(n)', () =>
    expect(
      classify(SIZES.map((n) => (n === 2 ** 16 ? at(n, n / 2, 20_000) : twoStacks(n)))).measured,
    ).toBe('O(n)'));
});

test('exponents, degrees and the tail score read off points', () => {
  const at = (n: number, reads: number) => ({ n, k: 1, reads, cpuMs: 0 });
  expect(exponent(at(1024, 1024), at(4096, 4096))).toBeCloseTo(1);
  expect(exponent(at(1024, 10), at(4096, 20))).toBeCloseTo(0.5);
  expect(logDegree(at(2 ** 10, 10), at(2 ** 20, 20))).toBeCloseTo(1);
  expect(logDegree(at(2 ** 10, 100), at(2 ** 20, 400))).toBeCloseTo(2);
  expect(superlinearWords(1.33, 4)).toBe('like n log n');
  expect(superlinearWords(16, 4)).toBe('like n^2.0');
  // Only the last step counts: an earlier worse step is a switch to a better law.
  expect(lastStepScore([5, 1.0, 1.0], 1.1)).toBeCloseTo(1 / 1.1);
  expect(lastStepScore([1.0, 1.0, 1.3], 1.1)).toBeCloseTo(1.3 / 1.1);
  expect(lastStepScore([], 1.1)).toBe(0);
  // A cost that starts at zero (a hybrid that walks everything at small n costs nothing per k)
  // rises from nothing, not "×Infinity".
  expect(rises([1.04, 1.3])).toBe('×1.04 then ×1.30');
  expect(rises([Infinity, 1])).toBe('up from 0 then ×1.00');
});

describe('a file that states no claim', () => {
  // Its later checks measure only what a stated claim is held against: the first failure decides.
  test.each([
    ['optimal', ((n) => 3 * n) as Law, 0],
    ['optimal', ((n, k) => 4 * k * lg(n)) as Law, 1],
    ['linear', ((n) => n * lg(n)) as Law, 0],
  ] as const)(
    '%s on a failing law stops at its first failure, the rest said unclaimed',
    (id, law, at) => {
      const claimed = judged(law, id);
      const unclaimed = runTier(id, synthetic(law), 272, { options: { unclaimed: true } });
      expect(claimed.checks.some((c) => c.notRun)).toBe(false);
      expect([unclaimed.passed, unclaimed.kind, unclaimed.figure]).toEqual([
        claimed.passed,
        claimed.kind,
        claimed.figure,
      ]);
      expect(unclaimed.checks.findIndex((c) => !c.passed)).toBe(at);
      expect(unclaimed.checks.slice(at + 1).map((c) => c.notRun)).toEqual(
        claimed.checks.slice(at + 1).map(() => 'unclaimed'),
      );
    },
  );

  test('a passing tier runs every check all the same', () => {
    const law: Law = (n, k) => 3 * lg(n) + 2 * k;
    const unclaimed = runTier('optimal', synthetic(law), 272, { options: { unclaimed: true } });
    expect(unclaimed.passed).toBe(true);
    expect(unclaimed.checks.map((c) => c.figure)).toEqual(
      judged(law, 'optimal').checks.map((c) => c.figure),
    );
  });
});

describe('the series a chart draws', () => {
  const withEvery = (law: Law, id: TierId) =>
    runTier(id, synthetic(law), 272, { options: { everySeries: true } });

  test.each([
    ['3n', 'sublinear' as TierId, ((n) => 3 * n) as Law],
    ['k log n', 'optimal' as TierId, ((n, k) => 4 * k * lg(n)) as Law],
    ['log n + k', 'optimal' as TierId, ((n, k) => 3 * lg(n) + 2 * k) as Law],
  ])(
    'reads ~ %s, %s: one judged plot per check, the same verdicts when every series is measured',
    (_, id, law) => {
      const plain = judged(law, id);
      const every = withEvery(law, id);
      // Every check measured (sublinear's first failure decides it otherwise); those the plain run
      // measured keep their verdicts and figures.
      expect(every.passed).toBe(plain.passed);
      expect(every.checks.filter((c) => c.notRun)).toEqual([]);
      const ran = plain.checks.filter((c) => !c.notRun).length;
      expect(ran).toBe(id === 'sublinear' ? 1 : plain.checks.length);
      expect(every.checks.slice(0, ran).map((c) => [c.passed, c.figure])).toEqual(
        plain.checks.slice(0, ran).map((c) => [c.passed, c.figure]),
      );
      every.checks.forEach((check, i) => {
        const judgedPlots = check.plots!.filter((plot) => plot.judged);
        expect(judgedPlots).toHaveLength(1);
        // The judged plot is the one the (unchanged) verdict read.
        if (i < ran) {
          expect(plain.checks[i].plots!.find((plot) => plot.judged)).toEqual(judgedPlots[0]);
        }
        // Every position measured, even after a failure; a point per size measured, all finite.
        expect(check.plots!.length).toBeGreaterThanOrEqual(plain.checks[i].plots?.length ?? 0);
        for (const plot of check.plots!) {
          expect(plot.points.length).toBeGreaterThanOrEqual(2);
          for (const p of plot.points) expect(Number.isFinite(p.y) && p.x > 0).toBe(true);
          expect(plot.words).not.toBe('');
        }
      });
    },
  );

  test('a plot of reads says how the reads grew; a plot of cost per value says flat or rising', () => {
    const sublinear = judged((n) => 3 * n, 'sublinear').checks[0].plots![0];
    expect(sublinear).toMatchObject({ x: 'n', y: 'reads', words: 'like n' });
    // Failed twice in a row by 2^16: 2^20 is not measured.
    expect(sublinear.points.map((p) => p.x)).toEqual([2 ** 8, 2 ** 12, 2 ** 16]);
    expect(sublinear.points.map((p) => p.y)).toEqual([3 * 2 ** 8, 3 * 2 ** 12, 3 * 2 ** 16]);
    const perK = judged((n, k) => 4 * k * lg(n), 'optimal').checks[1].plots!;
    expect(perK.find((plot) => plot.judged)!.words).toMatch(/^rising \(×1\.\d\d per step of n\)$/);
    const flat = judged((n, k) => 3 * lg(n) + 2 * k, 'optimal').checks[3].plots![0];
    expect(flat).toMatchObject({ x: 'k', y: 'reads per value beyond the first' });
    expect(flat.words).toMatch(/^flat/);
  });
});

test("a wrong answer in a growth check names the failing call's k, not its point's", () => {
  // Right at k = 1 and wrong from k = 2 on: a point's family asks several k around its own, 4.
  const shortByOne: Solution = {
    file: 'shortByOne.ts',
    fn: (root: TreeNode | null, target: number, k: number) => {
      const { sorted } = treeOf(root as unknown as CountingNode);
      return closestK(sorted, target, k).slice(0, Math.max(1, k - 1));
    },
  };
  for (const id of ['sublinear', 'optimal'] as const) {
    const figure = runTier(id, shortByOne, 272).checks!.find((check) => !check.passed)!.figure;
    const k = Number(/, k = (\d+)\): it returned (\d+) values?, but k is (\d+)/.exec(figure!)?.[1]);
    expect(figure).toMatch(new RegExp(`k = ${k}\\): it returned ${k - 1} values?, but k is ${k}$`));
  }
});
