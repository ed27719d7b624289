import fc from 'fast-check';
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

export function caseArbitrary(spec: CaseSpec): fc.Arbitrary<Case> {
  return fc
    .record({
      values: fc.array(fc.integer({ min: spec.min, max: spec.max }), {
        minLength: 1,
        maxLength: spec.maxNodes,
      }),
      equalGoesRight: fc.array(fc.boolean(), { maxLength: spec.maxNodes }),
      kPick: fc.nat(),
      target: targetArbitrary(spec),
    })
    .map(({ values, equalGoesRight, kPick, target }) => {
      const shape =
        spec.shape === 'balanced'
          ? balanced([...values].sort((a, b) => a - b))
          : inserted(values, (i) => equalGoesRight[i] ?? false);
      const clamped = Math.min(LIMIT, Math.max(-LIMIT, target(values)));
      return {
        shape,
        target: clamped,
        k: 1 + (kPick % values.length),
        description: spec.shape === 'balanced' ? 'balanced' : 'random insertion order',
      };
    });
}
