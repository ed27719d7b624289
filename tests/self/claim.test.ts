import { judgeClaim, parseClaim, readClaim, type ClaimVerdict } from '../grader/claim';
import type { CheckResult, TierId, TierResult } from '../grader/tiers/tier';

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
  });

  test.each(['O(fast)', 'O(n +)', 'O(log)', 'O(m)', 'linear'])(
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
  perK?: boolean;
  /** The large-k check's failed score: ×16 for a walk of the whole tree, ×1.24 for a search. */
  largeK?: 'walk' | 'search';
  kCurve?: boolean;
  readsNeedK?: boolean;
}): TierResult[] {
  const check = (passed: boolean, score = 0.8): CheckResult => ({
    name: 'a check',
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
    tier('linear', [check(shape.linear)]),
    tier('sublinear', [check(shape.sublinear)]),
    tier('optimal', [
      check(shape.logN),
      check(shape.perK ?? true),
      shape.largeK === undefined
        ? check(true)
        : check(false, shape.largeK === 'walk' ? 16 / 1.12 : 1.24 / 1.12),
      check(shape.kCurve ?? true, shape.readsNeedK === false ? 0 : 0.8),
    ]),
  ];
}

const TWO_STACKS = measured({ linear: true, sublinear: true, logN: true });
const SEARCH_PER_VALUE = measured({ linear: true, sublinear: true, logN: true, perK: false });
const FULL_WALK = measured({
  linear: true,
  sublinear: false,
  logN: false,
  readsNeedK: false,
});
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

describe('judging a claim', () => {
  test.each<[string, TierResult[], string, ClaimVerdict]>([
    ['two stacks', TWO_STACKS, 'O(log n + k)', 'matches'],
    ['two stacks', TWO_STACKS, 'O(h + k)', 'matches'],
    ['two stacks', TWO_STACKS, 'O(k log n)', 'matches'], // more by a log factor: may be unseen work
    ['two stacks', TWO_STACKS, 'O(n)', 'pessimistic'],
    ['two stacks', TWO_STACKS, 'O(k)', 'optimistic'], // at k = 1 it still reads log n
    ['two stacks', TWO_STACKS, 'O(log n)', 'optimistic'],
    ['a search per value', SEARCH_PER_VALUE, 'O(k log n)', 'matches'],
    ['a search per value', SEARCH_PER_VALUE, 'O(log n + k)', 'optimistic'],
    ['a search per value', SEARCH_PER_VALUE, 'O(n)', 'optimistic'], // k near n: n log n
    ['a full walk', FULL_WALK, 'O(n)', 'matches'],
    ['a full walk', FULL_WALK, 'O(n log k)', 'matches'], // a heap's log k: work off the tree
    ['a full walk', FULL_WALK, 'O(n + k log k)', 'matches'],
    ['a full walk', FULL_WALK, 'O(n^2)', 'pessimistic'],
    ['a full walk', FULL_WALK, 'O(log n + k)', 'optimistic'],
    ['two stacks, a full walk for large k', HYBRID_WALK_FOR_LARGE_K, 'O(n)', 'matches'],
    ['two stacks, a full walk for large k', HYBRID_WALK_FOR_LARGE_K, 'O(log n + k)', 'optimistic'],
    [
      'two stacks, a search per value for large k',
      HYBRID_SEARCH_FOR_LARGE_K,
      'O(k log n)',
      'matches',
    ],
    [
      'two stacks, a search per value for large k',
      HYBRID_SEARCH_FOR_LARGE_K,
      'O(log n + k)',
      'optimistic',
    ],
    ['a heap of nodes', HEAP_OF_NODES, 'O(log n + k log k)', 'matches'],
    ['a heap of nodes', HEAP_OF_NODES, 'O(log n + k)', 'optimistic'],
  ])('%s, claiming %s: %s', (_, results, stated, verdict) => {
    const claim = judgeClaim(`// complexity: ${stated}`, results);
    expect(claim).toMatchObject({ stated, verdict });
  });

  test('the card line names the measurement behind a miss', () => {
    expect(judgeClaim('// complexity: O(log n + k)', FULL_WALK).line).toMatch(
      /too optimistic: reads grow like n at a small k, not with k/,
    );
  });

  test('a claim the reads cannot check, or none at all, says why', () => {
    const broken = measured({ linear: true, sublinear: false, logN: false });
    broken[1].checks[0].kind = 'wrongAnswer';
    expect(judgeClaim('// complexity: O(n)', broken)).toMatchObject({
      verdict: 'none',
      line: expect.stringMatching(/not checked, sublinear could not measure: wrong answer/),
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
});
