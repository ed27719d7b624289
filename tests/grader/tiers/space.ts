import { power } from '../growth';
import { asSentence } from '../caseReport';
import { MemoryProbe, type Held, type ProbeCall } from '../memoryProbe';
import type { SortedValues } from '../shape';
import type { Solution } from '../solution';
import { closestK, count, thousands } from '../validator';
import { balancedLayoutOf, targetsAt, type Position } from '../workloads';
import type { Check, CheckResult, Plot, SpaceClass, SpaceMeasurement, Tier } from './tier';

/*
 * space: the extra memory a call holds at its peak (memoryProbe.ts), on balanced trees with a
 * small k, must not grow like n: O(h + k) or less passes. It runs in a grading process of its own,
 * started with the probe's flags, beside the one that runs the other tiers (supervisor.ts).
 * Classified by growth from n = 2^10 to 2^16, never by a figure alone, and sampled at read counts,
 * so a busy machine changes nothing. Before it measures anyone's code on a runtime, the probe
 * measures two known shapes of its own (a copy of the values, a stack of the path); where it
 * cannot tell them apart (another runtime), the tier says so and passes: it never guesses.
 */

// Defined beside the check results that carry it (tier.ts), which must not import this file back.
export type { SpaceClass, SpaceMeasurement } from './tier';

const SIZES = [1 << 10, 1 << 13, 1 << 16];
const K = 4;
/** One target a size: each sample is a full collection (10 ms), so a call's samples are few. */
const POSITIONS: Position[] = ['middle'];

/**
 * O(n) when heap bytes (at the peak, or kept after returning) grow by this much per node from the
 * smallest tree to the largest.
 * Honest side: what holds O(h + k) grows by 0.1 (two stacks) to 1.29 B a node (a walk of the whole
 * tree with a window of k: V8's own bookkeeping of the node objects it made), within 0.1 from one
 * run to the next, and keeps 0.36 at most after returning (a bounded heap 0 to 0.77, run to run):
 * the 44 references and zoo entries that pass, measured on 2026-12-06. Margin: 1.55× above the
 * highest (2.6× for what is kept).
 * Failing side, where only the bytes tell (the code holds few nodes at once): a scan of the tree
 * per value 4.1 B a node, the values copied and sorted 5.8 to 7.3, more for strings (20); a cache
 * kept across calls keeps 8.2 to 8.4. Margin: 2.1× below the lowest. (Code that holds n/32 nodes
 * fails by them, whatever its bytes: 1.9 B a node for a quadratic walk.)
 */
export const BYTES_PER_NODE = 2;
/**
 * O(n) when the nodes held at once, or the frames on the stack, reach this share of n at the
 * largest size measured. Not at a smaller one: below a size cap (up to 2^16, growth.ts hybrids) an
 * honest hybrid may copy the tree, and memory bounded by n there is no growth, as reads bounded by
 * n are none; at the largest size, 2^16, it has passed any such cap (and bytes are judged from
 * the smallest size to the largest, so a copy below the cap only makes them fall).
 * Honest side: two stacks, a recursive window hold ≤ 17 at 2^16, 2,048 being n/32 (the smallest
 * sizes measured when a larger one stopped: ≤ 11 at 2^10, against 32). Margin: 2.9×.
 * Failing side: a breadth-first queue holds a level and more, about n/2 (514 at 2^10, some 32,000
 * at 2^16). Margin: 16×.
 */
export const HELD_SHARE = 1 / 32;
/**
 * O(h + k) (not O(k)) when the nodes held or the frames grow by this many from 2^10 to 2^16 (the
 * tree's height grows by 6).
 * Honest O(h + k) side: two stacks +5 (the thinnest), a recursion +6. Margin: 1.67×.
 * O(k) side: Morris holds the same few nodes (+0 or −1) and one frame. Margin: 3 above.
 */
export const HEIGHT_GROWTH = 3;
/**
 * O(n)'s side, not O(h + k)'s, when the nodes held or the frames rise by more than this many per
 * level the tree's height rises (from the first size past a hybrid's cap to the largest): faster
 * than h, like h² or a power of n below n/32 (an iterator that reads every spine ahead).
 * Honest O(h + k) side: two stacks rise 0.83 a level (+5 over 6), a recursion 1, both spines of
 * both stacks 2. Margin: 2× above 2.
 * Failing side: h(h+1)/2 nodes (every spine under the path, held at once) rise 13.5 a level from
 * 2^10 and 15 from 2^13. Margin: 3.4× below 13.5.
 */
export const RISE_PER_LEVEL = 4;

/** The class a measurement shows (the thresholds above). */
export function classify(sizes: SpaceMeasurement['sizes']): {
  measured: SpaceClass;
  why: 'nodes' | 'frames' | 'bytes' | 'kept' | 'faster' | null;
} {
  const [first, last] = [sizes[0], sizes[sizes.length - 1]];
  if (last.nodes >= last.n * HELD_SHARE) return { measured: 'O(n)', why: 'nodes' };
  if (last.frames >= last.n * HELD_SHARE) return { measured: 'O(n)', why: 'frames' };
  const perNode = (of: (s: (typeof sizes)[number]) => number) =>
    sizes.length < 2 ? 0 : (of(last) - of(first)) / (last.n - first.n);
  const [peak, kept] = [perNode((s) => s.bytes), perNode((s) => s.bytesAfter)];
  // What it keeps after returning is the cause when it is most of what it held.
  if (kept >= BYTES_PER_NODE && kept >= peak / 2) return { measured: 'O(n)', why: 'kept' };
  if (peak >= BYTES_PER_NODE) return { measured: 'O(n)', why: 'bytes' };
  if (kept >= BYTES_PER_NODE) return { measured: 'O(n)', why: 'kept' };
  // Growth is measured from the first size where it held no share of n (past a hybrid's cap).
  const from = sizes.find((s) => s.nodes < s.n * HELD_SHARE && s.frames < s.n * HELD_SHARE)!;
  const rise = Math.max(last.nodes - from.nodes, last.frames - from.frames);
  const levels = Math.log2(last.n / from.n);
  if (levels > 0 && rise > RISE_PER_LEVEL * levels) return { measured: 'O(n)', why: 'faster' };
  return { measured: rise >= HEIGHT_GROWTH ? 'O(h + k)' : 'O(k)', why: null };
}

/** The learner's calls at every size, peaks kept per size; or the first call that failed. */
function measureAll(
  probe: MemoryProbe,
):
  | { ok: true; sizes: SpaceMeasurement['sizes'] }
  | { ok: false; reason: string; kind: CheckResult['kind'] } {
  const sizes: SpaceMeasurement['sizes'] = [];
  for (const n of SIZES) {
    const { layout, sorted } = balancedLayoutOf(n);
    const peak = { n, nodes: 0, frames: 0, bytes: 0, bytesAfter: 0 };
    for (const position of POSITIONS) {
      const [target] = targetsAt(sorted, position, 1);
      const call: ProbeCall = { layout, sorted, target, k: K };
      const { trial, held } = probe.measure(call);
      if (!trial.passed && !held.stoppedEarly) {
        // Memory already seen growing like n on the smaller trees is the verdict, whatever
        // stopped a call on the larger one (insertion-sorting 2^16 values takes seconds).
        if (sizes.length >= 2 && classify(sizes).measured === 'O(n)') return { ok: true, sizes };
        const reason = `at n = ${thousands(n)}: ${trial.reason ?? 'it failed'}`;
        return { ok: false, reason, kind: trial.kind };
      }
      keepPeak(peak, held);
    }
    // Every size, also after a call stopped early for holding n/32: a share of n is judged at the
    // largest size (past a hybrid's cap), and what held n/32 of a small tree may grow slower than
    // n (h², say). A call holding n/32 is stopped there, at every size.
    sizes.push(peak);
  }
  return { ok: true, sizes };
}

function keepPeak(peak: SpaceMeasurement['sizes'][number], held: Held): void {
  peak.nodes = Math.max(peak.nodes, held.nodes);
  peak.frames = Math.max(peak.frames, held.frames);
  peak.bytes = Math.max(peak.bytes, held.bytes);
  peak.bytesAfter = Math.max(peak.bytesAfter, held.bytesAfter);
}

// --- the probe's own check: two known shapes, measured like a learner's code -------------------

/**
 * The known shapes read this often while they hold what they hold: samples start at one level's
 * worth of reads (11 at 2^10, 17 at 2^16), and a few must fall while they hold it.
 */
const READS_HELD = 40;

/** Reads the root's value `times` times: samples are taken at read counts. */
function readRoot(root: { val: number }, times: number): void {
  let sum = 0;
  for (let i = 0; i < times; i++) sum += root.val;
  if (Number.isNaN(sum)) throw new Error('unreachable');
}

type Shape = (root: Node, n: number) => void;
interface Node {
  val: number;
  left: Node | null;
}

interface Known {
  expected: SpaceClass;
  shape: Shape;
}

/** A copy of the values: 8 bytes a node, held while it reads. */
const COPY: Known = {
  expected: 'O(n)',
  shape: (root, n) => {
    const copy = new Array<number>(n);
    for (let i = 0; i < n; i++) copy[i] = i + 0.5;
    readRoot(root, READS_HELD);
    if (copy[n - 1] < 0) throw new Error('unreachable');
  },
};

/** A stack of the nodes on the left spine: h nodes held. */
const STACK: Known = {
  expected: 'O(h + k)',
  shape: (root) => {
    const stack: Node[] = [];
    for (let node: Node | null = root; node; node = node.left) stack.push(node);
    readRoot(root, READS_HELD);
    if (stack.length === 0) throw new Error('unreachable');
  },
};

function knownSolution(shape: Shape, sorted: () => SortedValues): Solution {
  return {
    file: __filename,
    fn: (root, target, k) => {
      const values = sorted();
      shape(root as unknown as Node, values.length);
      return closestK(values, target, k);
    },
  };
}

/**
 * What the probe learns of the runtime before it measures anyone's code: the bytes of one of its
 * weak refs, and whether it tells the known shapes apart. The same in every process of one runtime
 * (Node's build, its flags, the grader's build): the grading process keeps a trusted one for the
 * next (process/probeCalibration.ts), which then makes 19 full collections instead of 35.
 */
export interface Calibration {
  refBytes: number;
  trusted: boolean;
}

/** This process's calibration, once measured or given. */
let calibration: Calibration | undefined;

/** Takes a calibration an earlier process of the same runtime measured and trusted. */
export function useCalibration(kept: Calibration): void {
  calibration = kept;
}

/**
 * Measures the calibration (once per process): the known shapes at the smallest and the largest
 * size, classified as a learner's code is; untrusted where the runtime cannot collect on demand.
 */
export function calibrateProbe(): Calibration {
  if (calibration) return calibration;
  const probe = new MemoryProbe();
  if (!probe.available) return (calibration = { refBytes: 0, trusted: false });
  for (const n of SIZES) balancedLayoutOf(n);
  probe.prepare(SIZES);
  probe.settle();
  let trusted = true;
  for (const { expected, shape } of [COPY, STACK]) {
    if (!trusted) break;
    let current: SortedValues = [];
    const solution = knownSolution(shape, () => current);
    const sizes: SpaceMeasurement['sizes'] = [];
    // The smallest and the largest tree: all that the classes compare.
    for (const n of [SIZES[0], SIZES[SIZES.length - 1]]) {
      const { layout, sorted } = balancedLayoutOf(n);
      current = sorted;
      const { trial, held } = probe.measure({ layout, sorted, target: sorted[0], k: 1 }, solution);
      if (!trial.passed) trusted = false;
      sizes.push({ n, ...held });
    }
    trusted &&= classify(sizes).measured === expected;
  }
  return (calibration = { refBytes: probe.weakRefBytes, trusted });
}

/**
 * One sampled call of a known shape (the stack, on the smallest tree) before the baseline: the
 * probe's own sampling code runs for the first time there, and what that first run allocates
 * (bytecode and feedback of the grader's functions, kept for good) would otherwise land in the
 * learner's calls, more of it in the later, larger ones: 0.9 to 1.1 B a node "kept after
 * returning" for honest heaps measured without it (a cache across calls keeps 8), 0 with it.
 */
function warmSampling(probe: MemoryProbe): void {
  const { layout, sorted } = balancedLayoutOf(SIZES[0]);
  const stack = knownSolution(STACK.shape, () => sorted);
  probe.measure({ layout, sorted, target: sorted[0], k: 1 }, stack);
}

// --- the check ----------------------------------------------------------------------------------

const kb = (bytes: number) => `${thousands(Math.max(0, Math.round(bytes / 1024)))} KB`;

function figureOf(m: SpaceMeasurement['sizes'], measured: SpaceClass, words: SpaceWords): string {
  const last = m[m.length - 1];
  const deep = last.frames === 1 ? '1 call deep' : `${last.frames} calls deep`;
  const copy = `a copy of the tree: ${kb(last.n * 8)}`;
  return `${words.what} ${words.law[measured]}: at most ${count(last.nodes, 'node')} held, ${deep}, ${kb(last.bytes)} at n = ${power(last.n)} (${copy})`;
}

/** The chart of a measurement: bytes held at the peak as n grows (a KB at least: log scale). */
function plotOf(sizes: SpaceMeasurement['sizes'], measured: SpaceClass, words: SpaceWords): Plot {
  return {
    position: POSITIONS[0],
    x: 'n',
    y: 'bytes held at the peak',
    points: sizes.map((s) => ({ x: s.n, y: Math.max(1024, s.bytes) })),
    words: words.plot[measured],
    judged: true,
  };
}

const CAUSES: Record<'nodes' | 'frames' | 'bytes' | 'kept' | 'faster', string> = {
  nodes:
    'it holds a large share of the nodes at once: a queue for a breadth-first walk, a list of ' +
    'every node, or a visited set?',
  frames: 'its recursion goes as deep as the tree is large',
  bytes: 'it copies the values (into an array, a typed array or a string)',
  kept: 'it keeps memory after returning that grows with the tree: a cache kept across calls?',
  faster:
    'it holds more nodes (or calls) on each larger tree, faster than its height grows: like h², ' +
    'every spine under the path at once?',
};

function table(sizes: SpaceMeasurement['sizes']): string {
  return sizes
    .map(
      (s) =>
        `  n = ${power(s.n).padEnd(5)} ${count(s.nodes, 'node').padStart(13)} held  ` +
        `${count(s.frames, 'call').padStart(10)} deep  ${kb(s.bytes).padStart(9)} at the peak  ` +
        `${kb(s.bytesAfter).padStart(9)} more heap after it returned`,
    )
    .join('\n');
}

/**
 * How a space check says what it measured: the main kata's call holds h + k at most; an iterator
 * (closestFirst), from which the grader takes K values, holds h (its K values are the caller's).
 */
interface SpaceWords {
  name: string;
  /** Whose memory: "extra memory". */
  what: string;
  law: Record<SpaceClass, string>;
  plot: Record<SpaceClass, string>;
  /** Growth faster than the class that passes. */
  faster: string;
  should: string;
  advice: string;
}

const CALL_WORDS: SpaceWords = {
  name: `the extra memory a call holds at its peak grows like h + k or less (balanced trees, k = ${K})`,
  what: 'extra memory',
  law: {
    'O(k)': 'does not grow with the tree (O(k))',
    'O(h + k)': 'grows like h + k',
    'O(n)': 'grows like n',
  },
  plot: { 'O(n)': 'like n', 'O(h + k)': 'like h + k', 'O(k)': 'flat: like k' },
  faster: 'faster than h + k',
  should: 'Extra memory should stay O(h + k) on a balanced tree with a small k',
  advice:
    'Keep only the path you are on and the k values you return: two stacks of O(h) nodes, or ' +
    'a recursion O(h) deep, never a copy of the tree.',
};

const ITERATOR_WORDS: SpaceWords = {
  name: `what the iterator holds at its peak, giving its first ${K} values, grows like h or less (balanced trees)`,
  what: 'what it holds',
  law: {
    'O(k)': 'does not grow with the tree',
    'O(h + k)': 'grows like h',
    'O(n)': 'grows like n',
  },
  plot: { 'O(n)': 'like n', 'O(h + k)': 'like h', 'O(k)': 'flat' },
  faster: 'faster than h',
  should: 'What an iterator holds should stay O(h) on a balanced tree',
  advice:
    'Hold only the path you are on, two stacks of O(h) nodes that loops walk, and nothing read ' +
    'ahead: never a copy of the tree or a list of its values.',
};

function spaceCheckWith(words: SpaceWords): Check {
  const { name } = words;
  return {
    name,
    run(solution): CheckResult {
      const probe = new MemoryProbe(solution);
      const { trusted, refBytes } = calibrateProbe();
      if (!trusted) {
        const figure = `not measured on this Node version (${process.version}): the probe could not tell known shapes apart`;
        return { name, passed: true, figure, space: { measured: null, sizes: [] } };
      }
      for (const n of SIZES) balancedLayoutOf(n);
      probe.prepare(SIZES, refBytes);
      const largest = balancedLayoutOf(SIZES[SIZES.length - 1]);
      const [target] = targetsAt(largest.sorted, POSITIONS[0], 1);
      warmSampling(probe);
      probe.warmUp({ layout: largest.layout, sorted: largest.sorted, target, k: K });
      probe.settle();
      const found = measureAll(probe);
      if (!found.ok) {
        const message = `its memory could not be measured: ${found.reason}`;
        return { name, passed: false, kind: found.kind, message, figure: message };
      }
      const { measured, why } = classify(found.sizes);
      const faster = why === 'faster';
      const space = {
        measured,
        sizes: found.sizes,
        ...(faster && { fasterThanHeight: true as const }),
      };
      const plots = [plotOf(found.sizes, measured, words)];
      const figure = figureOf(found.sizes, measured, words);
      if (measured !== 'O(n)') {
        // The figure says it: "does not grow with the tree (O(k))", whoever holds it (a search
        // from the root for each value as well as Morris).
        return { name, passed: true, figure, space, plots };
      }
      const cause = CAUSES[why!];
      const law = faster ? words.faster : 'like n';
      return {
        name,
        passed: false,
        kind: 'growth',
        figure: `${words.what} grows ${law}: ${cause}`,
        message: [
          `${words.should}; yours grows ${law}: ${asSentence(cause)}`,
          table(found.sizes),
          words.advice,
        ].join('\n'),
        space,
        plots,
      };
    },
  };
}

/** The main kata's: what one call holds. */
export const spaceCheck = spaceCheckWith(CALL_WORDS);

export const space: Tier = {
  id: 'space',
  summary: 'extra memory O(h + k) at most',
  checks: () => [spaceCheck],
  passedFigure: (checks) => checks[0].figure ?? '',
};

const iteratorSpaceCheck = spaceCheckWith(ITERATOR_WORDS);

/** closestFirst's: the same measurement of the calls that take its first values, said of it. */
export const iteratorSpace: Tier = { ...space, checks: () => [iteratorSpaceCheck] };
