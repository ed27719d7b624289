import { perNode, perNodeRise, power, rises, seriesTable, superlinearWords } from '../growth';
import { POSITION_WORDS, type Position } from '../workloads';
import { growthCheck } from './growthCheck';
import { worstFigure, type Check, type Tier } from './tier';

/*
 * linear: reads per node must level off as n grows on balanced trees. An O(n) solution, Morris
 * included, keeps them flat or falling; an n log n or n·h reading pattern raises them by a
 * constant step per doubling of n; n² multiplies them. k = 1 with the target near either end, then
 * k = √n, so that "one pass over the tree per answer" (O(n·k)) shows up too.
 */

/** ×16 steps: wide enough that n log n rises clearly in each; 2^8 lets even n² finish its first call. */
const SIZES = [1 << 8, 1 << 12, 1 << 16];

/**
 * Largest tolerated rise of reads per node over one ×16 step of n; a series fails only when both
 * of its steps rise more (the tail rule).
 * Honest side: O(n) with a positive lower-order term (log n, k, √n) falls per node (≤ ×1.00); a
 * hybrid that switches strategy once, at any n or k, rises in one step only; c·n − d·√n with
 * d ≤ c rises ×1.012 in the last step. Margin: ×1.067 above the highest.
 * Failing side: a·n + c·n·log n with a ≤ 10c rises ×1.18 or more in each step (pure n log n ×1.33
 * and ×1.5, n·√n ×4); n² passes the read limit at 2^12. Margin: ×1.09 below the lowest.
 */
export const MAX_PER_NODE_RISE = 1.08;

const perNodeFigure = { label: 'per node', of: perNode };

function linearCheck(position: Position, kLabel: string, kFor: (n: number) => number): Check {
  const name = `target ${POSITION_WORDS[position]}, k = ${kLabel}: reads grow linearly with n`;
  const spec = {
    position,
    at: SIZES.map((n) => ({ n, k: kFor(n) })),
    family: { targets: 1, ks: 1 },
    x: 'n' as const,
  };
  return growthCheck(name, [spec], {
    statistic: perNodeRise,
    limit: MAX_PER_NODE_RISE,
    plot: {
      words: (_, steps) => {
        const last = steps[steps.length - 1];
        return last <= MAX_PER_NODE_RISE ? 'like n' : superlinearWords(last, 4);
      },
    },
    figure: (points) =>
      `reads per node ${points.map((p) => perNode(p).toFixed(2)).join(' → ')} at n = ${points
        .map((p) => power(p.n))
        .join(', ')}`,
    explain: (points, steps) => {
      const words = superlinearWords(steps[steps.length - 1], 4);
      return [
        `Reads per node should level off as n grows; yours rose ${rises(steps)} ` +
          `over each 16-fold growth of n: that grows ${words}.`,
        seriesTable(points, perNodeFigure),
        'Read each node a bounded number of times: no search from the root per node, no full pass per answer.',
      ].join('\n');
    },
  });
}

export const linear: Tier = {
  id: 'linear',
  summary: 'O(n) reads at most',
  checks: () => [
    linearCheck('nearMin', '1', () => 1),
    linearCheck('nearMax', '1', () => 1),
    linearCheck('middle', '√n', (n) => 2 ** Math.floor(Math.log2(n) / 2)),
  ],
  passedFigure: worstFigure,
};
