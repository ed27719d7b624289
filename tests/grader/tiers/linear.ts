import {
  exponentWords,
  perNode,
  perNodeRise,
  perSixteenfold,
  power,
  rises,
  seriesTable,
  superlinearWords,
  type Point,
} from '../growth';
import { POSITION_WORDS, type Position } from '../workloads';
import { growthCheck } from './growthCheck';
import { worstFigure, type Check, type Tier } from './tier';

/*
 * linear: reads per node must level off as n grows on balanced trees. An O(n) solution, Morris
 * included, keeps them flat or falling; an n log n or n·h reading pattern raises them by a
 * constant step per doubling of n; n² multiplies them. k = 1 with the target near either end, then
 * k = √n, so that "one pass over the tree per answer" (O(n·k)) shows up too.
 */

/**
 * ×16 steps from 2^8 (where even n² finishes its first call) to 2^16, the range in which a hybrid
 * may switch strategy; then one doubling more, the last step, which alone gives the verdict.
 */
const SIZES = [1 << 8, 1 << 12, 1 << 16, 1 << 17];

/**
 * Largest tolerated rise of reads per node in the last step (2^16 to 2^17), stated per ×16 step of
 * n (growth.ts perSixteenfold). Read counts are exact, and by 2^16 every honest O(n) law has
 * settled: its lower-order terms are gone, and a switch of strategy inside the range is behind it.
 * A law whose per-node cost still rises there by a steady amount per doubling (n + ε·n log n) is
 * superlinear, however small ε.
 * Honest side: c·n − d·√n with d ≤ c rises ×1.0046 (0.11% a doubling); c·n + lower-order terms
 * fall; a hybrid that switches to O(n) anywhere below 2^16 is flat. Margin: 2.6× in the excess
 * over 1 (the score below).
 * Failing side: n + ε·n log n rises (1 + ε/(1 + 16ε))^4: ε = 1/64 gives ×1.051 (margin 4.2×),
 * n log n ×1.27, 10n + n log n ×1.16; the resolution ends at ε ≈ 1/300 (×1.012).
 */
export const MAX_PER_NODE_RISE = 1.012;

/**
 * The ×16 steps before the last fail early above this, twice in a row: a·n + c·n log n with
 * a ≤ 10c rises ×1.18 or more in each; honest laws ×1.05 at most (c·n − d·√n at 2^8).
 */
const EARLIER_PER_NODE_RISE = 1.08;

/** How far past the limit a rise is, as a score: its excess over 1 against the limit's. */
const excessScore = (rise: number) => (rise - 1) / (MAX_PER_NODE_RISE - 1);

const risePerSixteenfold = perSixteenfold(perNodeRise);

/**
 * How reads grow, from how reads per node rose over a ×16 step of n (reads ~ n^e with e = 1 +
 * log2(rise) / 4): a passing rise is not always "like n", since reads per node that fall say
 * reads grow slower (0.38 → 0.01 a node is a walk of a path and k nodes).
 */
export function perNodeWords(rise: number): string {
  if (rise > MAX_PER_NODE_RISE) return superlinearWords(rise, 4);
  return exponentWords(1 + Math.log2(rise) / 4);
}

const perNodeFigure = { label: 'per node', of: perNode };

/**
 * How reads per node moved, step by step, and what the last step makes of the reads. "Changed":
 * a step before the last may have fallen (×0.50), which "rose" would contradict.
 */
export function perNodeStory(points: readonly Point[], steps: readonly number[]): string {
  const last = points[points.length - 1];
  return (
    `Reads per node should level off as n grows; yours changed ${rises(steps)} (per 16-fold ` +
    `growth of n) up to n = ${power(last.n)}: its last step grows ${perNodeWords(steps[steps.length - 1])}.`
  );
}

function linearCheck(
  position: Position,
  kLabel: string,
  kFor: (n: number) => number,
  name = `target ${POSITION_WORDS[position]}, k = ${kLabel}: reads grow linearly with n`,
): Check {
  const spec = {
    position,
    at: SIZES.map((n) => ({ n, k: kFor(n) })),
    family: { targets: 1, ks: 1 },
    x: 'n' as const,
  };
  return growthCheck(name, [spec], {
    statistic: risePerSixteenfold,
    limit: MAX_PER_NODE_RISE,
    earlierLimit: EARLIER_PER_NODE_RISE,
    score: excessScore,
    plot: { words: (_, steps) => perNodeWords(steps[steps.length - 1]) },
    figure: (points) =>
      `reads per node ${points.map((p) => perNode(p).toFixed(2)).join(' → ')} at n = ${points
        .map((p) => power(p.n))
        .join(', ')}`,
    explain: (points, steps) => {
      return [
        perNodeStory(points, steps),
        seriesTable(points, perNodeFigure),
        'Read each node a bounded number of times: no search from the root per node, no full pass per answer.',
      ].join('\n');
    },
  });
}

export const linear: Tier = {
  id: 'linear',
  summary: 'O(n) reads at most',
  laterChecksForTheClaim: true,
  checks: () => [
    linearCheck('nearMin', '1', () => 1),
    linearCheck('nearMax', '1', () => 1),
    linearCheck('middle', '√n', (n) => Math.round(Math.sqrt(n))),
  ],
  passedFigure: worstFigure,
};

/**
 * ClosestIndex's build tier: linear's check on the constructor's reads, which take no target and
 * no k (the first query that follows is not counted): one series says it all.
 */
export const linearBuild: Tier = {
  id: 'linear',
  summary: 'O(n) reads at most',
  checks: () => [linearCheck('nearMin', '1', () => 1, 'the build: reads grow linearly with n')],
  passedFigure: worstFigure,
};
