import { buildTree } from '../../../kata/TreeNode';
import {
  balanced,
  evenValues,
  inserted,
  path,
  seededRandom,
  randomInt,
  type Lean,
} from '../generators';
import { fromTreeNode, type Shape } from '../shape';
import { caseCheck, type Case } from './caseCheck';
import type { Tier } from './tier';

/*
 * edge: named corner cases, each a check of its own so the learner sees which corner broke.
 * Trees stay small (paths of 50 nodes): recursion depth is the `deep` tier's business.
 */

const ascending = (values: number[]) => [...values].sort((a, b) => a - b);
const bal = (values: number[]) => balanced(ascending(values));
const tree = (levelOrder: (number | null)[]) => fromTreeNode(buildTree(levelOrder)!);

/** Random insertion order and random sides for equal values, from a fixed seed. */
function scrambled(values: number[], seed: number): Shape {
  const random = seededRandom(seed);
  const order = [...values];
  for (let i = order.length - 1; i > 0; i--) {
    const j = randomInt(random, 0, i);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const sides = order.map(() => random() < 0.5);
  return inserted(order, (i) => sides[i]);
}

function randomValues(count: number, min: number, max: number, seed: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => randomInt(random, min, max));
}

function cases(shape: Shape, description: string, targets: number[], ks: number[]): Case[] {
  return targets.flatMap((target) => ks.map((k) => ({ shape, target, k, description })));
}

const statement = tree([4, 2, 5, 1, 3]);
const evens15 = bal(evenValues(15));
const scattered = scrambled(randomValues(20, 0, 50, 11), 12);
const lowDuplicates = scrambled([5, 3, 8, 3, 4, 9, 3, 3], 13);
const highDuplicates = scrambled([5, 9, 8, 9, 4, 9, 1, 9], 14);
const paths = (['left', 'right', 'zigzag'] as Lean[]).map((lean) => ({
  lean,
  shape: path(evenValues(50), lean),
}));
const B = 1e9;
/**
 * Values across ±10^9 and targets with many decimals: value − target is rounded in floating point,
 * so code that returns target + (value − target) instead of the value itself gives numbers that are
 * not in the tree. The distances stay far apart (10^5 and more), so no rounding a solution's own
 * arithmetic may do can turn one into a tie.
 */
const spread = scrambled(randomValues(20, -B, B, 43), 44);

export const edge: Tier = {
  id: 'edge',
  summary: 'corner cases',
  checks: () => [
    caseCheck('target below the minimum', () => [
      ...cases(evens15, 'balanced', [-100, -15.5], [1, 3, 15]),
      ...cases(scattered, 'random', [-0.5, -B], [1, 4]),
      ...cases(lowDuplicates, 'the minimum occurs four times', [1, 2.5], [3, 4, 5]),
    ]),
    caseCheck('target above the maximum', () => [
      ...cases(evens15, 'balanced', [100, 13.5], [1, 3, 15]),
      ...cases(scattered, 'random', [50.5, B], [1, 4]),
      ...cases(highDuplicates, 'the maximum occurs four times', [12, 9.5], [3, 4, 5]),
    ]),
    caseCheck('k = n', () => [
      ...cases(evens15, 'balanced', [0, -100, 100, 3.25], [15]),
      ...cases(lowDuplicates, 'duplicates', [4, 100], [8]),
      ...cases(paths[0].shape, 'left-leaning path', [0.5], [50]),
      ...cases(tree([7]), 'one node', [7], [1]),
    ]),
    caseCheck('k = 1', () => [
      ...cases(statement, 'from the statement', [2.5, 4, 0, 3.6, 100], [1]),
      ...cases(scattered, 'random', [17, 25.5, 33.25], [1]),
    ]),
    caseCheck('one node', () => [
      ...cases(tree([7]), 'one node', [-3, 7, 7.5, B], [1]),
      ...cases(tree([0]), 'one node', [-0.5, 0], [1]),
      ...cases(tree([-B]), 'one node', [B, -B], [1]),
    ]),
    caseCheck('all values equal', () =>
      [1, 2, 5, 9].flatMap((n) => {
        const fives = Array<number>(n).fill(5);
        return [
          ...cases(scrambled(fives, n), 'all 5', [5, -2, 12.5], [1, Math.ceil(n / 2), n]),
          ...cases(path(fives, 'left'), 'all 5, left-leaning', [5, 4.5], [1, n]),
          ...cases(path(fives, 'right'), 'all 5, right-leaning', [5, 5.5], [1, n]),
        ];
      }),
    ),
    caseCheck('duplicates around the target', () => [
      ...cases(scrambled([1, 2, 4, 4, 4, 4, 6, 7, 9], 21), 'four 4s', [4.4, 4, 3.5], [3, 4, 5, 6]),
      ...cases(
        scrambled([3, 3, 5, 5, 5, 7, 7], 22),
        'duplicates on both sides',
        [5, 6, 4],
        [2, 4, 5],
      ),
      ...cases(bal([3, 3, 5, 5, 5, 7, 7]), 'balanced, duplicates', [6, 5.5], [2, 3, 6]),
      ...cases(
        tree([5, 5, 5, 5, null, null, 5]),
        'duplicates hanging on both sides',
        [5, 6],
        [2, 5],
      ),
    ]),
    // A binary search for the window's start (LeetCode 658's) that compares distances strictly
    // stops at the wrong copy here: [1,1,1,2] with the target 5 gives 1 instead of 2.
    caseCheck('duplicates at the far end from a target outside the values', () => [
      ...cases(bal([1, 1, 1, 2]), 'the minimum three times, the target above', [5, 2.5], [1, 2]),
      ...cases(bal([1, 2, 2, 2]), 'the maximum three times, the target below', [-2, 0.5], [1, 2]),
      ...cases(
        scrambled([3, 3, 3, 3, 7, 8], 23),
        'the minimum four times, the target above',
        [12, 100],
        [1, 2, 3],
      ),
      ...cases(
        scrambled([-8, -7, 0, 0, 0, 0], 24),
        'the maximum four times, the target below',
        [-12, -100],
        [1, 2, 3],
      ),
    ]),
    caseCheck('target equal to a value', () => [
      ...cases(statement, 'from the statement', [3, 1, 5], [1, 3]),
      ...cases(scattered, 'random', [...new Set(randomValues(20, 0, 50, 11))].slice(0, 4), [1, 2]),
      ...cases(lowDuplicates, 'duplicates', [3, 8], [1, 2, 4]),
    ]),
    caseCheck('target exactly between two values', () => [
      ...cases(tree([1, null, 3]), 'two nodes', [2], [1]),
      ...cases(tree([20, 10]), 'two nodes', [15], [1, 2]),
      ...cases(evens15, 'balanced, every target a tie', [-13, -1, 1, 11], [1, 2, 4, 7]),
      ...cases(statement, 'from the statement', [2.5, 3.5, 4.5], [1, 2]),
    ]),
    caseCheck('a target a hair off the midpoint of two values', () => [
      // 3.5000000001: 4 is 0.4999999999 away, 3 is 0.5000000001 away; not a tie.
      ...cases(statement, 'from the statement', [3.5 + 1e-10, 3.5 - 1e-10, 1.5 + 1e-10], [1, 2]),
      ...cases(statement, 'from the statement', [4.5 - 4e-11, 2.5 + 4e-11], [1, 3]),
      ...cases(evens15, 'balanced', [0 + 1e-10, 0 - 1e-10, -8 + 1e-10, 12 - 1e-10], [1, 2, 5]),
      ...cases(
        bal([3, 3, 4, 4]),
        'duplicates on both sides',
        [3.5 + 1e-10, 3.5 - 1e-10],
        [1, 2, 3],
      ),
    ]),
    caseCheck('extreme values (-10^9 and 10^9)', () => [
      ...cases(tree([0, -B, B]), '±10^9', [-B, B, 0], [1, 2, 3]),
      ...cases(bal([-B, -B + 1, B - 1, B]), 'both ends', [-B, B, -B + 0.5, B - 0.5], [1, 2, 3]),
      ...cases(path([-B, -B, 0, B, B], 'zigzag'), 'duplicated extremes', [B, -B], [1, 2, 3]),
    ]),
    caseCheck('a target with many decimals', () => [
      ...cases(statement, 'from the statement', [3.714286, 1.999999999], [1, 2, 5]),
      ...cases(
        spread,
        'values up to ±10^9',
        [252_791_755.964_524_95, -700_000_000.123_456_8, 3.714286],
        [1, 5, 10, 20],
      ),
    ]),
    caseCheck('negative values', () => [
      ...cases(
        scrambled(randomValues(25, -500, -1, 31), 32),
        'all negative',
        [-250.5, -1000, 0, -37],
        [1, 3, 8],
      ),
      ...cases(bal([-9, -7, -7, -5, -3, -3, -1]), 'negative duplicates', [-6, -3, -0.5], [1, 2, 4]),
      ...cases(bal(evenValues(31)), 'negative and positive', [-0.5, -31, -16], [2, 5]),
    ]),
    caseCheck('path-shaped trees', () =>
      paths.flatMap(({ lean, shape }) =>
        cases(
          shape,
          `${lean === 'zigzag' ? 'zigzag' : `${lean}-leaning`} path`,
          [-100, -49.5, 0.5, 47, 100],
          [1, 5, 50],
        ),
      ),
    ),
  ],
};

const EMPTY: Shape = { vals: [], left: [], right: [] };

/**
 * closestFirst's: the main kata's corners, and the empty tree its statement allows (root = null):
 * the iterator gives nothing, its first next() says done. (The main kata's n is at least 1.)
 */
export const edgeFirst: Tier = {
  ...edge,
  checks: (seed) => [
    ...edge.checks(seed),
    caseCheck('an empty tree (root = null)', () =>
      [3.5, -1e9].map((target) => ({ shape: EMPTY, target, k: 0, description: 'empty tree' })),
    ),
  ],
};
