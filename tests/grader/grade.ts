import { loadSolution, type Loaded } from './solution';
import { runTier } from './tiers/index';
import { TIER_IDS, type TierId, type TierResult } from './tiers/tier';

/** Every tier failed with the same reason, for a file that could not be loaded. */
function unloadedResults(
  loaded: Extract<Loaded, { ok: false }>,
  ids: readonly TierId[] = TIER_IDS,
): TierResult[] {
  return ids.map((id) => ({
    id,
    passed: false,
    kind: 'load',
    figure: loaded.reason,
    checks: [{ name: 'load the solution', passed: false, kind: 'load', message: loaded.reason }],
  }));
}

/** Grades a file outside Jest (compare, the self-tests): loads it, then runs the tiers asked for. */
export function gradeFile(
  file: string,
  seed: number,
  ids: readonly TierId[] = TIER_IDS,
): TierResult[] {
  const loaded = loadSolution(file);
  if (!loaded.ok) return unloadedResults(loaded, ids);
  return ids.map((id) => runTier(id, loaded.solution, seed));
}
