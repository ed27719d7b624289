import type { TreeNode } from '../../kata/TreeNode';
import { exponent, logDegree, superlinearWords } from '../grader/growth';
import type { Solution } from '../grader/solution';
import { runTier } from '../grader/tiers/index';
import type { TierId } from '../grader/tiers/tier';
import { closestK } from '../grader/validator';
import { CountingNode } from '../grader/countingTree';
import { evenValues } from '../grader/generators';

/*
 * The classifier judged directly: synthetic solutions read the tree exactly f(n, k) times and
 * then return a correct answer, for growth laws of every kind and with constant factors from
 * 1/2 to 100. The verdicts must follow the law, never the constant.
 */

// The trees are balanced trees of evenValues(n): n, counted without reads, gives their values.
const sortedByRoot = new WeakMap<object, { n: number; sorted: readonly number[] }>();
function treeOf(root: CountingNode) {
  let tree = sortedByRoot.get(root);
  if (!tree) {
    let n = 0;
    for (const stack = [root]; stack.length > 0; n++)
      stack.push(...CountingNode.children(stack.pop()!));
    tree = { n, sorted: evenValues(n) };
    sortedByRoot.set(root, tree);
  }
  return tree;
}

function synthetic(readsFor: (n: number, k: number) => number): Solution {
  return {
    file: 'synthetic.ts',
    fn: (root: TreeNode | null, target: number, k: number) => {
      const { n, sorted } = treeOf(root as unknown as CountingNode);
      for (let i = Math.round(readsFor(n, k)); i > 0; i--) void root!.val;
      return closestK(sorted, target, k);
    },
  };
}

const lg = Math.log2;
type Verdicts = [linear: string, sublinear: string, optimal: string];

const LAWS: [string, (n: number, k: number) => number, Verdicts][] = [
  ['3n', (n) => 3 * n, ['pass', 'growth', 'growth']],
  ['100n', (n) => 100 * n, ['pass', 'growth', 'growth']],
  ['n/2 + 40 (reads falling per node)', (n) => n / 2 + 40, ['pass', 'growth', 'growth']],
  ['n log n', (n) => n * lg(n), ['growth', 'growth', 'growth']],
  ['5n + n log n', (n) => 5 * n + n * lg(n), ['growth', 'growth', 'growth']],
  ['n^2', (n) => n * n, ['growth', 'growth', 'growth']],
  ['n·k', (n, k) => n * k, ['growth', 'growth', 'growth']],
  ['3 log n + 2k', (n, k) => 3 * lg(n) + 2 * k, ['pass', 'pass', 'pass']],
  ['50 (log n + k)', (n, k) => 50 * (lg(n) + k), ['pass', 'pass', 'pass']],
  ['(log n + k) / 2', (n, k) => (lg(n) + k) / 2, ['pass', 'pass', 'pass']],
  ['3k log n', (n, k) => 3 * k * lg(n), ['pass', 'pass', 'growth']],
  ['30k log n', (n, k) => 30 * k * lg(n), ['pass', 'pass', 'growth']],
  ['4√n + k', (n, k) => 4 * Math.sqrt(n) + k, ['pass', 'pass', 'growth']],
  ['log² n + 2k', (n, k) => lg(n) ** 2 + 2 * k, ['pass', 'pass', 'growth']],
  ['3 log n + 2k log k', (n, k) => 3 * lg(n) + 2 * k * lg(k + 1), ['pass', 'pass', 'growth']],
  ['3 log n + k²', (n, k) => 3 * lg(n) + k * k, ['pass', 'pass', 'growth']],
];

const verdict = (id: TierId, solution: Solution) => {
  const result = runTier(id, solution, 272);
  return result.passed ? 'pass' : (result.kind ?? 'fail');
};

describe('growth classifier', () => {
  test.each(LAWS)('reads ~ %s: linear, sublinear, optimal', (_, law, expected) => {
    const solution = synthetic(law);
    expect([
      verdict('linear', solution),
      verdict('sublinear', solution),
      verdict('optimal', solution),
    ]).toEqual(expected);
  });

  test('exponents and degrees read off two points', () => {
    expect(exponent({ n: 1024, reads: 1024 }, { n: 4096, reads: 4096 })).toBeCloseTo(1);
    expect(exponent({ n: 1024, reads: 10 }, { n: 4096, reads: 20 })).toBeCloseTo(0.5);
    expect(logDegree({ n: 2 ** 10, reads: 10 }, { n: 2 ** 20, reads: 20 })).toBeCloseTo(1);
    expect(logDegree({ n: 2 ** 10, reads: 100 }, { n: 2 ** 20, reads: 400 })).toBeCloseTo(2);
    expect(superlinearWords(1.5, 6)).toBe('like n log n');
    expect(superlinearWords(4, 2)).toBe('like n^2.0');
  });
});
