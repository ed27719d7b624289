import fc from 'fast-check';
import {
  closestK,
  describeValue,
  returnedArray,
  whyWrong,
  type Returned,
} from '../grader/validator';

const array = (items: unknown[]) => returnedArray(items);
const ascending = (values: number[]) => [...values].sort((a, b) => a - b);

/** The spec's rule, read literally: k values from the tree (as a multiset), none left out closer. */
function validByDefinition(tree: number[], target: number, k: number, answer: number[]): boolean {
  if (answer.length !== k) return false;
  const leftOut = [...tree];
  for (const value of answer) {
    const at = leftOut.indexOf(value);
    if (at === -1) return false;
    leftOut.splice(at, 1);
  }
  return leftOut.every((x) => answer.every((r) => !(Math.abs(x - target) < Math.abs(r - target))));
}

describe('closestK (one correct answer)', () => {
  test('statement example 1: [4,2,5,1,3], 3.714286, k = 2 gives 4 and 3', () => {
    expect(ascending(closestK([1, 2, 3, 4, 5], 3.714286, 2))).toEqual([3, 4]);
  });
  test('statement example 2: [1], 0, k = 1 gives 1', () => {
    expect(closestK([1], 0, 1)).toEqual([1]);
  });
  test('takes duplicates as often as they occur, and from one side when the target is outside', () => {
    expect(closestK([5, 5, 5, 9], 5.1, 3)).toEqual([5, 5, 5]);
    expect(closestK([1, 2, 3], 100, 2)).toEqual([3, 2]);
    expect(closestK([1, 2, 3], -100, 2)).toEqual([1, 2]);
  });
});

describe('whyWrong', () => {
  const tree = [1, 2, 3, 4, 5];
  test.each<[string, Returned, RegExp]>([
    [
      'undefined',
      { kind: 'other', description: describeValue(undefined) },
      /returned undefined, not an array/,
    ],
    [
      'a Promise',
      { kind: 'other', description: describeValue(Promise.resolve([])) },
      /Promise .*not be async/,
    ],
    ['too few values', array([4]), /returned 1 value, but k is 2/],
    ['no values', array([]), /returned an empty array, but k is 2/],
    ['too many values', array([4, 3, 5]), /returned 3 values, but k is 2/],
    ['a string', array(['4', 3]), /element 0 .* the string "4"/],
    ['NaN', array([4, NaN]), /element 1 .* NaN/],
    ['a hole', array([4, undefined]), /element 1 .* undefined/],
    ['a value not in the tree', array([4, 9]), /returned 9, which is not in the tree/],
    ['a value twice', array([4, 4]), /returned 4 twice, but the tree holds it once/],
    [
      'a closer value left out',
      array([4, 1]),
      /left out 3 \(distance 0\.714286\) but returned 1 \(distance 2\.71429\)/,
    ],
  ])('rejects %s with the cause named', (_, returned, reason) => {
    expect(whyWrong(tree, 3.714286, 2, returned)).toMatch(reason);
  });

  test('accepts any order and either side of a tie', () => {
    expect(whyWrong(tree, 3.714286, 2, array([3, 4]))).toBeNull();
    expect(whyWrong(tree, 3.714286, 2, array([4, 3]))).toBeNull();
    expect(whyWrong(tree, 3.5, 1, array([3]))).toBeNull();
    expect(whyWrong(tree, 3.5, 1, array([4]))).toBeNull();
    expect(whyWrong([1, 3, 3, 5], 4, 3, array([5, 3, 3]))).toBeNull();
    expect(whyWrong([1, 3, 3, 5], 4, 3, array([3, 5, 3]))).toBeNull();
  });

  test('a duplicate may be returned as often as the tree holds it, but a closer copy may not be left out', () => {
    expect(whyWrong([2, 5, 5, 8], 5, 2, array([5, 5]))).toBeNull();
    expect(whyWrong([2, 5, 5, 8], 5, 2, array([5, 2]))).toMatch(/left out 5 .* returned 2/);
  });

  test('describes hostile values without running their code', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(describeValue(proxy)).toBe('a value that cannot be inspected');
    class TreeNode {
      val = 1;
    }
    expect(describeValue(new TreeNode())).toMatch(/tree node \(return node.val/);
  });

  test('agrees with the literal definition on random trees, targets and answers', () => {
    const caseArb = fc
      .record({
        tree: fc.array(fc.integer({ min: -6, max: 6 }), { minLength: 1, maxLength: 12 }),
        target: fc.integer({ min: -32, max: 32 }).map((q) => q / 4),
        kPick: fc.nat(),
        picks: fc.array(fc.nat(), { maxLength: 14 }),
        stranger: fc.option(fc.integer({ min: -8, max: 8 }), { freq: 4 }),
      })
      .map(({ tree, target, kPick, picks, stranger }) => {
        const k = 1 + (kPick % tree.length);
        // Mostly answers drawn from the tree (a sub-multiset), sometimes with a stranger mixed in.
        const pool = [...tree];
        const answer = picks.slice(0, k).map((p) => pool.splice(p % pool.length, 1)[0] ?? 0);
        if (stranger !== null) answer[0] = stranger;
        return { tree, target, k, answer };
      });
    let valid = 0;
    fc.assert(
      fc.property(caseArb, ({ tree, target, k, answer }) => {
        const expected = validByDefinition(tree, target, k, answer);
        if (expected) valid++;
        expect(whyWrong(ascending(tree), target, k, array(answer)) === null).toBe(expected);
      }),
      { numRuns: 3000, seed: 7 },
    );
    expect(valid).toBeGreaterThan(100); // the property saw valid answers, not only invalid ones
  });
});
