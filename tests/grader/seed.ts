export const DEFAULT_SEED = 272;

/** KATA_SEED if it is a whole number, else the default: same seed, same grade card. */
export function seedFrom(env: NodeJS.ProcessEnv = process.env): number {
  const seed = Number(env.KATA_SEED);
  return env.KATA_SEED?.trim() && Number.isSafeInteger(seed) ? seed : DEFAULT_SEED;
}
