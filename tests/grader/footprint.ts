import path from 'node:path';
import { closestKValues as twoStacks } from '../../solutions/twoStacks';
import { CountingTree, TracedNode } from './countingTree';
import type { Exercise } from './exercises/exercise';
import {
  CARD_WIDTH,
  FOOTPRINT_OPENING,
  MAIN_WORDS,
  renderFootprints,
  type Footprint,
  type FootprintWords,
} from './footprintText';
import { terminalWidth, WIDTH } from './terminalText';
import { PROJECT_ROOT } from './paths';
import type { Solution, SolutionFn } from './solution';
import { limitsFor, runTrial } from './trial';
import { ALL_POSITIONS, POSITION_WORDS, type Position } from './workloads';

/*
 * A footprint: which nodes of a small balanced tree a solution read to answer one query, and how
 * often. Node i holds the value i + 1 (1 to n, in order), so a node's place left to right is its
 * value; it is the picture behind a read count.
 */

// Defined beside its drawing (footprintText.ts), which must not import this file back.
export type { Footprint } from './footprintText';

/** Node depths and parents of the balanced tree CountingTree.balanced builds (middle first). */
function layout(n: number): { depth: number[]; parent: number[] } {
  const depth = new Array<number>(n).fill(0);
  const parent = new Array<number>(n).fill(-1);
  const ranges: [number, number, number, number][] = [[0, n - 1, 0, -1]];
  while (ranges.length > 0) {
    const [lo, hi, d, above] = ranges.pop()!;
    if (lo > hi) continue;
    const mid = (lo + hi) >>> 1;
    depth[mid] = d;
    parent[mid] = above;
    ranges.push([lo, mid - 1, d + 1, mid], [mid + 1, hi, d + 1, mid]);
  }
  return { depth, parent };
}

/** Where a position's target sits on the values 1..n (off values and off midpoints). */
export function footprintTarget(n: number, position: Position): number {
  switch (position) {
    case 'nearMin':
      return 1.3;
    case 'middle':
      return Math.round(0.47 * n) + 0.3;
    case 'nearMax':
      return n - 0.7;
    case 'below':
      return -1.5;
    case 'above':
      return n + 2.5;
    case 'atValue':
      return Math.round(0.53 * n);
  }
}

/** The footprint of one call of `solution` on a balanced tree of n nodes. */
export function footprint(solution: Solution, n: number, target: number, k: number): Footprint {
  const values = Array.from({ length: n }, (_, i) => i + 1);
  const tree = CountingTree.balanced(values, TracedNode);
  const trial = runTrial(solution, tree, values, target, k, limitsFor(n));
  return {
    values,
    ...layout(n),
    target,
    k,
    reads: values.map((_, i) => TracedNode.readsOf(tree.nodeAt(i))),
    answer: trial.passed ? (trial.values ?? null) : null,
    ...(!trial.passed && { failure: trial.reason }),
  };
}

/**
 * What a footprint of `exercise` shows, in its words. The engine's call protocol already makes one
 * call of a follow-up what its footprint is of (solution.ts): the first k values of a closestFirst
 * iterator, then return() as a loop's break calls it; one query of a ClosestIndex on an index
 * built on the call's tree before it, the build untraced (countingTree.ts's uncounted).
 */
export function footprintWords(exercise: Exercise | undefined, k: number): FootprintWords {
  switch (exercise?.protocol) {
    case 'closestFirst': {
      const first = k === 1 ? 'first value' : `first ${k} values`;
      return {
        yours: `Your iterator, to give its ${first}`,
        returned: 'given',
        note:
          `What your iterator read to give its ${first} (k = the values asked for), ` +
          'with what its return() read when the caller stopped there (a Morris iterator undoes its threads in it).',
      };
    }
    case 'index':
      return {
        yours: 'One query of your index',
        returned: 'returned',
        note:
          "One query on an index built for this tree before it: the build's reads are left out " +
          '(the build tier counts them); the O(log n + k) walk it is drawn with builds nothing.',
        noReads:
          "Your index's query read no node: it answered from what its constructor kept, so " +
          'there is nothing to draw. Its cost is CPU time, which the query tier judges.',
      };
    default:
      return MAIN_WORDS;
  }
}

/** The O(log n + k) walk a footprint is shown beside. */
export const OPTIMAL_WALK = {
  name: 'twoStacks',
  title: 'An O(log n + k) walk (two stacks)',
  solution: {
    fn: twoStacks as SolutionFn,
    file: path.join(PROJECT_ROOT, 'solutions', 'twoStacks.ts'),
  } satisfies Solution,
};

/** Columns a footprint on the card takes: 80 less the card's indent, or the learner's terminal's. */
let cardWidth = CARD_WIDTH;

/** Draws the card's footprints for a terminal of `columns` (wider than 80: leaves on one row). */
export function fitFootprintsTo(columns: number | undefined): void {
  cardWidth = terminalWidth(columns) - (WIDTH - CARD_WIDTH);
}

/** The tree a footprint on the card is drawn on: the largest that fits its columns. */
export const CARD_FOOTPRINT_N = 31;

/** Yours reading at least this many times the walk's reads is a difference the picture shows. */
const VISIBLE = 1.5;

const totalReads = (fp: Footprint) => fp.reads.reduce((a, b) => a + b, 0);

/**
 * Whether an iterator read every node of the card's footprint tree to give its first value (the
 * target at `position`): the eager iterator's mark, which closestFirst's lazy tier names.
 */
export function readEveryNodeFirst(solution: Solution, position: Position): boolean {
  const n = CARD_FOOTPRINT_N;
  const yours = footprint(solution, n, footprintTarget(n, position), 1);
  return !yours.failure && yours.reads.every((reads) => reads > 0);
}

/**
 * Yours beside the O(log n + k) walk on one query of a 31-node tree, as text for a failing
 * complexity check: what a read count says, drawn. At the check's position when the difference
 * shows there; a cost that only shows on large trees (an in-order walk that stops soon after a
 * target near the minimum) is drawn where it shows on a small one.
 */
export function footprintStory(solution: Solution, position: Position, k: number): string {
  const n = CARD_FOOTPRINT_N;
  const reference = OPTIMAL_WALK;
  let best: { position: Position; yours: Footprint; walk: Footprint; ratio: number } | undefined;
  for (const at of [position, ...ALL_POSITIONS.filter((p) => p !== position)]) {
    const target = footprintTarget(n, at);
    const yours = footprint(solution, n, target, k);
    const walk = footprint(reference.solution, n, target, k);
    const ratio = totalReads(yours) / Math.max(1, totalReads(walk));
    if (!best || ratio > best.ratio) best = { position: at, yours, walk, ratio };
    if (ratio >= VISIBLE || yours.failure) break;
  }
  const { yours, walk } = best!;
  const where =
    best!.position === position
      ? ''
      : ` with the target ${POSITION_WORDS[best!.position]} (${POSITION_WORDS[position]}, the difference only shows on larger trees)`;
  return [
    `${FOOTPRINT_OPENING} ${n} nodes, k = ${k}${where}: what your code read, then an O(log n + k) walk's.`,
    renderFootprints(
      yours,
      { title: reference.title, footprint: walk },
      false,
      cardWidth,
      footprintWords(solution.exercise, k),
    ),
  ].join('\n');
}
