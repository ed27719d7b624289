import type * as FastCheck from 'fast-check';
import type { Arbitrary, Random, Stream, Value } from 'fast-check';
import { balanced, inserted } from './generators';
import type { Case } from './tiers/caseCheck';

/*
 * Generated cases for the `correct` tier, as small composable fast-check arbitraries so that a
 * failing case shrinks to a minimal one (fewer nodes, smaller k, simpler target) before it is
 * shown. Targets are integers or multiples of 1/8: exact in floating point, so a tie is a real
 * tie and a learner's distance arithmetic matches the judge's. Targets whose arithmetic rounds
 * are edge's "a target with many decimals", with distances kept far apart.
 */

export interface CaseSpec {
  /** Node values are drawn from [min, max]. */
  min: number;
  max: number;
  maxNodes: number;
  shape: 'inserted' | 'balanced';
}

let loaded: typeof FastCheck | undefined;

/**
 * fast-check, loaded on first use: the space tier's process never draws a case, and each of its
 * forty full collections would walk fast-check's 1.5 MB (0.75 ms each), after 18 ms to load it.
 */
export function fastCheck(): typeof FastCheck {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('fast-check') as typeof FastCheck);
}

const LIMIT = 1e9;
/**
 * How far off a midpoint: 1e-10 against values of at most 60 in size, whose distances round by
 * 1e-14 at most; a comparison with a tolerance of 1e-9 (or 1e-6) calls it a tie.
 */
const NEAR_MIDPOINT = [1e-10, -1e-10, 4e-11, -4e-11] as const;
/** Values up to this size keep a hair off a midpoint far above rounding. */
const SMALL_VALUES = 1000;
const FRACTIONS = [0, 0.5, -0.5, 0.25, -0.25, 0.125, -0.375, 1, -1, 2.5] as const;

function targetArbitrary(spec: CaseSpec) {
  const fc = fastCheck();
  const span = Math.max(1, spec.max - spec.min);
  const nearValue = fc
    .record({ index: fc.nat(), offset: fc.constantFrom(...FRACTIONS) })
    .map((t) => (values: number[]) => values[t.index % values.length] + t.offset);
  const outside = fc
    .record({ below: fc.boolean(), gap: fc.integer({ min: 1, max: span }), half: fc.boolean() })
    .map((t) => (values: number[]) => {
      const distance = t.gap + (t.half ? 0.5 : 0);
      return t.below ? Math.min(...values) - distance : Math.max(...values) + distance;
    });
  const anywhere = fc
    .record({
      whole: fc.integer({ min: spec.min - span, max: spec.max + span }),
      eighths: fc.integer({ min: 0, max: 7 }),
    })
    .map((t) => () => t.whole + t.eighths / 8);
  if (Math.max(Math.abs(spec.min), Math.abs(spec.max)) > SMALL_VALUES) {
    return fc.oneof(nearValue, outside, anywhere);
  }
  const offMidpoint = fc
    .record({ index: fc.nat(), hair: fc.constantFrom(...NEAR_MIDPOINT) })
    .map((t) => (values: number[]) => {
      const distinct = [...new Set(values)].sort((a, b) => a - b);
      if (distinct.length < 2) return distinct[0] + t.hair;
      const i = t.index % (distinct.length - 1);
      return (distinct[i] + distinct[i + 1]) / 2 + t.hair;
    });
  return fc.oneof(nearValue, outside, anywhere, offMidpoint);
}

/** A case as drawn: the values in insertion order, where each equal one goes, the target and k. */
interface Drawn {
  values: number[];
  equalGoesRight: boolean[];
  target: number;
  k: number;
}

export function caseArbitrary(spec: CaseSpec): Arbitrary<Case> {
  const fc = fastCheck();
  const drawn = fc
    .record({
      values: fc.array(fc.integer({ min: spec.min, max: spec.max }), {
        minLength: 1,
        maxLength: spec.maxNodes,
      }),
      equalGoesRight: fc.array(fc.boolean(), { maxLength: spec.maxNodes }),
      kPick: fc.nat(),
      target: targetArbitrary(spec),
    })
    .map(({ values, equalGoesRight, kPick, target }): Drawn => ({
      values,
      equalGoesRight: values.map((_, i) => equalGoesRight[i] ?? false),
      target: Math.min(LIMIT, Math.max(-LIMIT, target(values))),
      k: 1 + (kPick % values.length),
    }));
  return new (smallerTrees())(drawn, (d) => ({
    shape:
      spec.shape === 'balanced'
        ? balanced([...d.values].sort((a, b) => a - b))
        : inserted(d.values, (i) => d.equalGoesRight[i]),
    target: d.target,
    k: d.k,
    description: spec.shape === 'balanced' ? 'balanced' : 'random insertion order',
  }));
}

/**
 * The cases drawn as before, shrunk first to fewer nodes, then to smaller values. fast-check's own
 * shrinking of the drawn record removes a value but keeps the target's and k's draws, which then
 * pick another value and another k: the failure is lost, and a duplicates bug stayed an 8-node
 * tree. Here a smaller candidate keeps the target and k as they were (k at most the nodes left),
 * so the same bug is seen on fewer nodes; fast-check's own candidates come after these.
 */
const smallerTrees = (() => {
  let made: ReturnType<typeof make> | undefined;
  // The class extends fast-check's, so it is made once fast-check is loaded.
  const make = (fc: typeof FastCheck) =>
    class SmallerTrees extends fc.Arbitrary<Case> {
      constructor(
        private readonly drawn: Arbitrary<Drawn>,
        private readonly toCase: (d: Drawn) => Case,
      ) {
        super();
      }

      private value(d: Drawn, context: unknown): Value<Case> {
        return new fc.Value(this.toCase(d), { d, context });
      }

      generate(mrng: Random, biasFactor: number | undefined): Value<Case> {
        const v = this.drawn.generate(mrng, biasFactor);
        return this.value(v.value_, v.context);
      }

      canShrinkWithoutContext(value: unknown): value is Case {
        return false;
      }

      shrink(_: Case, context: unknown): Stream<Value<Case>> {
        const { d, context: own } = context as { d: Drawn; context: unknown };
        const smaller = new fc.Stream(smallerDraws(d))
          .filter((s) => Math.abs(s.target) <= LIMIT && s.values.every((v) => Math.abs(v) <= LIMIT))
          .map((s) => this.value(s, undefined));
        // fast-check's candidates need the context it made; those made here have none.
        if (own === undefined) return smaller;
        return smaller.join(this.drawn.shrink(d, own).map((v) => this.value(v.value_, v.context)));
      }
    };
  return () => (made ??= make(fastCheck()));
})();

/**
 * Simpler draws than `d`: fewer nodes (halves, quarters, … one), then a smaller k, then smaller
 * values (all of them with the target, then each alone).
 */
function* smallerDraws(d: Drawn): IterableIterator<Drawn> {
  const n = d.values.length;
  for (let taken = n >> 1; taken >= 1; taken >>= 1) {
    for (let start = 0; start + taken <= n; start += taken) {
      const keep = (_: unknown, i: number) => i < start || i >= start + taken;
      const fewer = {
        ...d,
        values: d.values.filter(keep),
        equalGoesRight: d.equalGoesRight.filter(keep),
      };
      // k as it was (at most the nodes left), and k less the nodes taken: k = n answers with
      // every value, where most bugs do not show.
      for (const k of new Set([Math.min(d.k, n - taken), Math.max(1, d.k - taken)])) {
        yield { ...fewer, k };
      }
    }
  }
  if (d.k > 1) yield { ...d, k: 1 };
  if (d.k > 2) yield { ...d, k: d.k - 1 };
  for (const s of smallerValues(d)) if (size(s) < size(d)) yield s;
}

/** How far from 0 a draw's numbers are: each candidate of smallerValues has less of it. */
const size = (d: Drawn) => d.values.reduce((sum, v) => sum + Math.abs(v), Math.abs(d.target));

function* smallerValues(d: Drawn): IterableIterator<Drawn> {
  // A target beyond every value, brought to one step beyond them.
  const [low, high] = [Math.min(...d.values), Math.max(...d.values)];
  if (d.target < low - 1) yield { ...d, target: low - 1 };
  if (d.target > high + 1) yield { ...d, target: high + 1 };
  // Every value and the target moved together, one of the values to 0 (the nearest first) or
  // halfway: the same distances, ties and duplicates; then all of them halved: the same order.
  const shifts = [...new Set(d.values)].sort((a, b) => Math.abs(a) - Math.abs(b));
  for (const by of new Set([...shifts, ...shifts.map((v) => Math.trunc(v / 2))])) {
    if (by !== 0) yield { ...d, values: d.values.map((v) => v - by), target: d.target - by };
  }
  yield { ...d, values: d.values.map((v) => Math.trunc(v / 2)), target: d.target / 2 };
  for (let i = 0; i < d.values.length; i++) {
    for (const w of new Set([0, Math.trunc(d.values[i] / 2)])) {
      if (w !== d.values[i]) yield { ...d, values: d.values.with(i, w) };
    }
  }
}
