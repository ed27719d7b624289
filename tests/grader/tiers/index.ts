import type { Solution } from '../solution';
import { correct } from './correct';
import { deep } from './deep';
import { edge } from './edge';
import { linear } from './linear';
import { optimal } from './optimal';
import { sublinear } from './sublinear';
import { resetLeash } from '../trial';
import { resetWorkloads } from '../workloads';
import { tierResult, type Tier, type TierId, type TierResult } from './tier';

const TIERS: Record<TierId, Tier> = { correct, edge, linear, sublinear, optimal, deep };

export function runTier(id: TierId, solution: Solution, seed: number): TierResult {
  const tier = TIERS[id];
  resetLeash();
  resetWorkloads();
  return tierResult(
    tier,
    tier.checks(seed).map((check) => check.run(solution)),
  );
}
