import { NONE, type Shape } from './shape';

/** Seeded PRNG (mulberry32): the same seed gives the same trees on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** evenValues(n) as a typed array (big balanced trees: workloads.ts). */
export function evenInts(n: number): Int32Array {
  const values = new Int32Array(n);
  for (let i = 0; i < n; i++) values[i] = 2 * i - n;
  return values;
}

/** n distinct even integers centred on 0: -n, -n + 2, ..., n - 2 (targets can fall between). */
export function evenValues(n: number): number[] {
  const values = new Array<number>(n);
  for (let i = 0; i < n; i++) values[i] = 2 * i - n;
  return values;
}

class ShapeBuilder {
  readonly vals: number[] = [];
  readonly left: number[] = [];
  readonly right: number[] = [];
  add(val: number): number {
    this.vals.push(val);
    this.left.push(NONE);
    this.right.push(NONE);
    return this.vals.length - 1;
  }
}

/** Height-balanced tree from ascending values (duplicates may land on either side). */
export function balanced(sortedValues: readonly number[]): Shape {
  const b = new ShapeBuilder();
  if (sortedValues.length === 0) return b;
  type Job = { lo: number; hi: number; parent: number; side: 'left' | 'right' | null };
  const jobs: Job[] = [{ lo: 0, hi: sortedValues.length - 1, parent: NONE, side: null }];
  while (jobs.length > 0) {
    const { lo, hi, parent, side } = jobs.pop()!;
    if (lo > hi) continue;
    const mid = (lo + hi) >>> 1;
    const node = b.add(sortedValues[mid]);
    if (side) b[side][parent] = node;
    jobs.push({ lo: mid + 1, hi, parent: node, side: 'right' });
    jobs.push({ lo, hi: mid - 1, parent: node, side: 'left' });
  }
  return b;
}

/**
 * Plain search-tree insertion in the given order. A value equal to a node goes right when
 * `equalGoesRight(i)` says so for the i-th inserted value, left otherwise: duplicates end up on
 * both sides, as the kata's definition allows.
 */
export function inserted(values: readonly number[], equalGoesRight: (i: number) => boolean): Shape {
  const b = new ShapeBuilder();
  values.forEach((value, i) => {
    const node = b.add(value);
    if (node === 0) return;
    const goRight = equalGoesRight(i);
    let at = 0;
    for (;;) {
      const side = value > b.vals[at] || (value === b.vals[at] && goRight) ? 'right' : 'left';
      if (b[side][at] === NONE) {
        b[side][at] = node;
        return;
      }
      at = b[side][at];
    }
  });
  return b;
}

export type Lean = 'left' | 'right' | 'zigzag';

/**
 * A path: every node has at most one child. 'left' hangs each smaller value as the left child of
 * the previous one (root = maximum), 'right' the mirror image, 'zigzag' alternates from the two
 * ends inwards (max, min, second max, second min, ...).
 */
export function path(sortedValues: readonly number[], lean: Lean): Shape {
  const b = new ShapeBuilder();
  let lo = 0;
  let hi = sortedValues.length - 1;
  let previous = NONE;
  let previousTookHigh = false;
  for (let step = 0; lo <= hi; step++) {
    const takeHigh = lean === 'left' || (lean === 'zigzag' && step % 2 === 0);
    const node = b.add(takeHigh ? sortedValues[hi--] : sortedValues[lo++]);
    // After taking the largest value left, all the rest is smaller: it hangs on the left.
    if (previous !== NONE) b[previousTookHigh ? 'left' : 'right'][previous] = node;
    previous = node;
    previousTookHigh = takeHigh;
  }
  return b;
}
