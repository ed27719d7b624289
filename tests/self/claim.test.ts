import {
  claimStep,
  judgeClaim,
  parseClaim,
  readClaim,
  readFirstValueClaims,
  readIndexClaims,
  type ClaimVerdict,
} from '../grader/claim';
import { keptGrowth, LIKE_N_BYTES_PER_NODE } from '../grader/tiers/indexSpace';
import type { CheckResult, SpaceClass, TierId, TierResult } from '../grader/tiers/tier';

/*
 * The complexity claim: the spellings it reads, and the verdicts it gives against measured shapes
 * (built here as the tier results the grader produces for each kind of solution). solutions.test.ts
 * holds the other end: every reference's own claim is judged a match from its real grading.
 */

describe('reading a claim', () => {
  test.each([
    ['// complexity: O(log n + k)', 'O(log n + k)'],
    ['  //complexity:O(h+k)  ', 'O(h+k)'],
    ['// Complexity: O(n log k)', 'O(n log k)'],
    ['// complexity: O(?)', null],
    ['// complexity:', null],
    ['// time: O(n)', null],
  ])('%j states %j', (line, stated) => {
    expect(readClaim(`const x = 1;\n${line}\nfunction f() {}\n`)).toBe(stated);
  });

  const same = (a: string, b: string) => expect(parseClaim(a)).toEqual(parseClaim(b));
  test('the usual spellings of one bound read the same', () => {
    same('O(log n + k)', 'O(k+logn)');
    same('O(log n + k)', 'O(h + k)');
    same('O(log n + k)', 'O(lg(n) + k)');
    same('O(k log n)', 'O(klogn)');
    same('O(k log n)', 'O(k·log n)');
    same('O(k log n)', 'O(k * log(n))');
    same('O(k log n)', 'O(kh)');
    same('O(n^2)', 'O(n²)');
    same('O(n^2)', 'O(n*n)');
    same('O(n k)', 'O(n·k)');
    same('O(sqrt(n))', 'O(√n)');
    same('O(log^2 n)', 'O(log² n)');
    same('O(n log k)', 'O(nlogk)');
    same('O(1)', 'O(7)');
    // A sum in parentheses multiplies out.
    same('O((h + k) log k)', 'O(h log k + k log k)');
    same('O((log n + k) log k)', 'O(log n log k + k log k)');
    same('O((n + k)^2)', 'O(n^2 + 2nk + k^2)');
    same('O(k (log n + 1))', 'O(k log n + k)');
  });

  test.each(['O(fast)', 'O(n +)', 'O(log)', 'O(m)', 'linear', 'O(sqrt(n + k))', 'O((n + k)^0.5)'])(
    '%j is not read as a bound',
    (text) => {
      expect(parseClaim(text)).toBeNull();
    },
  );
});

/** The tier results of a solution with this measured shape. */
function measured(shape: {
  linear: boolean;
  sublinear: boolean;
  logN: boolean;
  /** Linear's k = √n check (the k = 1 checks follow `linear`). */
  linearSqrtK?: boolean;
  perK?: boolean;
  /** The large-k check's failed score: ×16 for a walk of the whole tree, ×1.24 for a search. */
  largeK?: 'walk' | 'search' | 'readLimit';
  kCurve?: boolean;
  readsNeedK?: boolean;
}): TierResult[] {
  const check = (passed: boolean, score = 0.8, name = 'a check'): CheckResult => ({
    name,
    passed,
    kind: passed ? undefined : 'growth',
    score,
  });
  const tier = (id: TierId, checks: CheckResult[]): TierResult => ({
    id,
    passed: checks.every((c) => c.passed),
    checks,
    figure: '',
  });
  return [
    tier('linear', [
      check(shape.linear, 0.8, 'target near the minimum, k = 1: reads grow linearly with n'),
      check(
        shape.linearSqrtK ?? shape.linear,
        0.8,
        'target in the middle, k = √n: reads grow linearly with n',
      ),
    ]),
    tier('sublinear', [check(shape.sublinear)]),
    tier('optimal', [
      check(shape.logN),
      check(shape.perK ?? true),
      shape.largeK === undefined
        ? check(true)
        : shape.largeK === 'readLimit'
          ? { ...check(false), kind: 'readLimit' }
          : check(false, shape.largeK === 'walk' ? 16 / 1.12 : 1.24 / 1.12),
      check(shape.kCurve ?? true, shape.readsNeedK === false ? 0 : 0.8),
    ]),
  ];
}

const TWO_STACKS = measured({ linear: true, sublinear: true, logN: true });
const SEARCH_PER_VALUE = measured({ linear: true, sublinear: true, logN: true, perK: false });
const SUBLINEAR_NOT_LOG = measured({ linear: true, sublinear: true, logN: false });
const FULL_WALK = measured({
  linear: true,
  sublinear: false,
  logN: false,
  readsNeedK: false,
});
const WORSE_THAN_N = measured({ linear: false, sublinear: false, logN: false, readsNeedK: false });
const HYBRID_WALK_FOR_LARGE_K = measured({
  linear: true,
  sublinear: true,
  logN: true,
  largeK: 'walk',
});
const HYBRID_SEARCH_FOR_LARGE_K = measured({
  linear: true,
  sublinear: true,
  logN: true,
  largeK: 'search',
});
const HEAP_OF_NODES = measured({ linear: true, sublinear: true, logN: true, kCurve: false });
/** k walks of the whole tree: linear at k = 1, not at k = √n; optimal's large k hits the read cap. */
const K_WALKS = measured({
  linear: true,
  linearSqrtK: false,
  sublinear: false,
  logN: false,
  largeK: 'readLimit',
});

/**
 * Which stated classes are tight for which measured class: the class itself, one log factor more
 * where it may be work off the tree (a sort, a heap of what was read), anything in the band the
 * tiers leave open; more is true but not tight, less is too optimistic.
 */
const TABLE: [string, TierResult[], Record<ClaimVerdict, string[]>][] = [
  [
    'two stacks (optimal passes)',
    TWO_STACKS,
    {
      matches: [
        'O(log n + k)',
        'O(h + k)',
        'O(k + lg n)',
        'O(log n + k log k)',
        'O((h + k) log k)',
      ],
      pessimistic: ['O(k log n)', 'O(kh)', 'O(n)', 'O(n^2)', 'O(log^2 n + k)', 'O(log n + k^2)'],
      optimistic: ['O(k)', 'O(log n)', 'O(1)', 'O(k^2)'],
      none: [],
    },
  ],
  [
    'a search from the root per value',
    SEARCH_PER_VALUE,
    {
      matches: ['O(k log n)', 'O(k h)', 'O(log n + k log n)'],
      pessimistic: ['O(k log^2 n)', 'O(k √n)', 'O(n log n)'],
      // k near n: n log n
      optimistic: ['O(log n + k)', 'O(n)', 'O(k log k)'],
      none: [],
    },
  ],
  [
    'sublinear, not log n',
    SUBLINEAR_NOT_LOG,
    {
      matches: ['O(√n + k)', 'O(log^2 n + k)', 'O(n^0.9 + k)'],
      pessimistic: ['O(n)', 'O(n + k)', 'O(n log n)'],
      optimistic: ['O(log n + k)', 'O(√n)'],
      none: [],
    },
  ],
  [
    'a full walk (linear passes, sublinear does not)',
    FULL_WALK,
    {
      matches: ['O(n)', 'O(n log n)', 'O(n log k)', 'O(n + k log k)', 'O(n + k)'],
      pessimistic: ['O(n^2)', 'O(n log^2 n)', 'O(n k)', 'O(n √n)'],
      optimistic: ['O(log n + k)', 'O(√n)', 'O(k log n)'],
      none: [],
    },
  ],
  [
    'worse than n (linear fails at k = 1)',
    WORSE_THAN_N,
    {
      matches: ['O(n log n)', 'O(n h)', 'O(n^2)', 'O(n^3)'],
      pessimistic: [],
      optimistic: ['O(n)', 'O(log n + k)'],
      none: [],
    },
  ],
  [
    'two stacks, a full walk for large k',
    HYBRID_WALK_FOR_LARGE_K,
    {
      matches: ['O(n)', 'O(n log k)'],
      pessimistic: ['O(n^2)'],
      optimistic: ['O(log n + k)', 'O(k log n)'],
      none: [],
    },
  ],
  [
    'two stacks, a search per value for large k',
    HYBRID_SEARCH_FOR_LARGE_K,
    {
      matches: ['O(k log n)'],
      pessimistic: ['O(n log n)'],
      optimistic: ['O(log n + k)', 'O(n)'], // k near n: n log n
      none: [],
    },
  ],
  [
    'a heap of nodes (reads grow faster than k)',
    HEAP_OF_NODES,
    {
      matches: ['O(log n + k log k)'],
      pessimistic: ['O(k log n)', 'O(n log n)'],
      optimistic: ['O(log n + k)', 'O(n)'], // k near n: n log n
      none: [],
    },
  ],
  [
    'k walks of the tree (the read cap stops optimal)',
    K_WALKS,
    {
      matches: [],
      pessimistic: [],
      // linear already measured more than n at k = √n
      optimistic: ['O(n)', 'O(n + k)', 'O(log n + k)'],
      none: ['O(n k)', 'O(n^2)'],
    },
  ],
];

describe('judging a claim', () => {
  test.each(
    TABLE.flatMap(([name, results, verdicts]) =>
      Object.entries(verdicts).flatMap(([verdict, claims]) =>
        claims.map((stated) => [name, stated, verdict, results] as const),
      ),
    ),
  )('%s, claiming %s: %s', (_, stated, verdict, results) => {
    const claim = judgeClaim(`// complexity: ${stated}`, results);
    expect(claim).toMatchObject({ stated, verdict });
  });

  test('a claim written since a grading that left checks out for want of one is not judged on them', () => {
    // Graded with no claim, optimal stopped at its first failure; the card reads the file again.
    const unclaimed = FULL_WALK.map((tier) =>
      tier.id === 'optimal'
        ? {
            ...tier,
            checks: tier.checks.map((check, i) =>
              i === 0
                ? check
                : {
                    ...check,
                    passed: false,
                    kind: 'growth' as const,
                    notRun: 'unclaimed' as const,
                  },
            ),
          }
        : tier,
    );
    expect(judgeClaim('// complexity: O(n)', unclaimed)).toMatchObject({
      verdict: 'none',
      line: expect.stringMatching(
        /^O\(n\): not checked, optimal stopped at its first failing check, as the file graded stated no claim \(grade it again\);/,
      ),
    });
    // What was measured still refutes a claim below it.
    expect(judgeClaim('// complexity: O(log n + k)', unclaimed).verdict).toBe('optimistic');
  });

  test('the card line names the measurement behind a miss, and the tight class behind a loose claim', () => {
    expect(judgeClaim('// complexity: O(log n + k)', FULL_WALK).line).toMatch(
      /too optimistic: reads grow like n at a small k, not with k/,
    );
    expect(judgeClaim('// complexity: O(k log n)', TWO_STACKS).line).toMatch(
      /^O\(k log n\) is true but not tight for the reads: .*; their tight class is O\(log n \+ k\) \(only work off the tree, which reads cannot see, could make it tight/,
    );
    expect(judgeClaim('// complexity: O(n^2)', FULL_WALK).line).toMatch(
      /their tight class is O\(n\)/,
    );
    expect(judgeClaim('// complexity: O(n log k)', FULL_WALK).line).toMatch(
      /matches: .*work off the tree \(a sort, a heap\), which reads cannot see/,
    );
    expect(judgeClaim('// complexity: O(n)', K_WALKS).line).toMatch(
      /O\(n\) is too optimistic: reads grow like n at a small k, faster than n at k = √n, more than it allows/,
    );
  });

  test('a claim the reads cannot check, or none at all, says why', () => {
    const broken = measured({ linear: true, sublinear: false, logN: false });
    broken[1].checks[0].kind = 'wrongAnswer';
    expect(judgeClaim('// complexity: O(n)', broken)).toMatchObject({
      verdict: 'none',
      line: expect.stringMatching(/not checked, sublinear could not measure: wrong answer/),
    });
    // Linear stopped by a wrong answer, sublinear measured like n: below n is refuted all the same.
    const linearBroken = measured({ linear: false, sublinear: false, logN: false });
    linearBroken[0].checks[0].kind = 'wrongAnswer';
    expect(judgeClaim('// complexity: O(√n + k)', linearBroken)).toMatchObject({
      verdict: 'optimistic',
      line: expect.stringMatching(/too optimistic: reads grow like n or faster at a small k/),
    });
    expect(judgeClaim('// complexity: O(n^2)', linearBroken)).toMatchObject({
      verdict: 'none',
      line: expect.stringMatching(/not checked, linear could not measure: wrong answer/),
    });
    expect(judgeClaim('// complexity: O(?)', TWO_STACKS)).toMatchObject({
      stated: null,
      verdict: 'none',
      line: expect.stringMatching(/no claim yet/),
    });
    expect(judgeClaim('// complexity: O(quick)', TWO_STACKS)).toMatchObject({
      stated: 'O(quick)',
      verdict: 'none',
      line: expect.stringMatching(/not a bound in n and k I can read/),
    });
  });

  /** Two stacks' results with the space tier's class. */
  const withSpace = (measured: SpaceClass | null): TierResult[] => [
    ...TWO_STACKS,
    {
      id: 'space',
      passed: measured !== 'O(n)',
      checks: [{ name: 'space', passed: true, space: { measured, sizes: [] } }],
      figure: '',
    },
  ];

  test.each<[string, SpaceClass | null, ClaimVerdict, ClaimVerdict, RegExp]>([
    ['O(log n + k) time, O(h) space', 'O(h + k)', 'matches', 'matches', /space O\(h\) matches/],
    [
      'O(log n + k) time, O(1) space',
      'O(h + k)',
      'optimistic',
      'optimistic',
      /matches: .*; space O\(1\) is too optimistic: extra memory grows like h \+ k$/,
    ],
    [
      'O(log n + k) time, O(n) space',
      'O(h + k)',
      'pessimistic',
      'pessimistic',
      /space O\(n\) is true but not tight: extra memory grows like h \+ k; the tight class is O\(h \+ k\)/,
    ],
    ['O(log n + k)', 'O(h + k)', 'none', 'none', /space: not stated yet/],
    [
      'O(k log n) time, O(1) space',
      'O(h + k)',
      'optimistic',
      'optimistic',
      /^O\(k log n\) is true but not tight/,
    ],
    ['O(k log n) time, O(h) space', 'O(h + k)', 'matches', 'pessimistic', /true but not tight/],
    // Where the space tier cannot measure (another Node major), a readable space half stands.
    ['O(log n + k) time, O(h) space', null, 'none', 'matches', /space O\(h\): not checked/],
    // Against memory that grows like n: a power of n above one is more, below one less; a log
    // factor is what sizes 2^10 to 2^16 cannot tell from n.
    ['O(log n + k) time, O(n) space', 'O(n)', 'matches', 'matches', /space O\(n\) matches/],
    [
      'O(log n + k) time, O(n^2) space',
      'O(n)',
      'pessimistic',
      'pessimistic',
      /space O\(n\^2\) is true but not tight: extra memory grows like n; the tight class is O\(n\)$/,
    ],
    [
      'O(log n + k) time, O(sqrt n) space',
      'O(n)',
      'optimistic',
      'optimistic',
      /space O\(sqrt n\) is too optimistic: extra memory grows like n$/,
    ],
    ['O(log n + k) time, O(n log n) space', 'O(n)', 'matches', 'matches', /O\(n log n\) matches/],
  ])('%s against %s: space %s, both halves %s', (stated, space, spaceVerdict, overall, line) => {
    const claim = judgeClaim(`// complexity: ${stated}`, withSpace(space));
    expect(claim.space.verdict).toBe(spaceVerdict);
    expect(claim.overall).toBe(overall);
    expect(claim.line).toMatch(line);
  });
});

describe("closestFirst's claim: first value, per value and space", () => {
  /** A closestFirst's results: its lazy tier is optimal's checks; it has no linear or sublinear. */
  const asFollowUp = (results: TierResult[], space: SpaceClass): TierResult[] => [
    { ...results.find((r) => r.id === 'optimal')!, id: 'lazy' },
    {
      id: 'space',
      passed: space !== 'O(n)',
      checks: [{ name: 'space', passed: true, space: { measured: space, sizes: [] } }],
      figure: '',
    },
  ];
  const judged = (line: string, results: TierResult[]) =>
    judgeClaim(`// complexity: ${line}\n`, results, 'closestFirst');

  test('the halves are read by their labels, or in order', () => {
    expect(
      readFirstValueClaims(
        '// complexity: O(h) first value, O(1) amortised per value, O(h) space\n',
      ),
    ).toEqual({
      first: 'O(h)',
      per: 'O(1)',
      space: 'O(h)',
    });
    expect(readFirstValueClaims('// complexity: O(1) per next, O(log n) for the first\n')).toEqual({
      first: 'O(log n)',
      per: 'O(1)',
      space: null,
    });
    expect(readFirstValueClaims('// complexity: O(n), O(1), O(n)\n')).toEqual({
      first: 'O(n)',
      per: 'O(1)',
      space: 'O(n)',
    });
  });

  const twoStacks = asFollowUp(TWO_STACKS, 'O(h + k)');
  const eager = asFollowUp(FULL_WALK, 'O(n)');
  const searchPerValue = asFollowUp(SEARCH_PER_VALUE, 'O(k)');
  test.each([
    ['O(h) first value, O(1) amortised per value, O(h) space', twoStacks, 'matches'],
    ['O(log n) first value, O(1) per value, O(log n) space', twoStacks, 'matches'],
    // A worst case per value is true of two stacks, but the tiers measure O(1) amortised.
    ['O(h) first value, O(h) per value, O(h) space', twoStacks, 'pessimistic'],
    ['O(1) first value, O(1) per value, O(h) space', twoStacks, 'optimistic'],
    ['O(h) first value, O(1) per value, O(1) space', twoStacks, 'optimistic'],
    ['O(n) first value, O(1) per value, O(n) space', eager, 'matches'],
    ['O(h) first value, O(1) per value, O(n) space', eager, 'optimistic'],
    ['O(log n) first value, O(log n) per value, O(1) space', searchPerValue, 'matches'],
    ['O(log n) first value, O(1) per value, O(1) space', searchPerValue, 'optimistic'],
  ])('%s, measured as %#: %s', (line, results, verdict) => {
    expect(judged(line, results).overall).toBe(verdict);
  });

  test("its space is said of what the iterator holds (like h: the K values taken are its caller's)", () => {
    expect(judged('O(h) first value, O(1) per value, O(h) space', twoStacks).line).toMatch(
      /; space O\(h\) matches: what it holds grows like h$/,
    );
    expect(judged('O(h) first value, O(1) per value, O(n) space', twoStacks).line).toMatch(
      /space O\(n\) is true but not tight: what it holds grows like h; the tight class is O\(h\)$/,
    );
    expect(judged('O(n) first value, O(1) per value, O(h) space', eager).line).toMatch(
      /space O\(h\) is too optimistic: what it holds grows like n$/,
    );
  });

  test("a first value's reads that fail log n are held against n where their series grew like it", () => {
    /** The eager results, its log n check's failing series drawn from reads(n) at 2^8, 2^12, 2^16. */
    const eagerReading = (reads: (n: number) => number): TierResult[] => {
      const [lazy, space] = eager;
      const points = [1 << 8, 1 << 12, 1 << 16].map((x) => ({ x, y: reads(x) }));
      const plot = { position: 'nearMin', x: 'n', y: 'reads', points, words: '', judged: true };
      const [log, ...rest] = lazy.checks;
      return [{ ...lazy, checks: [{ ...log, plots: [plot] }, ...rest] } as TierResult, space];
    };
    // Every node read before the first value: √n and log² n are refuted; n and above stand.
    const wholeTree = eagerReading((n) => 3 * n);
    expect(judged('O(sqrt n) first value, O(1) per value, O(n) space', wholeTree)).toMatchObject({
      verdict: 'optimistic',
      line: expect.stringContaining('reads grow like n or faster at a small k'),
    });
    expect(judged('O(log^2 n) first value, O(1) per value, O(n) space', wholeTree).verdict).toBe(
      'optimistic',
    );
    expect(judged('O(n) first value, O(1) per value, O(n) space', wholeTree).verdict).toBe(
      'matches',
    );
    // n + √n (falling a node), and the slower side's nearest, n / log n: as before, only "faster
    // than log n", which refutes nothing above log² n.
    const nearlyN = eagerReading((n) => 3 * n + 3 * Math.sqrt(n));
    expect(judged('O(sqrt n) first value, O(1) per value, O(n) space', nearlyN).verdict).toBe(
      'optimistic',
    );
    const nOverLog = eagerReading((n) => (3 * n) / Math.log2(n));
    expect(judged('O(sqrt n) first value, O(1) per value, O(n) space', nOverLog)).toMatchObject({
      verdict: 'matches',
      line: expect.stringContaining('faster than log n at a small k'),
    });
  });

  test("a loose claim is told the tight class in closestFirst's own form", () => {
    expect(judged('O(h) first value, O(h) per value, O(h) space', twoStacks).line).toContain(
      'their tight class is O(log n) first value, O(1) per value',
    );
  });

  test("one bound for all k values is repeated as written and asked for in closestFirst's form", () => {
    expect(judged('O(log n + k) time, O(h) space', twoStacks)).toMatchObject({
      stated: 'O(log n + k) time, O(h) space',
      verdict: 'none',
      line: expect.stringMatching(
        /^O\(log n \+ k\) time, O\(h\) space: it says nothing of each value after it; write it like `\/\/ complexity: O\(h\) first value, O\(1\) amortised per value, O\(h\) space`/,
      ),
    });
  });

  test('a worst case per value is not judged: the reads measure values over many', () => {
    const claim = judged('O(h) first value, O(h) per value worst case, O(h) space', twoStacks);
    expect(claim).toMatchObject({
      stated: 'O(h) first value, O(h) worst case per value',
      verdict: 'none',
      line: expect.stringMatching(
        /^O\(h\) first value, O\(h\) worst case per value: the tiers measure what values cost over many of them \(amortised\), not one value's worst case: .*; their class is O\(log n\) first value, O\(1\) per value;/,
      ),
    });
    // Below the mean measured, a worst case is refuted all the same.
    expect(
      judged('O(1) first value, O(1) per value worst case, O(h) space', twoStacks).verdict,
    ).toBe('optimistic');
  });

  test('the card repeats a bound as it was written: "amortised" (or "on average") stays', () => {
    expect(
      judged('O(h) first value, O(1) amortised per value, O(h) space', twoStacks),
    ).toMatchObject({
      stated: 'O(h) first value, O(1) amortised per value',
      line: expect.stringMatching(/^O\(h\) first value, O\(1\) amortised per value matches: /),
    });
    expect(judged('O(h) for the first, then amortized O(1) per next', twoStacks).stated).toBe(
      'O(h) first value, O(1) amortized per value',
    );
    expect(judged('O(h) first value, O(1) per value, O(h) space', twoStacks).stated).toBe(
      'O(h) first value, O(1) per value',
    );
  });

  test('a missing half is asked for in its own form', () => {
    const claim = judged('O(h) first value, O(1) per value', twoStacks);
    expect(claimStep(claim)).toBe(
      'add the space half to your claim: `// complexity: O(h) first value, O(1) per value, O(...) space`.',
    );
    expect(claimStep(judgeClaim('', twoStacks, 'closestFirst'))).toBe(
      'say what your code costs, time and space: `// complexity: O(...) first value, O(...) per value, O(...) space`.',
    );
  });
});

describe("ClosestIndex's claim: build, query and what the index keeps", () => {
  const SIZES = [1 << 8, 1 << 12, 1 << 16, 1 << 17];
  /** The build tier as linear's checks on the constructor's reads, a law of n per series. */
  const build = (law: (n: number) => number, passed = true): TierResult => ({
    id: 'build',
    passed,
    figure: '',
    checks: [
      {
        name: 'the build: reads grow linearly with n',
        passed,
        kind: passed ? undefined : 'growth',
        plots: [
          {
            position: 'nearMin',
            x: 'n',
            y: 'reads',
            judged: true,
            words: '',
            points: SIZES.map((n) => ({ x: n, y: Math.round(law(n)) })),
          },
        ],
      },
    ],
  });
  /** The query tier: the clock's check, then optimal's checks on the reads, not run if it failed. */
  const query = (reads: TierResult[], clock: Partial<CheckResult>): TierResult => {
    const timed: CheckResult = { name: 'CPU time per query', passed: true, ...clock };
    const rest = reads
      .find((r) => r.id === 'optimal')!
      .checks.map((check) =>
        timed.passed ? check : { ...check, passed: false, notRun: true as const },
      );
    const checks = [timed, ...rest];
    return { id: 'query', passed: checks.every((c) => c.passed), checks, figure: '' };
  };
  const space = (likeN: boolean | null, failed = false): TierResult => ({
    id: 'space',
    passed: !failed,
    figure: '',
    checks: [
      failed
        ? { name: 'space', passed: false, kind: 'growth', figure: 'it keeps 171 B more a query' }
        : {
            name: 'space',
            passed: true,
            ...(likeN === null ? {} : { kept: { likeN, sizes: [] } }),
          },
    ],
  });
  const lg = Math.log2;
  const sortedArray = [build((n) => 3 * n), query(TWO_STACKS, { cpuGrowth: 1.5 }), space(true)];
  const keepsRoot = [build(() => 0), query(TWO_STACKS, {}), space(false)];
  const sortPerQuery = [
    build((n) => 3 * n),
    query(TWO_STACKS, { passed: false, kind: 'growth', cpuGrowth: 1943 }),
    space(true),
  ];
  const walkPerQuery = [build(() => 0), query(FULL_WALK, {}), space(false)];
  const judged = (line: string, results: TierResult[]) =>
    judgeClaim(`// complexity: ${line}\n`, results, 'index');

  test('the halves are read by their labels, or in order', () => {
    expect(
      readIndexClaims('// complexity: O(n) build, O(log n + k) per query, O(n) space\n'),
    ).toEqual({ build: 'O(n)', query: 'O(log n + k)', space: 'O(n)' });
    expect(readIndexClaims('// complexity: O(log n + k) each query, O(n) to construct\n')).toEqual({
      build: 'O(n)',
      query: 'O(log n + k)',
      space: null,
    });
    expect(readIndexClaims('// complexity: O(n), O(log n + k), O(n)\n')).toEqual({
      build: 'O(n)',
      query: 'O(log n + k)',
      space: 'O(n)',
    });
  });

  test.each([
    ['O(n) build, O(log n + k) per query, O(n) space', sortedArray, 'matches'],
    // A sort of the values in the build: one log factor of work off the tree.
    ['O(n log n) build, O(log n + k) per query, O(n) space', sortedArray, 'matches'],
    ['O(1) build, O(log n + k) per query, O(n) space', sortedArray, 'optimistic'],
    ['O(n) build, O(log n + k) per query, O(1) space', sortedArray, 'optimistic'],
    // A query that reads no node: the clock tells O(log n + k) from a scan, nothing closer.
    ['O(n) build, O(log n) per query, O(n) space', sortedArray, 'optimistic'],
    ['O(n) build, O(n) per query, O(n) space', sortedArray, 'pessimistic'],
    ['O(n) build, O(n log n) per query, O(n) space', sortPerQuery, 'matches'],
    ['O(n) build, O(log n + k) per query, O(n) space', sortPerQuery, 'optimistic'],
    ['O(1) build, O(log n + k) per query, O(h) space', keepsRoot, 'matches'],
    ['O(1) build, O(log n + k) per query, O(1) space', keepsRoot, 'matches'],
    ['O(n) build, O(log n + k) per query, O(h) space', keepsRoot, 'pessimistic'],
    ['O(1) build, O(log n + k) per query, O(n) space', keepsRoot, 'pessimistic'],
    ['O(1) build, O(k log n) per query, O(h) space', keepsRoot, 'pessimistic'],
    ['O(1) build, O(n) per query, O(1) space', walkPerQuery, 'matches'],
    ['O(1) build, O(log n + k) per query, O(1) space', walkPerQuery, 'optimistic'],
  ])('%s, measured as %#: %s', (line, results, verdict) => {
    expect(judged(line, results).overall).toBe(verdict);
  });

  test('a query timed by the clock: like n from ×200 its growth, and O(k) is not confirmed', () => {
    const scan = [
      build((n) => 3 * n),
      query(TWO_STACKS, { passed: false, kind: 'growth', cpuGrowth: 499 }),
      space(true),
    ];
    const perQuery = (half: string, results: TierResult[]) =>
      judged(`O(n) build, ${half} per query, O(n) space`, results);
    expect(perQuery('O(sqrt n)', scan)).toMatchObject({
      verdict: 'optimistic',
      line: expect.stringContaining('like n or faster (a √n walk shows ×7 to ×12)'),
    });
    // Like n or faster: n is not refuted, nor confirmed (a sort per query is n log n).
    expect(perQuery('O(n)', scan).line).toMatch(
      /O\(n\) per query matches: .*; the tiers tell no closer/,
    );
    // √n blocks (×12 measured) are more than log n + k, nothing closer: √n is not refuted.
    const blocks = [
      build((n) => 3 * n),
      query(TWO_STACKS, { passed: false, kind: 'growth', cpuGrowth: 12 }),
      space(true),
    ];
    expect(perQuery('O(sqrt n)', blocks).verdict).toBe('matches');
    // The clock cannot tell O(k) from O(log n + k): not refuted, and the line says no more.
    expect(perQuery('O(k)', sortedArray).line).toMatch(
      /O\(k\) per query matches: .*; the tiers tell no closer/,
    );
  });

  test('what the index keeps, like n: more than n is not tight, less is too optimistic', () => {
    const claimed = (half: string) =>
      judged(`O(n) build, O(log n + k) per query, ${half} space`, sortedArray);
    expect(claimed('O(n^2)').space.verdict).toBe('pessimistic');
    expect(claimed('O(n^2)').line).toContain(
      'space O(n^2) is true but not tight: what the index keeps grows like n; the tight class is O(n)',
    );
    expect(claimed('O(n log n)').space.verdict).toBe('matches');
    expect(claimed('O(sqrt n)').space.verdict).toBe('optimistic');
    expect(claimed('O(sqrt n)').line).toContain(
      'space O(sqrt n) is too optimistic: what the index keeps grows like n',
    );
  });

  test('the card repeats each half as it was written, "amortised" included', () => {
    const claim = judged('O(n) build, O(log n + k) amortised per query, O(n) space', sortedArray);
    expect(claim.stated).toBe('O(n) build, O(log n + k) amortised per query');
    expect(claim.line).toContain('O(log n + k) amortised per query matches');
  });

  test('a claim above the reads leaves room for work off the tree; one above the clock does not', () => {
    // A build that splices each value into place reads each node once and moves Θ(n²) values.
    const splices = judged('O(n^2) build, O(log n + k) per query, O(n) space', sortedArray).line;
    expect(splices).toContain(
      "O(n^2) build is true but not tight for the reads: the build's reads grow like n; their tight class is O(n) (only work off the tree, which reads cannot see, could make it tight",
    );
    expect(splices).not.toMatch(/; the tight class is O\(n\)/);
    // The clock sees every step of a query on arrays: what it bounds is the query's whole cost.
    const scanClaim = judged('O(n) build, O(n) per query, O(n) space', sortedArray).line;
    expect(scanClaim).toMatch(
      /O\(n\) per query is true but not tight: a query reads no node, .*; the tight class is O\(log n \+ k\) up to less than O\(n\)/,
    );
    expect(scanClaim).not.toContain('for the reads');
  });

  test("the build's reads: like n down to c·n − d·√n, slower from a path's h and √n·log n up", () => {
    const halfOf = (law: (n: number) => number) =>
      judged('O(n) build, O(log n + k) per query, O(n) space', [
        build(law),
        ...sortedArray.slice(1),
      ]).line;
    for (const law of [
      (n: number) => 3 * n,
      (n: number) => n - Math.sqrt(n),
      (n: number) => n + 5 * lg(n),
    ])
      expect(halfOf(law)).toMatch(/^O\(n\) build matches: the build's reads grow like n;/);
    for (const law of [(n: number) => 3 * lg(n), (n: number) => Math.sqrt(n) * lg(n)])
      expect(halfOf(law)).toMatch(
        /true but not tight for the reads: the build's reads grow slower than n/,
      );
    expect(halfOf(() => 0)).toMatch(
      /true but not tight for the reads: the build reads no node; their tight class is O\(1\)/,
    );
    expect(halfOf(() => 7)).toMatch(/the build's reads do not grow with n/);
  });

  test('a build that failed its tier grows faster than n: a claim of n is too optimistic', () => {
    const slowBuild = [build((n) => n * lg(n), false), ...sortedArray.slice(1)];
    expect(judged('O(n) build, O(log n + k) per query, O(n) space', slowBuild).overall).toBe(
      'optimistic',
    );
    expect(judged('O(n log n) build, O(log n + k) per query, O(n) space', slowBuild).overall).toBe(
      'matches',
    );
  });

  test('what the index keeps: like n from 8 B and 4 B a node added, not from the root kept', () => {
    const kept = (perNode: number, wobble = 0) =>
      keptGrowth(
        { n: 1 << 12, bytes: 5_000 + perNode * (1 << 12) + wobble },
        {
          n: 1 << 14,
          bytes: 5_000 + perNode * (1 << 14) - wobble,
        },
      );
    // An array of the values, an Int32Array of them: like n, ×2 and more above the limit.
    expect(kept(8)).toMatchObject({ likeN: true });
    expect(kept(4)).toMatchObject({ likeN: true });
    expect(kept(LIKE_N_BYTES_PER_NODE / 2)).toMatchObject({ likeN: false });
    // The root kept, with V8's few KB wobbling by up to 0.4 B a node added (the most measured):
    // slower than n, by a margin of ×5.
    for (const wobble of [-2_457, 2_457]) expect(kept(0, wobble)).toMatchObject({ likeN: false });
    expect(Math.abs(kept(0, -2_457).perAdded) * 5).toBeLessThanOrEqual(LIKE_N_BYTES_PER_NODE);
  });

  test('memory that grows with the queries fails any claim but one above n', () => {
    const history = [...sortedArray.slice(0, 2), space(null, true)];
    expect(judged('O(n) build, O(log n + k) per query, O(n) space', history).space.verdict).toBe(
      'optimistic',
    );
    expect(judged('O(n) build, O(log n + k) per query, O(n^2) space', history).space.verdict).toBe(
      'matches',
    );
  });

  test('a missing half is asked for in its own form', () => {
    expect(claimStep(judged('O(n) build, O(log n + k) per query', sortedArray))).toBe(
      'add the space half to your claim: `// complexity: O(n) build, O(log n + k) per query, O(...) space`.',
    );
    expect(claimStep(judgeClaim('', sortedArray, 'index'))).toBe(
      'say what your code costs, time and space: `// complexity: O(...) build, O(...) per query, O(...) space`.',
    );
    expect(judged('O(log n + k) per query', sortedArray).line).toMatch(
      /^O\(\?\) build, O\(log n \+ k\) per query: not a bound/,
    );
  });

  test('a query whose clock could not measure is not judged', () => {
    const stopped = [
      sortedArray[0],
      query(TWO_STACKS, { passed: false, kind: 'outOfMemory' }),
      sortedArray[2],
    ];
    expect(judged('O(n) build, O(log n + k) per query, O(n) space', stopped)).toMatchObject({
      verdict: 'none',
    });
  });
});
