import { loadSolution, type Loaded } from './solution';
import { runTier } from './tiers/index';
import { TIER_IDS, type TierId, type TierResult } from './tiers/tier';

/**
 * Runs every tier on a loaded solution, telling `onTier` as each starts. A file that did not load
 * fails every tier with its reason.
 */
export function gradeSolution(
  loaded: Loaded,
  seed: number,
  onTier: (id: TierId) => void = () => {},
): TierResult[] {
  return TIER_IDS.map((id) => {
    onTier(id);
    if (loaded.ok) return runTier(id, loaded.solution, seed);
    const { reason } = loaded;
    return {
      id,
      passed: false,
      kind: 'load',
      figure: reason,
      checks: [{ name: 'load the solution', passed: false, kind: 'load', message: reason }],
    };
  });
}

/** Grades a file outside Jest (the self-tests): loads it, then runs every tier. */
export function gradeFile(file: string, seed: number): TierResult[] {
  return gradeSolution(loadSolution(file), seed);
}
