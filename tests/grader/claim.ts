import { readFileSync } from 'node:fs';
import type { Colors } from 'picocolors/types';
import type { Exercise } from './exercises/exercise';
import { perNodeRise, perSixteenfold } from './growth';
import { exerciseOfFile } from './exercises/index';
import type { SpaceClass } from './tiers/space';
import { describeKind, type CheckResult, type TierId, type TierResult } from './tiers/tier';

/*
 * The complexity a learner claims on a `// complexity: O(...)` line, both halves: time held against
 * what the grader measured on balanced trees (how reads grow with n at a small k, how they grow
 * with k, whether one more value costs more on a larger tree), space against the space tier. A
 * claim passes only when both halves are right and tight: a half that asks for less than was
 * measured is too optimistic (✗); one that asks for more is true but not tight (⚠), except by one
 * log factor of the time, which may be work off the tree (a sort, a heap) that reads cannot see.
 * The classes the tiers tell apart, and the claims tight for each (claim.test.ts holds the table):
 *   optimal passes: O(log n + k), O(h + k); O(log n + k log k) (the answer sorted); not O(k log n)
 *   a search from the root per value: O(k log n), O(k h)
 *   sublinear passes, optimal's log n check does not: any class between log n and n at a small k
 *   linear passes, sublinear does not: O(n); O(n log n) (a sort), O(n log k) (a heap of k)
 *   linear does not pass: anything faster than n (the tiers measure no further)
 */

export type ClaimVerdict = 'matches' | 'pessimistic' | 'optimistic' | 'none';

export interface Claim {
  /** The time claim as written (on the `complexity:` line), or null when there is none. */
  stated: string | null;
  /** The time half's verdict (the JSON report's claim.verdict). */
  verdict: ClaimVerdict;
  /** One line for the card: the verdict and the measurement behind it, time then space. */
  line: string;
  /** The space half, held against the space tier's measurement. */
  space: SpaceClaim;
  /** Both halves together: 'matches' is a claim that passes (see overallOf). */
  overall: ClaimVerdict;
  /** How its exercise's claim is written (the form its next step asks for). */
  protocol?: Exercise['protocol'];
  /** The time half states a bound that can be read. */
  readable?: boolean;
  /** A time half more than was measured, by reads alone (work off the tree may be the rest). */
  aboveReads?: boolean;
}

export interface SpaceClaim {
  stated: string | null;
  measured: SpaceClass | null;
  verdict: ClaimVerdict;
}

/** n^a · k^b · (log n)^c · (log k)^d; h counts as log n (the trees measured are balanced). */
interface Term {
  a: number;
  b: number;
  c: number;
  d: number;
}

const CLAIM_LINE = /^[ \t]*\/\/[ \t]*complexity[ \t]*:[ \t]*(.*?)[ \t]*$/im;
const SPACE_LINE = /^[ \t]*\/\/[ \t]*space[ \t]*:[ \t]*(.*?)[ \t]*$/im;

/** The stub's `O(?)` is no claim yet. */
const noClaim = (text: string) => text === '' || /^O\(\s*\?\s*\)$/i.test(text);

/**
 * The halves of a `complexity:` line, as people say them: `O(log n + k) time, O(h) space`,
 * `time O(n log k), space O(k)`, `O(n) time and O(n) space`, `O(log n + k) / O(log n)` (time
 * first), or one bound alone (time). A `// space:` line gives the space half too.
 */
export function readClaims(source: string): { time: string | null; space: string | null } {
  const line = CLAIM_LINE.exec(source)?.[1] ?? '';
  const bounds = boundsIn(line);
  let time: string | null = null;
  let space: string | null = null;
  const unlabelled: string[] = [];
  for (const { text, before, after } of bounds) {
    const label =
      /\b(space|memory)\b/i.test(after) || /\b(space|memory)\s*$/i.test(before)
        ? 'space'
        : /\btime\b/i.test(after) || /\btime\s*$/i.test(before)
          ? 'time'
          : null;
    if (label === 'space') space ??= text;
    else if (label === 'time') time ??= text;
    else unlabelled.push(text);
  }
  if (bounds.length === 0 && !noClaim(line)) time = line;
  for (const text of unlabelled) {
    if (time === null) time = text;
    else if (space === null) space = text;
  }
  const spaceLine = SPACE_LINE.exec(source)?.[1] ?? '';
  if (!noClaim(spaceLine)) space = spaceLine;
  const claimed = (text: string | null) => (text !== null && noClaim(text) ? null : text);
  return { time: claimed(time), space: claimed(space) };
}

/**
 * Each O(...) in a line with what stands between it and its neighbours (its label, if any). The
 * words after a bound stop at the next separator: "O(n) time, O(h) space".
 */
function boundsIn(line: string): { text: string; before: string; after: string }[] {
  const found: { start: number; end: number }[] = [];
  const opener = /[OoΘθ]\s*\(/g;
  for (let match = opener.exec(line); match; match = opener.exec(line)) {
    let depth = 0;
    let end = -1;
    for (let i = match.index + match[0].length - 1; i < line.length; i++) {
      if (line[i] === '(') depth++;
      else if (line[i] === ')' && --depth === 0) {
        end = i + 1;
        break;
      }
    }
    if (end === -1) break;
    found.push({ start: match.index, end });
    opener.lastIndex = end;
  }
  return found.map(({ start, end }, i) => {
    const previousEnd = i > 0 ? found[i - 1].end : 0;
    const nextStart = i + 1 < found.length ? found[i + 1].start : line.length;
    const between = line.slice(end, nextStart);
    const cut = between.search(/[,;/]|\band\b/);
    return {
      text: line.slice(start, end),
      before:
        line
          .slice(previousEnd, start)
          .split(/[,;/]|\band\b/)
          .pop() ?? '',
      after: cut === -1 ? between : between.slice(0, cut),
    };
  });
}

/**
 * A claim line's bounds by the halves their words name (`labels`, the first that matches), an
 * unlabelled bound taking the first half still free in `order`: "O(h) first value, O(1) per value,
 * O(h) space".
 */
function readLabelled<H extends string>(
  source: string,
  labels: readonly (readonly [H, RegExp])[],
  order: readonly H[],
  qualifiers: Qualifiers<H> = {},
): Record<H, string | null> {
  const halves = Object.fromEntries(labels.map(([half]) => [half, null])) as Record<
    H,
    string | null
  >;
  const unlabelled: { text: string; words: string }[] = [];
  const take = (half: H, text: string, words: string) => {
    halves[half] = text;
    const word = QUALIFIER.exec(words)?.[0];
    if (word) qualifiers[half] = word;
  };
  for (const { text, before, after } of boundsIn(CLAIM_LINE.exec(source)?.[1] ?? '')) {
    const words = `${before} ${after}`;
    const label = labels.find(([, pattern]) => pattern.test(words))?.[0];
    if (label && halves[label] === null && !noClaim(text)) take(label, text, words);
    else if (!label) unlabelled.push({ text, words });
  }
  for (const { text, words } of unlabelled.filter(({ text }) => !noClaim(text))) {
    const free = order.find((half) => halves[half] === null);
    if (free) take(free, text, words);
  }
  return halves;
}

/** The word a learner wrote beside each half's bound ("amortised"), filled by readLabelled. */
type Qualifiers<H extends string> = Partial<Record<H, string>>;

/**
 * A word written beside a bound that says what kind of bound it is ("O(1) amortised per value",
 * "O(h) per value worst case"): the card repeats it, since the bound means something else without.
 */
const QUALIFIER = /\b(amorti[sz]ed|on average|average|expected|worst[- ]case)\b/i;

/**
 * closestFirst's claim, as people say it: `O(h) first value, O(1) amortised per value, O(h)
 * space` (labels: first; per, each or next; space or memory), or three bounds in that order. Its
 * time is the cost of the first k values, `first + k·per`: the bound the engine's tiers measure
 * through its call protocol (firstValues.ts), judged as the main kata's time half is.
 */
export function readFirstValueClaims(
  source: string,
  qualifiers: Qualifiers<'first' | 'per' | 'space'> = {},
): {
  first: string | null;
  per: string | null;
  space: string | null;
} {
  return readLabelled(
    source,
    [
      ['space', /\b(space|memory)\b/i],
      ['first', /\bfirst\b/i],
      ['per', /\b(per|each|next)\b/i],
    ],
    ['first', 'per', 'space'],
    qualifiers,
  );
}

/**
 * ClosestIndex's claim, as people say it: `O(n) build, O(log n + k) per query, O(n) space`
 * (labels: build, construct or preprocess; query, per or each; space or memory), or three bounds
 * in that order.
 */
export function readIndexClaims(
  source: string,
  qualifiers: Qualifiers<'build' | 'query' | 'space'> = {},
): {
  build: string | null;
  query: string | null;
  space: string | null;
} {
  return readLabelled(
    source,
    [
      ['space', /\b(space|memory)\b/i],
      ['build', /\b(build|construct\w*|preprocess\w*)\b/i],
      ['query', /\b(query|per|each)\b/i],
    ],
    ['build', 'query', 'space'],
    qualifiers,
  );
}

/** The time half of the claim (see readClaims), or null. */
export function readClaim(source: string): string | null {
  return readClaims(source).time;
}

// --- reading a claim -----------------------------------------------------------------------------

type Token =
  { kind: 'num'; value: number } | { kind: 'var'; name: 'n' | 'k' | 'h' } | { kind: string };

function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  const s = text.toLowerCase().replace(/\s+/g, '');
  for (let i = 0; i < s.length;) {
    const rest = s.slice(i);
    const number = /^\d+(\.\d+)?/.exec(rest);
    const word = /^(sqrt|log|lg|ln)/.exec(rest);
    if (number) {
      tokens.push({ kind: 'num', value: Number(number[0]) });
      i += number[0].length;
    } else if (word) {
      tokens.push({ kind: word[1] === 'sqrt' ? 'sqrt' : 'log' });
      i += word[0].length;
    } else if ('nkh'.includes(rest[0])) {
      tokens.push({ kind: 'var', name: rest[0] as 'n' | 'k' | 'h' });
      i++;
    } else if ('²³'.includes(rest[0])) {
      tokens.push({ kind: '^' }, { kind: 'num', value: rest[0] === '²' ? 2 : 3 });
      i++;
    } else if ('√'.includes(rest[0])) {
      tokens.push({ kind: 'sqrt' });
      i++;
    } else if ('+*·×^()'.includes(rest[0])) {
      tokens.push({ kind: rest[0] === '·' || rest[0] === '×' ? '*' : rest[0] });
      i++;
    } else {
      return null;
    }
  }
  return tokens;
}

/** A sum of terms, or null for what is not a bound in n and k. */
type Bound = Term[];

const ONE: Term = { a: 0, b: 0, c: 0, d: 0 };

function times(x: Term, y: Term): Term {
  return { a: x.a + y.a, b: x.b + y.b, c: x.c + y.c, d: x.d + y.d };
}

function power(x: Term, e: number): Term {
  return { a: x.a * e, b: x.b * e, c: x.c * e, d: x.d * e };
}

/**
 * Recursive descent: sum := product ('+' product)*; product := factor factor* (times implied). A
 * sum in parentheses multiplies out: (h + k) log k is h log k + k log k.
 */
function parse(tokens: Token[]): Bound | null {
  let i = 0;
  const peek = () => tokens[i]?.kind;
  function sum(): Bound | null {
    const terms: Term[] = [];
    for (;;) {
      const part = product();
      if (!part) return null;
      terms.push(...part);
      if (peek() !== '+') return terms;
      i++;
    }
  }
  function product(): Bound | null {
    let bound = factor();
    if (!bound) return null;
    while (i < tokens.length && peek() !== '+' && peek() !== ')') {
      if (peek() === '*') i++;
      const next = factor();
      if (!next) return null;
      bound = multiplied(bound, next);
    }
    return bound;
  }
  function factor(): Bound | null {
    const base = atom();
    if (!base) return null;
    if (peek() !== '^') return base;
    i++;
    const e = tokens[i++];
    if (e?.kind !== 'num') return null;
    const exponent = (e as { value: number }).value;
    if (base.length === 1) return [power(base[0], exponent)];
    // A sum to a power: multiplied out for a small whole power, (n + k)^2; no other.
    if (!Number.isInteger(exponent) || exponent < 1 || exponent > 4) return null;
    let out = base;
    for (let j = 1; j < exponent; j++) out = multiplied(out, base);
    return out;
  }
  function atom(): Bound | null {
    const token = tokens[i++];
    if (!token) return null;
    if (token.kind === 'num') return [ONE];
    if (token.kind === 'var') {
      const name = (token as { name: string }).name;
      return [name === 'n' ? { ...ONE, a: 1 } : name === 'k' ? { ...ONE, b: 1 } : { ...ONE, c: 1 }];
    }
    if (token.kind === '(') {
      const inner = sum();
      return inner && tokens[i++]?.kind === ')' ? inner : null;
    }
    if (token.kind === 'sqrt') return single(atom(), (t) => power(t, 0.5));
    if (token.kind === 'log') {
      // log n, log k, log h (log log n: as good as constant here), log² n, log(n), log n^2
      let exponent = 1;
      if (peek() === '^') {
        i++;
        const e = tokens[i++];
        if (e?.kind !== 'num') return null;
        exponent = (e as { value: number }).value;
      }
      return single(atom(), (of) => {
        if (of.a > 0 && of.b === 0) return { ...ONE, c: exponent };
        if (of.b > 0 && of.a === 0) return { ...ONE, d: exponent };
        if (of.a === 0 && of.b === 0) return ONE;
        return null;
      });
    }
    return null;
  }
  /** What `f` makes of a bound of one term (the root or log of a sum is not read). */
  function single(bound: Bound | null, f: (t: Term) => Term | null): Bound | null {
    const made = bound?.length === 1 ? f(bound[0]) : null;
    return made && [made];
  }
  const bound = sum();
  return bound && i === tokens.length ? bound : null;
}

/** Every term of one bound times every term of the other. */
function multiplied(x: Bound, y: Bound): Bound {
  return x.flatMap((t) => y.map((u) => times(t, u)));
}

/** The bound inside O(...), or null when it cannot be read. */
export function parseClaim(stated: string): Bound | null {
  const inner = /^[oθΘ]\s*\((.*)\)$/is.exec(stated.trim())?.[1] ?? stated;
  const tokens = tokenize(inner);
  const bound = tokens && tokens.length > 0 ? parse(tokens) : null;
  // In one order, each term once, so that spellings of one bound compare equal.
  const order = (x: Term, y: Term) => x.a - y.a || x.b - y.b || x.c - y.c || x.d - y.d;
  return bound && bound.sort(order).filter((t, j, all) => j === 0 || order(all[j - 1], t) !== 0);
}

// --- comparing bounds ------------------------------------------------------------------------------

/**
 * How a bound grows along one way k can sit against n: [power of n, power of log n, power of
 * log log n], compared in that order. k is a constant, log n (where k log n and k log k part:
 * log n against log log n per value), √n, or a fraction of n (k ≤ n).
 */
type Growth = [number, number, number];

const PATHS: ((t: Term) => Growth)[] = [
  (t) => [t.a, t.c, 0],
  (t) => [t.a, t.c + t.b, t.d],
  (t) => [t.a + t.b / 2, t.c + t.d, 0],
  (t) => [t.a + t.b, t.c + t.d, 0],
];

function compare(x: Growth, y: Growth): number {
  for (let i = 0; i < 3; i++) if (Math.abs(x[i] - y[i]) > 1e-9) return Math.sign(x[i] - y[i]);
  return 0;
}

const larger = (x: Growth, y: Growth): Growth => (compare(x, y) >= 0 ? x : y);

const growthOf = (bound: Bound, along: (t: Term) => Growth): Growth =>
  bound.map(along).reduce(larger, [0, 0, 0]);

const term = (a: number, b: number, c: number, d: number): Term => ({ a, b, c, d });

/**
 * One part of what the tiers measured: the least it grows like (`term`), and how far above that a
 * tight claim may go. 'exact': the tiers pin it, and a claim may add one log factor for work off
 * the tree (see ceiling); 'belowN': sublinear passes but the log n check does not, so anything
 * between log n and n (log² n stands for the least); 'open': faster than n, and the tiers measure
 * no further. `known` is false for a part assumed from a check that could not measure: the least
 * it could have shown, which never refutes a claim.
 */
interface Part {
  term: Term;
  upTo: 'exact' | 'belowN' | 'open';
  known: boolean;
}

/**
 * The most a tight claim may grow like, along one path, for one part. Reads see the tree and
 * nothing else, and what the code does off it works on what it read: R values sorted cost
 * R log R, a heap of k of them R log k; one log factor of the reads. So O(n log n) for a sort of
 * every value and O(n log k) for a bounded heap are tight against O(n) reads, O(log n + k log k)
 * for sorting the answer against O(log n + k); O(k log n) is not: at k = log n it is log² n, and
 * sorting log n + k values costs log n · log log n.
 */
function ceiling(part: Part, along: (t: Term) => Growth): Growth {
  if (part.upTo === 'open') return [Infinity, 0, 0];
  if (part.upTo === 'belowN') return [1, -Infinity, 0]; // every power of n below 1; n itself not
  const [p, l, ll] = along(part.term);
  return p > 0 ? [p, l + 1, ll] : l > 0 ? [p, l, ll + 1] : [p, l, ll];
}

/** A term as people write it: `n log k`, `k log n`, `√n`. */
function termWords({ a, b, c, d }: Term): string {
  const power = (x: number, name: string) =>
    x === 0 ? [] : [x === 1 ? name : x === 0.5 ? `√${name}` : `${name}^${x}`];
  const log = (x: number, of: string) =>
    x === 0 ? [] : [x === 1 ? `log ${of}` : `log^${x} ${of}`];
  return [...power(a, 'n'), ...power(b, 'k'), ...log(c, 'n'), ...log(d, 'k')].join(' ') || '1';
}

/** The exact parts as one class, each term dominated everywhere by another one left out. */
function classWords(terms: Term[]): string {
  const below = (t: Term, u: Term) => PATHS.every((along) => compare(along(t), along(u)) <= 0);
  const kept = terms.filter(
    (t, i) => !terms.some((u, j) => j !== i && below(t, u) && (!below(u, t) || j < i)),
  );
  return `O(${kept.map(termWords).join(' + ')})`;
}

/**
 * The large-k check's score (rise over its limit) from which the cost per value grows like a power
 * of n: k·log n rises ×1.24 per 16-fold n (score 1.1), √n ×4 (3.6), a full walk ×16 (14).
 */
const LARGE_K_LIKE_N = 2.5;

/** What the tiers measured: its parts, in words, and the tight class they name. */
interface Measured {
  parts: Part[];
  words: string;
  tight: string;
  /** Why a check could not measure (a wrong answer, the read cap), if one could not. */
  unknown: string | null;
  /**
   * Measured by a clock, which sees every step of the code (ClosestIndex's query on arrays); else
   * by reads, which see no work off the tree (values moved in an array, a list scanned again).
   */
  byClock?: boolean;
}

type Status = 'pass' | 'fail' | 'unknown';

/**
 * An exercise without a linear tier (closestFirst) learns from its log n check's failing series
 * whether its reads at a small k grow like n or faster: reads per node over the series' last ×16
 * step of n at least this (stated per ×16 step). The sizes after that step, where it stopped,
 * are not measured: "or faster" stays open.
 * Like-n side: c·n is flat (1.0); c·n + d·√n with d ≤ c falls to 0.99 from 2^12 to 2^16. Margin
 * 1.06×. Slower side: n / log n gives 0.75, n^0.9 0.76. Margin 1.23×. Between them (n^0.95: 0.87)
 * the reads stay "faster than log n", which refutes no claim above log² n.
 */
const LIKE_N_PER_NODE = 0.93;

const perNodeRisePerSixteenfold = perSixteenfold(perNodeRise);

/** Whether a failed check's judged series read like n or faster over its last ×16 step. */
function readsLikeN(check: CheckResult | undefined): boolean {
  const series = check?.plots?.filter((plot) => plot.judged && plot.points.length >= 2) ?? [];
  // A plot's point as the growth statistics read one: reads at n.
  const point = ({ x, y }: { x: number; y: number }) => ({ n: x, k: 0, reads: y, cpuMs: 0 });
  return (
    series.length > 0 &&
    series.every(({ points }) => {
      const [from, to] = points.slice(-2).map(point);
      return perNodeRisePerSixteenfold(from, to) >= LIKE_N_PER_NODE;
    })
  );
}

/**
 * `ids.optimal` names the tier that runs optimal's checks (closestFirst's lazy). An exercise without
 * linear and sublinear tiers (closestFirst) has them as unknown: whatever the code reads beyond
 * log n at a small k is then "faster than log n", or "like n or faster" where its failing series
 * read like n (readsLikeN), and the tiers tell no closer. `ids.firstValues` names the tight class
 * in closestFirst's form.
 */
function measured(
  results: TierResult[],
  ids: { optimal?: string; firstValues?: boolean } = {},
): Measured | null {
  const byId = new Map<string, TierResult>(results.map((r) => [r.id, r]));
  const optimal = byId.get(ids.optimal ?? 'optimal');
  const absent = (id: string): TierResult => ({
    id: id as TierId,
    passed: true,
    checks: [],
    figure: '',
  });
  const [linear, sublinear] = ids.optimal
    ? [absent('linear'), absent('sublinear')]
    : [byId.get('linear'), byId.get('sublinear')];
  if (!linear || !sublinear || !optimal) return null;
  let unknown: string | null = null;
  // A check stopped for another reason than its growth (a wrong answer, the read cap) measured
  // nothing: it counts as passed, the least it could have shown. A tier the exercise has not, as
  // unknown: nothing it says.
  const status = (tier: TierResult, checks: (CheckResult | undefined)[]): Status => {
    if (tier.checks.length === 0) return 'unknown';
    // Left out because the file stated no claim when it was graded (one added since): unmeasured.
    const skipped = checks.find((check) => check?.notRun === 'unclaimed');
    if (skipped) {
      unknown ??= `${tier.id} stopped at its first failing check, as the file graded stated no claim (grade it again)`;
    }
    const ran = checks.filter((check) => check && check.notRun !== 'unclaimed');
    const broken = ran.find((check) => check && !check.passed && check.kind !== 'growth');
    if (broken) unknown ??= `${tier.id} could not measure: ${describeKind(broken.kind)}`;
    if (ran.some((check) => check && !check.passed && check.kind === 'growth')) return 'fail';
    return broken || skipped ? 'unknown' : 'pass';
  };
  const [logCheck, perK, largeK, kCurve] = optimal.checks;
  const atSqrtK = (check: CheckResult) => check.name.includes('k = √n');
  const log = status(optimal, [logCheck]);
  const sub = status(sublinear, sublinear.checks);
  const linearSmallK = status(
    linear,
    linear.checks.filter((check) => !atSqrtK(check)),
  );
  const linearSqrtK = status(linear, linear.checks.filter(atSqrtK));
  const large = status(optimal, [largeK]);
  const perValue = [status(optimal, [perK]), large, status(optimal, [kCurve])];

  const parts: Part[] = [];
  const words: string[] = [];
  const add = (part: Part, said?: string) => {
    parts.push(part);
    if (part.known && said) words.push(said);
  };
  // At a small k, by tier: log n, between log n and n, n, beyond.
  if (sub === 'fail') {
    if (linearSmallK === 'fail')
      add({ term: term(1, 0, 1, 0), upTo: 'open', known: true }, 'faster than n at a small k');
    else
      add(
        { term: term(1, 0, 0, 0), upTo: linearSmallK === 'pass' ? 'exact' : 'open', known: true },
        linearSmallK === 'pass' ? 'like n at a small k' : 'like n or faster at a small k',
      );
  } else if (log === 'fail' && sub === 'unknown' && readsLikeN(logCheck)) {
    add({ term: term(1, 0, 0, 0), upTo: 'open', known: true }, 'like n or faster at a small k');
  } else if (log === 'fail') {
    add(
      { term: term(0, 0, 2, 0), upTo: sub === 'pass' ? 'belowN' : 'open', known: true },
      sub === 'pass'
        ? 'faster than log n, slower than n, at a small k'
        : 'faster than log n at a small k',
    );
  } else {
    add(
      { term: term(0, 0, 1, 0), upTo: 'exact', known: log === 'pass' },
      'like log n at a small k',
    );
  }
  // Linear at k = √n and not at k = 1: more than n at k = √n, whatever it is beyond (n log k
  // stands for the least: n at k = 1, n log n at k = √n).
  if (linearSqrtK === 'fail' && linearSmallK !== 'fail') {
    add({ term: term(1, 0, 0, 1), upTo: 'open', known: true }, 'faster than n at k = √n');
  }
  // At a large k, one more value costs more on a larger tree: like a power of n (a walk of the
  // whole tree, or of √n of it: ×4 and more per 16-fold n), or by a log factor (a search per value).
  const largeKLikeN = large === 'fail' && (largeK.score ?? Infinity) >= LARGE_K_LIKE_N;
  if (largeKLikeN && parts[0].term.a < 1) {
    add({ term: term(1, 0, 0, 0), upTo: 'exact', known: true }, 'like n at a large k');
  }
  // The k-curve's tail is exactly 0 when no value costs any read: reads do not depend on k.
  const known = !perValue.includes('unknown');
  if (perValue[2] === 'pass' && kCurve?.score === 0) {
    words.push('not with k');
  } else {
    const logN = perValue.slice(0, 2).includes('fail') && !largeKLikeN;
    const superK = perValue[2] === 'fail';
    add(
      { term: term(0, 1, logN ? 1 : 0, superK ? 1 : 0), upTo: 'exact', known },
      superK
        ? 'faster than k'
        : logN
          ? 'like k·log n (one more value costs more on a larger tree)'
          : 'like k (one more value costs the same on every tree)',
    );
  }
  const exact = parts.every((part) => part.upTo === 'exact');
  const terms = parts.map((part) => part.term);
  const tight = !exact
    ? 'less than O(n) at a small k (sublinear passes; the tiers tell no closer)'
    : ids.firstValues
      ? firstValueClass(terms)
      : classWords(terms);
  return { parts, words: `reads grow ${words.join(', ')}`, tight, unknown };
}

/**
 * The class of the first k values in closestFirst's form: the terms without k are the first
 * value's, those with k, divided by it, each value's after it ("O(log n) first value, O(1) per
 * value" for O(log n + k)).
 */
function firstValueClass(terms: Term[]): string {
  const first = terms.filter((t) => t.b === 0 && t.d === 0);
  const per = terms.filter((t) => t.b > 0).map((t) => ({ ...t, b: t.b - 1 }));
  const words = (of: Term[]) => (of.length > 0 ? classWords(of) : 'O(1)');
  return `${words(first)} first value, ${words(per)} per value`;
}

/** How a claim is written, per exercise. */
const FORMS = {
  kValues: {
    how: 'write it like `// complexity: O(log n + k) time, O(h) space`',
    line: '`// complexity: O(...) time, O(...) space`',
    withSpace: (space: string) => `\`// complexity: O(...) time, ${space} space\``,
    withTime: (time: string) => `\`// complexity: ${time} time, O(...) space\``,
  },
  closestFirst: {
    how: 'write it like `// complexity: O(h) first value, O(1) amortised per value, O(h) space`',
    line: '`// complexity: O(...) first value, O(...) per value, O(...) space`',
    withSpace: (space: string) =>
      `\`// complexity: O(...) first value, O(...) per value, ${space} space\``,
    withTime: (time: string) => `\`// complexity: ${time}, O(...) space\``,
  },
  index: {
    how: 'write it like `// complexity: O(n) build, O(log n + k) per query, O(n) space`',
    line: '`// complexity: O(...) build, O(...) per query, O(...) space`',
    withSpace: (space: string) =>
      `\`// complexity: O(...) build, O(...) per query, ${space} space\``,
    withTime: (time: string) => `\`// complexity: ${time}, O(...) space\``,
  },
} satisfies Record<Exercise['protocol'], unknown>;

/** The words for each verdict, wherever one is shown: the card, the scorecard, npm run progress. */
export const VERDICT_WORDS: Record<ClaimVerdict, string> = {
  matches: 'matches',
  pessimistic: 'true but not tight',
  optimistic: 'too optimistic',
  none: 'not judged',
};

/** The claim in `source`, both halves, judged against the tier results. */
export function judgeClaim(
  source: string,
  results: TierResult[],
  protocol: Exercise['protocol'] = 'kValues',
): Claim {
  if (protocol === 'index') return judgeIndexClaim(source, results);
  const qualifiers: Qualifiers<'first' | 'per' | 'space'> = {};
  const first = protocol === 'closestFirst' ? readFirstValueClaims(source, qualifiers) : null;
  const statedTime = first ? firstValueTime(source, qualifiers, first) : timeOf(source);
  const time = {
    ...judgeTimeClaim(
      statedTime,
      measured(results, first ? { optimal: 'lazy', firstValues: true } : {}),
      FORMS[protocol],
    ),
    readable: statedTime.bound !== null,
  };
  const space = first
    ? judgeSpaceClaim(first.space, results, 'iterator')
    : judgeSpaceClaim(readClaims(source).space, results);
  return bothHalves(time, space, protocol);
}

/** A claim from its judged time and space halves: their verdicts together, one line for both. */
function bothHalves(
  time: Omit<Claim, 'space' | 'overall'>,
  { line, ...space }: SpaceClaim & { line: string },
  protocol: Exercise['protocol'],
): Claim {
  const spaceLine =
    line ||
    (time.stated === null ? '' : 'space: not stated yet; an interviewer asks for both halves');
  return {
    ...time,
    space,
    protocol,
    overall: overallOf(time.verdict, space),
    line: spaceLine ? `${time.line}; ${spaceLine}` : time.line,
  };
}

/**
 * Both halves together: wrong if either is, else not tight if either is, else right when both
 * are (a space half the space tier could not measure, readable, stands: nothing holds it back).
 */
function overallOf(time: ClaimVerdict, space: SpaceClaim): ClaimVerdict {
  const unmeasured =
    space.verdict === 'none' &&
    space.stated !== null &&
    space.measured === null &&
    spaceClassIn(space.stated) !== null;
  const halves = [time, unmeasured ? 'matches' : space.verdict];
  for (const verdict of ['optimistic', 'pessimistic', 'none'] as const)
    if (halves.includes(verdict)) return verdict;
  return 'matches';
}

/** A time claim as written, and the bound it states (null: unreadable). */
interface StatedTime {
  stated: string | null;
  bound: Bound | null;
  /** Its cost per value is said to be a worst case (closestFirst): reads measure the mean. */
  worstCase?: boolean;
  /** Why a claim whose bounds read is still no bound (a half of its form missing). */
  unjudged?: string;
}

function timeOf(source: string): StatedTime {
  const stated = readClaim(source);
  return { stated, bound: stated === null ? null : parseClaim(stated) };
}

/** A half of the claim line as the card repeats it: the bound, its qualifier, then `label`. */
function halfAsWritten(text: string | null, qualifier: string | undefined, label: string): string {
  if (text === null) return `O(?) ${label}`;
  return qualifier ? `${text} ${qualifier} ${label}` : `${text} ${label}`;
}

/** The time of the first k values of a closestFirst: its first value, then k values more. */
function firstValueTime(
  source: string,
  qualifiers: Qualifiers<'first' | 'per' | 'space'> = {},
  { first, per } = readFirstValueClaims(source, qualifiers),
): StatedTime {
  if (first === null && per === null) return { stated: null, bound: null };
  if (first === null || per === null) {
    // One bound for the first k values ("O(log n + k) time"): repeated as written, not as a half.
    const written = CLAIM_LINE.exec(source)?.[1] ?? '';
    const missing = first === null ? 'the first value' : 'each value after it';
    return { stated: written, bound: null, unjudged: `it says nothing of ${missing}` };
  }
  const stated = `${halfAsWritten(first, qualifiers.first, 'first value')}, ${halfAsWritten(per, qualifiers.per, 'per value')}`;
  const worstCase = /worst/i.test(qualifiers.per ?? '');
  const [firstBound, perBound] = [first, per].map((text) => (text ? parseClaim(text) : null));
  if (!firstBound || !perBound) return { stated, bound: null };
  const bound = [...firstBound, ...perBound.map((t) => times(t, term(0, 1, 0, 0)))];
  bound.sort((x, y) => x.a - y.a || x.b - y.b || x.c - y.c || x.d - y.d);
  return { stated, bound, worstCase };
}

/** A time claim against what the tiers measured (null: not every tier it needs ran). */
function judgeTimeClaim(
  { stated, bound: claim, worstCase, unjudged }: StatedTime,
  found: Measured | null,
  form: (typeof FORMS)[keyof typeof FORMS],
): Omit<Claim, 'space' | 'overall'> {
  if (stated === null) {
    return {
      stated: null,
      verdict: 'none',
      line: `no claim yet: say what it costs, time and space, on a line ${form.line}, and it is held against the measurements`,
    };
  }
  if (!claim) {
    const why = unjudged ?? 'not a bound in n and k I can read';
    return { stated, verdict: 'none', line: `${stated}: ${why}; ${form.how}` };
  }
  if (!found)
    return { stated, verdict: 'none', line: `${stated}: not checked, not every tier ran` };
  // Refuted by whatever was measured, even where another check could not measure.
  const least = found.parts.filter((part) => part.known).map((part) => part.term);
  if (PATHS.some((along) => compare(growthOf(claim, along), growthOf(least, along)) < 0)) {
    return {
      stated,
      verdict: 'optimistic',
      line: `${stated} is too optimistic: ${found.words}, more than it allows`,
    };
  }
  if (found.unknown)
    return { stated, verdict: 'none', line: `${stated}: not checked, ${found.unknown}` };
  // A worst case above the mean the reads measure (two stacks: O(h) for one value, O(1) over many)
  // is neither refuted nor confirmed by them.
  if (worstCase) {
    return {
      stated,
      verdict: 'none',
      line: `${stated}: the tiers measure what values cost over many of them (amortised), not one value's worst case: ${found.words}; their class is ${found.tight}`,
    };
  }
  const tight = PATHS.every(
    (along) =>
      compare(
        growthOf(claim, along),
        found.parts.map((part) => ceiling(part, along)).reduce(larger),
      ) <= 0,
  );
  if (!tight) {
    // Reads bound the work on the tree, not the work beside it: a claim above them may count work
    // they cannot see (a splice per value moves the array), and the line does not deny that.
    const line = found.byClock
      ? `${stated} is true but not tight: ${found.words}; the tight class is ${found.tight}`
      : `${stated} is true but not tight for the reads: ${found.words}; their tight class is ${found.tight} (only work off the tree, which reads cannot see, could make it tight: values moved in an array, a list scanned again)`;
    return { stated, verdict: 'pessimistic', line, aboveReads: !found.byClock };
  }
  const same = PATHS.every(
    (along) => compare(growthOf(claim, along), growthOf(least, along)) === 0,
  );
  // A part assumed, not measured (the log n of a query timed by the clock): a claim that leaves it
  // out (O(k) a query) is not refuted, and not confirmed either. Nor is one at the least of a part
  // the tiers measured only from below ("like n or faster": O(n) for a sort per query).
  const assumed = found.parts.some((part) => !part.known);
  const exact = found.parts.every((part) => part.upTo === 'exact');
  const why =
    same && !assumed && exact
      ? ''
      : !assumed && exact
        ? '; its extra log factor may be work off the tree (a sort, a heap), which reads cannot see'
        : '; the tiers tell no closer';
  return { stated, verdict: 'matches', line: `${stated} matches: ${found.words}${why}` };
}

// --- ClosestIndex's claim: build, query, space ------------------------------------------------------

/**
 * Below this exponent of n (over 2^8 to 2^17, the build tier's sizes) a build's reads grow slower
 * than n. Honest O(n) side: c·n, and c·n − d·√n with d ≤ c, give 0.97 to 1.01. Slower side: a
 * build that walks one path (h nodes) gives 0.12, √n·log n (no known index) 0.56. Margins: 0.22
 * and 0.19 of the exponent.
 */
const BUILD_LIKE_N = 0.75;

/** What the build tier measured: how the constructor's reads grow with n (indexCalls.ts builds). */
function buildMeasured(results: TierResult[]): Measured | null {
  const tier = results.find((r) => r.id === 'build');
  if (!tier || tier.checks.length === 0) return null;
  const failed = tier.checks.filter((check) => !check.passed && !check.notRun);
  if (failed.some((check) => check.kind === 'growth')) {
    return {
      parts: [{ term: term(1, 0, 1, 0), upTo: 'open', known: true }],
      words: "the build's reads grow faster than n",
      tight: 'more than O(n) (the tiers tell no closer)',
      unknown: null,
    };
  }
  const series = tier.checks
    .flatMap((check) => check.plots ?? [])
    .filter((plot) => plot.judged && plot.points.length > 1);
  if (failed.length > 0 || series.length === 0) {
    const why = failed[0] ? describeKind(failed[0].kind) : 'nothing measured';
    return { parts: [], words: '', tight: '', unknown: `build could not measure: ${why}` };
  }
  // The steepest series, from its first size to its last; reads that never rise do not grow.
  const exponents = series.map(({ points }) => {
    const [a, b] = [points[0], points[points.length - 1]];
    return b.y <= a.y ? -Infinity : Math.log(b.y / Math.max(a.y, 1)) / Math.log(b.x / a.x);
  });
  const e = Math.max(...exponents);
  const part = (t: Term, upTo: Part['upTo'], words: string): Measured => ({
    parts: [{ term: t, upTo, known: true }],
    words,
    tight: upTo === 'exact' ? classWords([t]) : 'less than O(n) (the tiers tell no closer)',
    unknown: null,
  });
  if (e === -Infinity) {
    const none = series.every((plot) => plot.points.every((point) => point.y === 0));
    return part(
      term(0, 0, 0, 0),
      'exact',
      none ? 'the build reads no node' : "the build's reads do not grow with n",
    );
  }
  return e >= BUILD_LIKE_N
    ? part(term(1, 0, 0, 0), 'exact', "the build's reads grow like n")
    : part(term(0, 0, 1, 0), 'belowN', "the build's reads grow slower than n");
}

/**
 * From this growth of a query's CPU time over the growth of an O(log n + k) query timed beside it
 * (2^10 to 2^20, tiers/queries.ts), the query grows like n or faster: n^0.76 over the 1,024-fold
 * span, less the constant costs that dilute it.
 * Like-n side: a scan, a sort or a heap of every value per query ×440 to ×1,100 measured. Margin
 * 2.2×. Slower side: √n blocks walked before the search ×6.6 to ×12.3. Margin 16×. (A query that
 * truly costs n^0.75 would sit at it: none is known for this problem.)
 */
const QUERY_LIKE_N = 200;

/**
 * What the query tier measured: a query that walks the tree by its reads (optimal's checks, as
 * closestFirst's lazy); one that reads no node by its CPU time from 2^10 to 2^20, which tells
 * O(log n + k) from a scan of every value but nothing closer (tiers/queries.ts), and by the k values
 * it gives.
 */
function queryMeasured(results: TierResult[]): Measured | null {
  const tier = results.find((r) => r.id === 'query');
  const timed = tier?.checks.find((check) => check.cpuGrowth !== undefined);
  if (!timed) {
    // The clock's check, first, stopped before it could tell whether its queries read the tree.
    const clock = tier?.checks[0];
    if (clock && !clock.passed && !clock.notRun) {
      const why = `query could not measure: ${describeKind(clock.kind)}`;
      return { parts: [], words: '', tight: '', unknown: why };
    }
    if (!tier) return null;
    // Optimal's checks, after the clock's.
    const reads = { ...tier, checks: tier.checks.slice(1) };
    return measured([...results.filter((r) => r !== tier), reads], { optimal: 'query' });
  }
  const grew = `a query reads no node, and from n = 2^10 to 2^20 its CPU time grew ×${timed.cpuGrowth!.toFixed(1)} the growth of an O(log n + k) query's`;
  if (!timed.passed && timed.cpuGrowth! >= QUERY_LIKE_N) {
    return {
      parts: [{ term: term(1, 0, 0, 0), upTo: 'open', known: true }],
      words: `${grew}: like n or faster (a √n walk shows ×7 to ×12)`,
      tight: 'O(n) or more (the clock tells no closer)',
      unknown: null,
      byClock: true,
    };
  }
  if (!timed.passed) {
    return {
      parts: [{ term: term(0, 0, 2, 0), upTo: 'open', known: true }],
      words: `${grew}: more than log n + k`,
      tight: 'more than O(log n + k) (the clock tells no closer)',
      unknown: null,
      byClock: true,
    };
  }
  return {
    parts: [
      { term: term(0, 0, 1, 0), upTo: 'belowN', known: false },
      { term: term(0, 1, 0, 0), upTo: 'exact', known: true },
    ],
    words: `${grew}, within the clock's limit, and it gives k values`,
    byClock: true,
    tight:
      'O(log n + k) up to less than O(n) (reads cannot see its work, and the clock tells no closer)',
    unknown: null,
  };
}

const WORST_FIRST = ['optimistic', 'pessimistic', 'none', 'matches'] as const;

/** ClosestIndex's claim: its build half, its query half and what the index keeps. */
function judgeIndexClaim(source: string, results: TierResult[]): Claim {
  const form = FORMS.index;
  const qualifiers: Qualifiers<'build' | 'query' | 'space'> = {};
  const halves = readIndexClaims(source, qualifiers);
  let time: Omit<Claim, 'space' | 'overall'>;
  if (halves.build === null && halves.query === null) {
    time = judgeTimeClaim({ stated: null, bound: null }, null, form);
  } else {
    const [buildAsWritten, queryAsWritten] = [
      halfAsWritten(halves.build, qualifiers.build, 'build'),
      halfAsWritten(halves.query, qualifiers.query, 'per query'),
    ];
    const stated = `${buildAsWritten}, ${queryAsWritten}`;
    const [build, query] = [halves.build, halves.query].map((text) =>
      text === null ? null : parseClaim(text),
    );
    if (!build || !query) {
      time = { ...judgeTimeClaim({ stated, bound: null }, null, form), readable: false };
    } else {
      const judged = [
        judgeTimeClaim({ stated: buildAsWritten, bound: build }, buildMeasured(results), form),
        judgeTimeClaim({ stated: queryAsWritten, bound: query }, queryMeasured(results), form),
      ];
      const verdict = WORST_FIRST.find((v) => judged.some((half) => half.verdict === v))!;
      const line = judged.map((half) => half.line).join('; ');
      const aboveReads = judged.some((half) => half.verdict === verdict && half.aboveReads);
      time = { stated, verdict, line, readable: true, aboveReads };
    }
  }
  return bothHalves(time, judgeIndexSpaceClaim(halves.space, results), 'index');
}

/**
 * The space half against what the index keeps once built (indexSpace.ts): like n, or slower (the
 * root kept; a query's own stacks come and go, and are not what the index keeps).
 */
function judgeIndexSpaceClaim(
  stated: string | null,
  results: TierResult[],
): SpaceClaim & { line: string } {
  const check = results.find((r) => r.id === 'space')?.checks[0];
  const likeN = check?.kept?.likeN;
  const measuredClass = likeN ? ('O(n)' as const) : null;
  const claim = (verdict: ClaimVerdict, line: string) => ({
    stated,
    measured: measuredClass,
    verdict,
    line,
  });
  if (stated === null) return claim('none', '');
  const claimed = spaceClassIn(stated);
  if (!claimed) return claim('none', `space ${stated}: not a bound I can read`);
  if (check && !check.passed && check.kind === 'growth') {
    // More than n kept (a table per pair), or more with every query: a power of n above one is all
    // the tiers cannot refute.
    const aboveN = boundsIn(stated)
      .map((bound) => parseClaim(bound.text))
      .some((bound) => bound?.some((t) => t.a > 1));
    return aboveN
      ? claim('matches', `space ${stated} matches: ${check.figure}; the tiers tell no closer`)
      : claim('optimistic', `space ${stated} is too optimistic: ${check.figure}`);
  }
  if (likeN === undefined) {
    return claim('none', `space ${stated}: not checked, the space tier did not measure`);
  }
  const words = likeN
    ? 'what the index keeps grows like n'
    : 'what the index keeps grows slower than n';
  const off = likeN && claimed === 'O(n)' ? nPowerAgainstLinear(stated) : null;
  if (off) {
    const { verdict, line } = spaceOffLinear(stated, off.verdict, words);
    return claim(verdict, line);
  }
  if ((claimed === 'O(n)') === likeN) {
    const why = likeN ? '' : "; a query's own stacks come and go, and the tiers tell no closer";
    return claim('matches', `space ${stated} matches: ${words}${why}`);
  }
  return likeN
    ? claim('optimistic', `space ${stated} is too optimistic: ${words}`)
    : claim(
        'pessimistic',
        `space ${stated} is true but not tight: ${words}; the tight class is less than O(n)`,
      );
}

/** The line for a space claim whose power of n is off the n measured (nPowerAgainstLinear). */
function spaceOffLinear(
  stated: string,
  verdict: ClaimVerdict,
  words: string,
): { verdict: ClaimVerdict; line: string } {
  return verdict === 'pessimistic'
    ? { verdict, line: `space ${stated} is true but not tight: ${words}; the tight class is O(n)` }
    : { verdict, line: `space ${stated} is too optimistic: ${words}` };
}

/**
 * Whether a file's source states a time claim (an index's build or query half counts): only then
 * do the complexity tiers measure the checks after a failing one, which only the claim reads
 * (Tier.laterChecksForTheClaim).
 */
export function statesTimeClaim(source: string, protocol: Exercise['protocol']): boolean {
  if (protocol === 'index') {
    const { build, query } = readIndexClaims(source);
    return build !== null || query !== null;
  }
  if (protocol === 'closestFirst') return firstValueTime(source).stated !== null;
  return timeOf(source).stated !== null;
}

/** The claim in the file graded, judged (a file that cannot be read has none). */
export function claimOf(file: string, results: TierResult[]): Claim {
  const exercise = exerciseOfFile(file);
  let source = '';
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    // no file, no claim
  }
  return judgeClaim(source, results, exercise.protocol);
}

// --- the space half ------------------------------------------------------------------------------

const SPACE_RANK: Record<SpaceClass, number> = { 'O(k)': 0, 'O(h + k)': 1, 'O(n)': 2 };

/** The class a stated space bound names: a power of n, else h or log n, else k or a constant. */
function spaceClassOf(bound: Bound): SpaceClass {
  if (bound.some((t) => t.a > 0)) return 'O(n)';
  return bound.some((t) => t.c > 0) ? 'O(h + k)' : 'O(k)';
}

/**
 * How a space claim in the class of n reads against memory measured growing like n (the space
 * tiers' largest class, told by bytes per node added, or by a share of n held): null where it
 * matches (n, or n with a log factor, which the sizes measured cannot tell from n: 2^10 to 2^16
 * gives log n a factor of 1.6, less than a heap's wobble at the smallest size); else the verdict
 * and why. A power of n above one is more than was measured; one below is less.
 */
function nPowerAgainstLinear(text: string): { verdict: ClaimVerdict; why: string } | null {
  const power = Math.max(
    ...boundsIn(text)
      .map((bound) => parseClaim(bound.text) ?? [])
      .flat()
      .map((t) => t.a),
  );
  if (power > 1) return { verdict: 'pessimistic', why: 'more than n' };
  if (power > 0 && power < 1) return { verdict: 'optimistic', why: 'less than n' };
  return null;
}

/**
 * The class of extra memory a text states: the largest of its O(...) bounds that can be read
 * ("O(k) for the heap, O(h) for the walk's stack": O(h + k)), or the text read as one bound;
 * null when none can be read. The learner's space claim and every reference's Space line.
 */
export function spaceClassIn(text: string): SpaceClass | null {
  const texts = boundsIn(text).map((bound) => bound.text);
  const bounds = (texts.length > 0 ? texts : [text])
    .map(parseClaim)
    .filter((bound): bound is Bound => bound !== null);
  if (bounds.length === 0) return null;
  return bounds.map(spaceClassOf).reduce((a, b) => (SPACE_RANK[b] > SPACE_RANK[a] ? b : a));
}

/**
 * The measured classes in words and by name, and growth past h: an iterator's K values are its
 * caller's (space.ts).
 */
const SPACE_WORDS = {
  call: {
    words: {
      'O(k)': 'extra memory does not grow with the tree',
      'O(h + k)': 'extra memory grows like h + k',
      'O(n)': 'extra memory grows like n',
    },
    name: { 'O(k)': 'O(k)', 'O(h + k)': 'O(h + k)', 'O(n)': 'O(n)' },
    faster: 'extra memory grows faster than h + k',
  },
  iterator: {
    words: {
      'O(k)': 'what it holds does not grow with the tree',
      'O(h + k)': 'what it holds grows like h',
      'O(n)': 'what it holds grows like n',
    },
    name: { 'O(k)': 'O(1)', 'O(h + k)': 'O(h)', 'O(n)': 'O(n)' },
    faster: 'what it holds grows faster than h',
  },
} satisfies Record<
  string,
  { words: Record<SpaceClass, string>; name: Record<SpaceClass, string>; faster: string }
>;

/**
 * A space class by the name an exercise gives it: the main kata's call holds k values of its own
 * (O(h + k)); an iterator's values and an index's answers are its caller's (O(h), O(1)).
 */
export function spaceClassName(measured: SpaceClass, protocol: Exercise['protocol']): string {
  return SPACE_WORDS[protocol === 'kValues' ? 'call' : 'iterator'].name[measured];
}

/** The space half against the space tier's measurement (reads play no part here). */
function judgeSpaceClaim(
  stated: string | null,
  results: TierResult[],
  of: keyof typeof SPACE_WORDS = 'call',
): SpaceClaim & { line: string } {
  const tier = results.find((r) => r.id === 'space');
  const measured = tier?.checks[0]?.space?.measured ?? null;
  if (stated === null) return { stated, measured, verdict: 'none', line: '' };
  const claimed = spaceClassIn(stated);
  if (!claimed)
    return { stated, measured, verdict: 'none', line: `space ${stated}: not a bound I can read` };
  if (measured === null) {
    return {
      stated,
      measured,
      verdict: 'none',
      line: `space ${stated}: not checked, the space tier did not measure`,
    };
  }
  const diff = SPACE_RANK[claimed] - SPACE_RANK[measured];
  const { words: said, name, faster } = SPACE_WORDS[of];
  const fasterThanHeight = tier?.checks[0]?.space?.fasterThanHeight === true;
  const words = fasterThanHeight
    ? `${faster} (O(n) is the least of the three classes that holds it)`
    : said[measured];
  if (diff === 0 && measured === 'O(n)') {
    // Growth faster than h but below a share of n (h², √n) is no measure of n's power.
    const off = fasterThanHeight ? null : nPowerAgainstLinear(stated);
    if (off) return { stated, measured, ...spaceOffLinear(stated, off.verdict, words) };
    if (fasterThanHeight) {
      const line = `space ${stated} matches: ${words}; the tiers tell no closer`;
      return { stated, measured, verdict: 'matches', line };
    }
  }
  if (diff === 0)
    return { stated, measured, verdict: 'matches', line: `space ${stated} matches: ${words}` };
  if (diff > 0) {
    return {
      stated,
      measured,
      verdict: 'pessimistic',
      line: `space ${stated} is true but not tight: ${words}; the tight class is ${name[measured]}`,
    };
  }
  return {
    stated,
    measured,
    verdict: 'optimistic',
    line: `space ${stated} is too optimistic: ${words}`,
  };
}

/**
 * The next step for a claim that does not pass (an interviewer asks for both halves, and for the
 * tight class), or null when it passes: the card's and the mock interview's.
 */
export function claimStep(claim: Claim): string | null {
  if (claim.overall === 'matches') return null;
  const form = FORMS[claim.protocol ?? 'kValues'];
  const halves = (
    [
      ['time', claim.verdict],
      ['space', claim.space.verdict],
    ] as const
  ).filter(([, verdict]) => verdict === 'optimistic' || verdict === 'pessimistic');
  if (halves.length > 0) {
    const what = halves.map(
      ([half, verdict]) =>
        `its ${half} half is ${VERDICT_WORDS[verdict]}${half === 'time' && claim.aboveReads ? ' for the reads' : ''}`,
    );
    // Work off the tree can make only a time half above the reads tight.
    const offTree = claim.verdict === 'pessimistic' && claim.aboveReads;
    const fix = halves.some(([, verdict]) => verdict === 'optimistic')
      ? 'say what your code costs, as measured on the claim line, or make it that fast'
      : offTree
        ? 'tighten it to what the claim line says was measured, or, if your code does more work off the tree than it reads, make that work go'
        : 'tighten it to what the claim line says was measured';
    return `mend your claim: ${what.join(' and ')}; ${fix}.`;
  }
  const { stated } = claim;
  const space = claim.space.stated;
  if (stated === null && space === null) {
    return `say what your code costs, time and space: ${form.line}.`;
  }
  if (stated === null) return `add the time half to your claim: ${form.withSpace(space!)}.`;
  if (space === null && (claim.readable ?? parseClaim(stated) !== null)) {
    return `add the space half to your claim: ${form.withTime(stated)}.`;
  }
  return `make your claim one the grader can judge (see the claim line); ${form.how}.`;
}

/** The claim's mark, as the card and the scorecard show it: ✓ passes, ⚠ not tight, ✗ wrong. */
export function claimMark(overall: ClaimVerdict, c: Colors): string {
  switch (overall) {
    case 'matches':
      return c.green('✓');
    case 'pessimistic':
      return c.yellow('⚠');
    case 'optimistic':
      return c.red('✗');
    case 'none':
      return c.yellow('·');
  }
}
