import { exponent, exponentWords, power, seriesTable, type StepStatistic } from '../growth';
import { ALL_POSITIONS, POSITION_WORDS, SMALL_KS, type Position } from '../workloads';
import { growthCheck } from './growthCheck';
import { worstFigure, type Check, type Tier } from './tier';
import { thousands } from '../validator';

/*
 * sublinear, the follow-up: with small k on balanced trees, reads must grow slower than n wherever
 * the target sits. One check per position, because the classic near miss (an in-order walk that
 * stops early) is fast only when the target is near the end where the walk starts.
 */

/**
 * Odd and even k, 1 among them: a solution that reads the whole tree for one small k (an odd k, or
 * k = 2) fails here. Each point's first look calls every k (workloads.ts).
 */
const KS = SMALL_KS;
const K_WORDS = `k = ${KS[0]} to ${KS[KS.length - 1]}`;
/** The k of the footprint a failure shows. */
const K = 4;
/**
 * A hybrid may switch strategy anywhere up to 2^16; the last step, 2^16 to 2^20, gives the verdict
 * (trees are made on demand: an O(log n) call on 2^20 nodes makes a few dozen node objects).
 */
const SIZES = [1 << 8, 1 << 12, 1 << 16, 1 << 20];

/**
 * Largest tolerated exponent e (reads ~ n^e) over the last ×16 step of n (the last-step rule).
 * Honest side: log n gives 0.08 there, log² n 0.16, √n 0.50; a hybrid that switches to a better
 * law anywhere is judged by it. Margin: 0.25 above √n.
 * Failing side: a full walk gives 1.0; an in-order walk that stops past the target, 0.95 or more
 * at every position but below the minimum (where it is honestly cheap); any switch to either
 * below 2^20. Margin: 0.2 below it.
 */
export const MAX_EXPONENT = 0.75;
/**
 * A call at 2^20 reading 8 times more than the mean at 2^16 (n^0.75, the limit; scaled by 4/2.5,
 * its largest k over the mean k) has failed already: stopped there, a whole-tree reader never walks
 * all 2^20 nodes (and makes its million node objects), though it may walk most of them.
 */
const CAP_RATIO = 8;

const exponentStep: StepStatistic = (from, to) => exponent(from, to);

function positionCheck(position: Position): Check {
  const name = `target ${POSITION_WORDS[position]}, ${K_WORDS}: reads grow slower than n`;
  const spec = {
    position,
    at: SIZES.map((n) => ({ n, k: K })),
    family: { targets: 2, ks: KS },
    x: 'n' as const,
    capRatio: CAP_RATIO,
  };
  return growthCheck(name, [spec], {
    statistic: exponentStep,
    footprintK: K,
    pastWholeTree: true,
    plot: { words: (_, steps) => exponentWords(steps[steps.length - 1]) },
    limit: MAX_EXPONENT,
    figure: (points, steps) => {
      const [first, last] = [points[0], points[points.length - 1]];
      const words = exponentWords(steps[steps.length - 1]);
      return `reads ${thousands(Math.round(first.reads))} at n = ${power(first.n)} → ${thousands(Math.round(last.reads))} at n = ${power(last.n)} (${words})`;
    },
    explain: (points, steps) =>
      [
        `With the target ${POSITION_WORDS[position]} and ${K_WORDS}, reads grew ${exponentWords(steps[steps.length - 1])} ` +
          `(n^${steps.map((s) => s.toFixed(2)).join(' then n^')} over each 16-fold growth of n); the follow-up asks for less than n.`,
        seriesTable(points),
        'Go down the tree towards the target instead of walking all of it.',
      ].join('\n'),
  });
}

export const sublinear: Tier = {
  id: 'sublinear',
  summary: 'the follow-up: fewer than O(n) reads',
  checks: () => ALL_POSITIONS.map(positionCheck),
  // A failing position decides the tier: the other positions could only add failures, at the price
  // of a whole-tree reader's walks at 2^16 and 2^20 each (a third of its grading).
  firstFailureDecides: true,
  passedFigure: worstFigure,
};
