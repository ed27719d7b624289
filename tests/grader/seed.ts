export const DEFAULT_SEED = 272;

/** KATA_SEED if it is a whole number, else the default: same seed, same grade card. */
export function seedFrom(env: NodeJS.ProcessEnv = process.env): number {
  const seed = Number(env.KATA_SEED);
  return env.KATA_SEED?.trim() && Number.isSafeInteger(seed) ? seed : DEFAULT_SEED;
}

/** When KATA_SEED is set but is no whole number: the words that say so (the default is used). */
export function seedProblem(env: NodeJS.ProcessEnv = process.env): string | null {
  const given = env.KATA_SEED?.trim();
  return given && !Number.isSafeInteger(Number(given))
    ? `KATA_SEED=${given.slice(0, 20)} is not a whole number, so the default seed was used`
    : null;
}
