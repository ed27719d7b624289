import { readFileSync } from 'node:fs';
import type { SpaceClass } from './tiers/space';
import { describeKind, type TierResult } from './tiers/tier';

/*
 * The complexity a learner claims on a `// complexity: O(...)` line, held against what the grader
 * measured on balanced trees: how reads grow with n at a small k, how they grow with k, and whether
 * one more value costs more reads on a larger tree. Reads see the tree and nothing else: work done
 * off it (a heap, a sort, a search in an array) never shows. So a claim that asks for less than the
 * reads show is a clear miss; one that asks for more only by log factors may be exactly that unseen
 * work, and stands; one that asks for more by a power of n or k is pessimistic: allowed, said gently.
 */

export type ClaimVerdict = 'matches' | 'pessimistic' | 'optimistic' | 'none';

export interface Claim {
  /** The time claim as written (on the `complexity:` line), or null when there is none. */
  stated: string | null;
  verdict: ClaimVerdict;
  /** One line for the card: the verdict and the measurement behind it, time then space. */
  line: string;
  /** The space half, held against the space tier's measurement. */
  space: SpaceClaim;
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

/** Recursive descent: sum := product ('+' product)*; product := factor factor* (times implied). */
function parse(tokens: Token[]): Bound | null {
  let i = 0;
  const peek = () => tokens[i]?.kind;
  function sum(): Bound | null {
    const terms: Term[] = [];
    for (;;) {
      const term = product();
      if (!term) return null;
      terms.push(term);
      if (peek() !== '+') return terms;
      i++;
    }
  }
  function product(): Term | null {
    let term = factor();
    if (!term) return null;
    while (i < tokens.length && peek() !== '+' && peek() !== ')') {
      if (peek() === '*') i++;
      const next = factor();
      if (!next) return null;
      term = times(term, next);
    }
    return term;
  }
  function factor(): Term | null {
    let base = atom();
    if (!base) return null;
    if (peek() === '^') {
      i++;
      const e = tokens[i++];
      if (e?.kind !== 'num') return null;
      base = power(base, (e as { value: number }).value);
    }
    return base;
  }
  function atom(): Term | null {
    const token = tokens[i++];
    if (!token) return null;
    if (token.kind === 'num') return ONE;
    if (token.kind === 'var') {
      const name = (token as { name: string }).name;
      return name === 'n' ? { ...ONE, a: 1 } : name === 'k' ? { ...ONE, b: 1 } : { ...ONE, c: 1 };
    }
    if (token.kind === '(') {
      const inner = sum();
      if (!inner || tokens[i++]?.kind !== ')') return null;
      // (a + b) as a factor: only a single term can be multiplied out here.
      return inner.length === 1 ? inner[0] : null;
    }
    if (token.kind === 'sqrt') return root(atom());
    if (token.kind === 'log') {
      // log n, log k, log h (log log n: as good as constant here), log² n, log(n), log n^2
      let exponent = 1;
      if (peek() === '^') {
        i++;
        const e = tokens[i++];
        if (e?.kind !== 'num') return null;
        exponent = (e as { value: number }).value;
      }
      const of = atom();
      if (!of) return null;
      if (of.a > 0 && of.b === 0) return { ...ONE, c: exponent };
      if (of.b > 0 && of.a === 0) return { ...ONE, d: exponent };
      if (of.a === 0 && of.b === 0) return ONE;
      return null;
    }
    return null;
  }
  function root(term: Term | null): Term | null {
    return term && power(term, 0.5);
  }
  const bound = sum();
  return bound && i === tokens.length ? bound : null;
}

/** The bound inside O(...), or null when it cannot be read. */
export function parseClaim(stated: string): Bound | null {
  const inner = /^[oθΘ]\s*\((.*)\)$/is.exec(stated.trim())?.[1] ?? stated;
  const tokens = tokenize(inner);
  const bound = tokens && tokens.length > 0 ? parse(tokens) : null;
  // In one order, so that spellings of one bound compare equal.
  return bound && bound.sort((x, y) => x.a - y.a || x.b - y.b || x.c - y.c || x.d - y.d);
}

// --- comparing bounds ------------------------------------------------------------------------------

/**
 * Where k can sit: a constant, √n, and a fraction of n (k ≤ n). Along each, a bound grows like
 * n^e (log n)^l for its largest term; two bounds compare by (e, l) on every path.
 */
const PATHS = [0, 0.5, 1];

function growthAlong(bound: Bound, beta: number): [number, number] {
  let best: [number, number] = [0, 0];
  for (const t of bound) {
    // k = n^beta: k^b = n^(b·beta); log k is a constant when k is, else like log n.
    const e = t.a + t.b * beta;
    const l = t.c + (beta > 0 ? t.d : 0);
    if (e > best[0] + 1e-9 || (Math.abs(e - best[0]) < 1e-9 && l > best[1])) best = [e, l];
  }
  return best;
}

/** -1, 0 or 1: how `x` compares with `y` along one path, power first, then log factors. */
function compareAlong(x: Bound, y: Bound, beta: number): { power: number; logs: number } {
  const [ex, lx] = growthAlong(x, beta);
  const [ey, ly] = growthAlong(y, beta);
  const power = Math.abs(ex - ey) < 1e-9 ? 0 : Math.sign(ex - ey);
  return { power, logs: power === 0 ? Math.sign(lx - ly) : 0 };
}

const term = (a: number, b: number, c: number, d: number): Term => ({ a, b, c, d });

/**
 * The large-k check's score (rise over its limit) from which the cost per value grows like a power
 * of n: k·log n rises ×1.24 per 16-fold n (score 1.1), √n ×4 (3.6), a full walk ×16 (14).
 */
const LARGE_K_LIKE_N = 2.5;

/** What the tiers measured, as a bound, with words for it; or why it could not be measured. */
type Measured = { ok: true; bound: Bound; words: string } | { ok: false; why: string };

function measured(results: TierResult[]): Measured {
  const byId = new Map(results.map((r) => [r.id, r]));
  const [linear, sublinear, optimal] = (['linear', 'sublinear', 'optimal'] as const).map((id) =>
    byId.get(id),
  );
  if (!linear || !sublinear || !optimal) return { ok: false, why: 'not every tier ran' };
  for (const tier of [linear, sublinear, optimal]) {
    const broken = tier.checks.find((check) => !check.passed && check.kind !== 'growth');
    if (broken)
      return { ok: false, why: `${tier.id} could not measure: ${describeKind(broken.kind)}` };
  }
  const [logCheck, perK, largeK, kCurve] = optimal.checks;
  const bound: Term[] = [];
  const words: string[] = [];
  // At a small k, by tier: log n, between log n and n (log² n stands for it), n, beyond.
  if (logCheck.passed) {
    bound.push(term(0, 0, 1, 0));
    words.push('like log n at a small k');
  } else if (sublinear.passed) {
    bound.push(term(0, 0, 2, 0));
    words.push('faster than log n, slower than n, at a small k');
  } else if (linear.passed) {
    bound.push(term(1, 0, 0, 0));
    words.push('like n at a small k');
  } else {
    bound.push(term(1, 0, 1, 0));
    words.push('faster than n at a small k');
  }
  // At a large k, one more value costs more on a larger tree: like a power of n (a walk of the
  // whole tree, or of √n of it: ×4 and more per 16-fold n), or by a log factor (a search per value).
  const largeKLikeN = !largeK.passed && (largeK.score ?? Infinity) >= LARGE_K_LIKE_N;
  if (largeKLikeN && bound[0].a < 1) {
    bound.push(term(1, 0, 0, 0));
    words.push('like n at a large k');
  }
  // The k-curve's tail is exactly 0 when no value costs any read: reads do not depend on k.
  if ((kCurve.score ?? 1) === 0) {
    words.push('not with k');
  } else {
    const log = (!perK.passed || !largeK.passed) && !largeKLikeN;
    const superK = !kCurve.passed;
    bound.push(term(0, 1, log ? 1 : 0, superK ? 1 : 0));
    words.push(
      superK
        ? 'faster than k'
        : log
          ? 'like k·log n (one more value costs more on a larger tree)'
          : 'like k (one more value costs the same on every tree)',
    );
  }
  return { ok: true, bound, words: `reads grow ${words.join(', ')}` };
}

const HOW = 'write it like `// complexity: O(log n + k)` or `// complexity: O(n log k)`';

/** The claim in `source`, both halves, judged against the tier results. */
export function judgeClaim(source: string, results: TierResult[]): Claim {
  const time = judgeTimeClaim(source, results);
  const { line, ...space } = judgeSpaceClaim(readClaims(source).space, results);
  return { ...time, space, line: line ? `${time.line}; ${line}` : time.line };
}

function judgeTimeClaim(source: string, results: TierResult[]): Omit<Claim, 'space'> {
  const stated = readClaim(source);
  if (stated === null) {
    return {
      stated: null,
      verdict: 'none',
      line: 'no claim yet: put yours on a line `// complexity: O(...)` and it is held against the reads',
    };
  }
  const claim = parseClaim(stated);
  if (!claim) {
    return {
      stated,
      verdict: 'none',
      line: `${stated}: not a bound in n and k I can read; ${HOW}`,
    };
  }
  const found = measured(results);
  if (!found.ok) return { stated, verdict: 'none', line: `${stated}: not checked, ${found.why}` };
  const along = PATHS.map((beta) => compareAlong(claim, found.bound, beta));
  if (along.some((c) => c.power < 0 || c.logs < 0)) {
    return {
      stated,
      verdict: 'optimistic',
      line: `${stated} is too optimistic: ${found.words}, more than it allows`,
    };
  }
  if (along.every((c) => c.power === 0 && c.logs === 0)) {
    return { stated, verdict: 'matches', line: `${stated} matches: ${found.words}` };
  }
  if (along.every((c) => c.power === 0)) {
    return {
      stated,
      verdict: 'matches',
      line:
        `${stated} fits: ${found.words}; its extra log factors may be work off the tree (a heap, ` +
        'a sort), which reads cannot see',
    };
  }
  return {
    stated,
    verdict: 'pessimistic',
    line: `${stated} is more than the reads show (allowed): ${found.words}; your code may be faster than you say`,
  };
}

/** The claim in the file graded, judged (a file that cannot be read has none). */
export function claimOf(file: string, results: TierResult[]): Claim {
  let source = '';
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    // no file, no claim
  }
  return judgeClaim(source, results);
}

// --- the space half ------------------------------------------------------------------------------

const SPACE_RANK: Record<SpaceClass, number> = { 'O(k)': 0, 'O(h + k)': 1, 'O(n)': 2 };

/** The class a stated space bound names: a power of n, else h or log n, else k or a constant. */
function spaceClassOf(bound: Bound): SpaceClass {
  if (bound.some((t) => t.a > 0)) return 'O(n)';
  return bound.some((t) => t.c > 0) ? 'O(h + k)' : 'O(k)';
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

const SPACE_WORDS: Record<SpaceClass, string> = {
  'O(k)': 'extra memory does not grow with the tree',
  'O(h + k)': 'extra memory grows like h + k',
  'O(n)': 'extra memory grows like n',
};

/** The space half against the space tier's measurement (reads play no part here). */
function judgeSpaceClaim(
  stated: string | null,
  results: TierResult[],
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
  const words = SPACE_WORDS[measured];
  if (diff === 0)
    return { stated, measured, verdict: 'matches', line: `space ${stated} matches: ${words}` };
  if (diff > 0) {
    return {
      stated,
      measured,
      verdict: 'pessimistic',
      line: `space ${stated} is more than measured (allowed): ${words}`,
    };
  }
  return {
    stated,
    measured,
    verdict: 'optimistic',
    line: `space ${stated} is too optimistic: ${words}`,
  };
}
