export const DEFAULT_SEED = 272;

/** KATA_SEED as given (trimmed, undefined when unset or blank), and the seed it is if whole. */
function givenSeed(env: NodeJS.ProcessEnv): { given?: string; seed?: number } {
  const given = env.KATA_SEED?.trim() || undefined;
  const seed = Number(given);
  return { given, ...(given && Number.isSafeInteger(seed) && { seed }) };
}

/** KATA_SEED if it is a whole number, else the default: same seed, same grade card. */
export function seedFrom(env: NodeJS.ProcessEnv = process.env): number {
  return givenSeed(env).seed ?? DEFAULT_SEED;
}

/** When KATA_SEED is set but is no whole number: the words that say so (the default is used). */
export function seedProblem(env: NodeJS.ProcessEnv = process.env): string | null {
  const { given, seed } = givenSeed(env);
  return given !== undefined && seed === undefined
    ? `KATA_SEED=${given.slice(0, 20)} is not a whole number, so the default seed was used`
    : null;
}
