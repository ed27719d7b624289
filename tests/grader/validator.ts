import { MAIN_EXERCISE } from './exercises/index';
import type { SortedValues } from './shape';

/*
 * The any-valid-answer rule: exactly k numbers, drawn from the tree as a multiset, such that no
 * value left out is strictly closer to the target than a value returned. Ties go either way and
 * order is free. Works from the tree's values in ascending order, in O(log n + k log n), so it can
 * judge answers on trees of a million nodes.
 */

/**
 * What came back from a call, copied while the call was still guarded: numbers, and in place of
 * anything else its description (judging must never run the learner's code).
 */
export type Returned =
  | { kind: 'array'; length: number; items: readonly (number | Described)[] }
  | { kind: 'other'; description: string; iterable?: true };

/** An element of an answer that is not a number, described while the call was guarded. */
export class Described {
  constructor(readonly text: string) {}
}

/** An answer's elements as judging takes them; runs the learner's code: call it guarded. */
export function returnedArray(items: readonly unknown[], length = items.length): Returned {
  return {
    kind: 'array',
    length,
    items: Array.from(items, (item) =>
      typeof item === 'number' ? item : new Described(describeValue(item)),
    ),
  };
}

export function distance(value: number, target: number): number {
  // No Math.abs: inside Jest's sandbox (the self-tests) every global lookup goes through an
  // interceptor, and this runs millions of times there.
  const d = value - target;
  return d < 0 ? -d : d;
}

/** Index of the first value >= x in an ascending array. */
function lowerBound(sorted: SortedValues, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function occurrences(sorted: SortedValues, x: number): number {
  let i = lowerBound(sorted, x);
  const start = i;
  while (i < sorted.length && sorted[i] === x) i++;
  return i - start;
}

/**
 * One correct answer: the k values closest to target, nearest first (ties: the smaller value
 * first). Two pointers walking out from where the target would sit.
 */
export function closestK(sorted: SortedValues, target: number, k: number): number[] {
  let hi = lowerBound(sorted, target);
  let lo = hi - 1;
  const out: number[] = [];
  while (out.length < k && (lo >= 0 || hi < sorted.length)) {
    const takeLow =
      hi >= sorted.length ||
      (lo >= 0 && distance(sorted[lo], target) <= distance(sorted[hi], target));
    out.push(takeLow ? sorted[lo--] : sorted[hi++]);
  }
  return out;
}

/**
 * True when `items` holds exactly the values of the k-value window closest to the target, each
 * once: certainly valid. O(k + log n), for the large answers of the complexity tiers; false only
 * means "ask whyWrong", which also knows ties and duplicates.
 */
export function isClosestWindow(
  sorted: SortedValues,
  target: number,
  k: number,
  items: readonly unknown[],
): boolean {
  if (items.length !== k) return false;
  let hi = lowerBound(sorted, target);
  let lo = hi - 1;
  while (hi - lo - 1 < k && (lo >= 0 || hi < sorted.length)) {
    const takeLow =
      hi >= sorted.length ||
      (lo >= 0 && distance(sorted[lo], target) <= distance(sorted[hi], target));
    if (takeLow) lo--;
    else hi++;
  }
  // The window is sorted[lo + 1 .. hi - 1]; each item must be a distinct value of it.
  const first = lo + 1;
  for (let i = first + 1; i < hi; i++) if (sorted[i] === sorted[i - 1]) return false; // duplicates: whyWrong
  if (marks.length < k) marks = new Uint8Array(Math.max(k, 2 * marks.length));
  marks.fill(0, 0, k);
  for (const item of items) {
    if (typeof item !== 'number') return false;
    const at = lowerBound(sorted, item);
    if (at < first || at >= hi || sorted[at] !== item || marks[at - first]) return false;
    marks[at - first] = 1;
  }
  return true;
}

/** Which window values an answer used, reused from call to call (answers come by the thousand). */
let marks = new Uint8Array(1024);

/** What a wrong answer most likely comes from, when the case shows it: names the hint to read. */
export type WrongCause = 'duplicates' | 'nearTie';

/**
 * Null when `returned` is a valid answer, otherwise one sentence saying why it is not.
 * `sorted` is the tree's multiset of values in ascending order.
 */
export function whyWrong(
  sorted: SortedValues,
  target: number,
  k: number,
  returned: Returned,
): string | null {
  return judgeAnswer(sorted, target, k, returned)?.reason ?? null;
}

/**
 * whyWrong, with the likely cause: a near-tie the answer took for a tie, or values that occur more
 * than once around the answer (then the reason says so: the most common bug loses their copies).
 */
/**
 * Thrown by an exercise's call protocol (firstValues.ts, indexCalls.ts) where the learner's code
 * breaks it (not an iterator, no query method): said as the reason the answer is wrong.
 */
export class ProtocolBreach {
  constructor(readonly reason: string) {}
}

/** Why an answer is wrong, or null when it is valid (an exercise may judge its own way). */
export type AnswerJudge = (
  sorted: SortedValues,
  target: number,
  k: number,
  returned: Returned,
) => { reason: string; cause?: WrongCause } | null;

export function judgeAnswer(
  sorted: SortedValues,
  target: number,
  k: number,
  returned: Returned,
): { reason: string; cause?: WrongCause } | null {
  const wrong = wrongReason(sorted, target, k, returned);
  if (wrong === null) return null;
  if (wrong.cause === 'nearTie') return { reason: wrong.reason, cause: 'nearTie' };
  const repeated = repeatedAround(sorted, target, k);
  if (!repeated) return { reason: wrong.reason };
  const [value, times] = repeated;
  const note = wrong.namesCopies
    ? ''
    : `; note that the tree holds the value ${value} ${timesWord(times)} around the answer`;
  return { reason: wrong.reason + note, cause: 'duplicates' };
}

/** A value that occurs more than once among the k + 1 values closest to the target, if any. */
function repeatedAround(sorted: SortedValues, target: number, k: number): [number, number] | null {
  for (const value of new Set(closestK(sorted, target, k + 1))) {
    const times = occurrences(sorted, value);
    if (times > 1) return [value, times];
  }
  return null;
}

/** Why an answer is wrong; a near-tie taken for a tie, or copies of a value named, said so. */
interface Wrong {
  reason: string;
  cause?: 'nearTie';
  /** The reason is about how often a value occurs (returned more often than the tree holds it). */
  namesCopies?: true;
}

/** A typed array's description ("a Uint32Array", "a Float64Array"), as describeValue gives it. */
const TYPED_ARRAY = /^an? (Big)?(Ui|I)nt\d+(Clamped)?Array$|^a Float\d+Array$/;

/**
 * What to do with an answer that is not an array. A Set or a generator holds the values as they
 * were: Array.from makes the array. A typed array does not: it already turned each value into its
 * element type, so Array.from would keep the damage.
 */
function otherAdvice(returned: { description: string; iterable?: true }): string {
  if (TYPED_ARRAY.test(returned.description)) {
    return ': a typed array turns every value into its element type (in a Uint32Array, -2 is 4294967294 and 2.5 is 2); return a number[]';
  }
  return returned.iterable ? ' (Array.from(...) makes one of it)' : '';
}

function wrongReason(
  sorted: SortedValues,
  target: number,
  k: number,
  returned: Returned,
): Wrong | null {
  if (returned.kind === 'other') {
    return { reason: `it returned ${returned.description}, not an array${otherAdvice(returned)}` };
  }
  if (returned.length !== k) {
    const what = returned.length === 0 ? 'an empty array' : `${count(returned.length, 'value')}`;
    return { reason: `it returned ${what}, but k is ${k}` };
  }
  const values: number[] = [];
  for (let i = 0; i < returned.items.length; i++) {
    const item = returned.items[i];
    if (typeof item !== 'number' || Number.isNaN(item)) {
      return {
        reason: `element ${i} of the answer is ${describeValue(item)}, not a value from the tree`,
      };
    }
    values.push(item);
  }

  const returnedCounts = new Map<number, number>();
  for (const v of values) returnedCounts.set(v, (returnedCounts.get(v) ?? 0) + 1);
  for (const [v, times] of returnedCounts) {
    const inTree = occurrences(sorted, v);
    if (inTree === 0) return { reason: `it returned ${v}, which is not in the tree` };
    if (times > inTree) {
      const reason = `it returned ${v} ${timesWord(times)}, but the tree holds it ${timesWord(inTree)}`;
      return { reason, namesCopies: true };
    }
  }

  // Valid exactly when the returned distances are the k smallest distances in the tree.
  const best = closestK(sorted, target, k);
  const bestDistances = best.map((v) => distance(v, target));
  const ours = values.map((v) => distance(v, target)).sort((a, b) => a - b);
  const j = ours.findIndex((d, i) => d !== bestDistances[i]);
  if (j === -1) return null;
  // Some value among the j + 1 closest is returned less often than the tree holds it.
  const leftOut = best
    .slice(0, j + 1)
    .find((v) => (returnedCounts.get(v) ?? 0) < occurrences(sorted, v))!;
  const farthest = values.reduce((a, b) => (distance(b, target) > distance(a, target) ? b : a));
  const [dNear, dFar] = [distance(leftOut, target), distance(farthest, target)];
  const tie = nearTie(dNear, dFar);
  const [near, far] = apart(dNear, dFar);
  const sentence =
    `it left out ${leftOut} (distance ${near}) but returned ${farthest} (distance ${far}), ` +
    // The target as every other line of the card prints it (String), never rounded.
    `which is farther from ${target}`;
  if (!tie) return { reason: sentence };
  const gap = Number((dFar - dNear).toPrecision(2));
  return {
    reason:
      `${sentence}: the distances differ by only ${gap}, which a comparison with a tolerance ` +
      '(Math.abs(d1 - d2) < 1e-9), or one with a rounded target, calls a tie; compare the ' +
      'distances to the target as given, exactly',
    cause: 'nearTie',
  };
}

/**
 * Distances closer than this (relative to their size) are a near-tie: far more apart than any
 * rounding of a learner's arithmetic (about 1e-16 relative), closer than tolerances learners pick.
 */
const NEAR_TIE = 1e-6;

function nearTie(a: number, b: number): boolean {
  return a !== b && distance(a, b) < NEAR_TIE * Math.max(1, a, b);
}

/**
 * Two numbers shown with the fewest significant digits (6 at least) that tell them apart,
 * so that 0.4999999999 and 0.5000000001 do not both read 0.5.
 */
function apart(a: number, b: number): [string, string] {
  for (let digits = 6; digits < 17; digits++) {
    const shown: [string, string] = [formatNumber(a, digits), formatNumber(b, digits)];
    if (shown[0] !== shown[1] || a === b) return shown;
  }
  return [String(a), String(b)];
}

const SMALL_TIMES = ['once', 'twice', 'three times', 'four times', 'five times', 'six times'];

/** "once", "four times", "12 times": spelt out while small, so that "3 4 times" never happens. */
function timesWord(n: number): string {
  return SMALL_TIMES[n - 1] ?? `${thousands(n)} times`;
}

export function count(n: number, noun: string): string {
  return `${thousands(n)} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * 1234567 as "1,234,567". Not toLocaleString: its first call loads the ICU data, 25 ms of every
 * grading process's start.
 */
export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Up to `digits` significant digits (more for large numbers), no exponent for this kata's sizes. */
function formatNumber(x: number, digits = 6): string {
  if (Number.isInteger(x)) return String(x);
  const precision = Math.min(17, Math.max(digits, Math.ceil(Math.log10(Math.abs(x) + 1)) + 3));
  return String(Number(x.toPrecision(precision)));
}

/**
 * Describes any value in a few words without running its code: learners return Proxies, objects
 * with throwing getters and the like, and describing them must not crash the grader.
 */
export function describeValue(value: unknown): string {
  try {
    if (value instanceof Described) return value.text;
    if (value === undefined) return 'undefined';
    if (value === null) return 'null';
    switch (typeof value) {
      case 'number':
        return Number.isNaN(value) ? 'NaN' : String(value);
      case 'string':
        return `the string ${JSON.stringify(value.length > 20 ? value.slice(0, 20) + '…' : value)}`;
      case 'bigint':
        return `the bigint ${value}n`;
      case 'boolean':
      case 'symbol':
        return `the ${typeof value} ${String(value)}`;
      case 'function':
        return 'a function';
    }
    const tag = Object.prototype.toString.call(value);
    if (tag === '[object Promise]')
      return `a Promise (${MAIN_EXERCISE.exportName} must not be async)`;
    if (Array.isArray(value)) return 'an array';
    if (isNodeLike(value)) return 'a tree node (return node.val, not the node)';
    const name = tag.slice(8, -1);
    if (name === 'Object') return 'an object';
    return `${/^[AEIO]/.test(name) ? 'an' : 'a'} ${name}`; // "a Uint32Array", "an Int8Array"
  } catch {
    return 'a value that cannot be inspected';
  }
}

function isNodeLike(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === null || typeof proto !== 'object') return false;
  const ctor = Object.getOwnPropertyDescriptor(proto, 'constructor')?.value as unknown;
  return typeof ctor === 'function' && /Node$/.test(ctor.name);
}
