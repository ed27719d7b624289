import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { exerciseOfFile } from '../grader/exercises/index';
import { gradeInProcess, GradingPool } from '../grader/process/supervisor';
import { failedBeforeAnySeed } from '../grader/tiers/index';
import { renderRun } from '../grader/runReport';
import { DEFAULT_SEED } from '../grader/seed';
import type { TierId, TierResult } from '../grader/tiers/tier';

export const ZOO = path.join(__dirname, 'zoo');

/** Seeds besides the default that every verdict must survive (the seed proof). */
export const OTHER_SEEDS = [1, 7919, 2026];

/** A zoo file by name, with what its header expects. */
export type ZooFilter = (name: string, verdicts: Record<TierId, string>) => boolean;

export function zooFiles(filter: ZooFilter, dir = ZOO): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && name !== 'expected.ts')
    .filter((name) => filter(name, expectations(path.join(dir, name)).verdicts))
    .sort();
}

/** Verdicts that cost the grader a stop (clock, read limit, memory, a crash): the slow entries. */
const STOPS = ['timeout', 'readLimit', 'stuck', 'outOfMemory', 'crashed', 'load'];

/** Entries that make the grader stop a call somewhere: slow by nature, a test file of their own. */
export const stopsSomewhere = (verdicts: Record<TierId, string>) =>
  Object.values(verdicts).some((verdict) => STOPS.includes(verdict));

/**
 * A zoo file's `expected` block, `// says:` and `// never says:` lines, read from its source text:
 * some zoo files loop forever as soon as they are loaded, so only the grader (in its own process)
 * may load them.
 */
export function expectations(file: string): {
  verdicts: Record<TierId, string>;
  says: string[];
  neverSays: string[];
} {
  const text = readFileSync(file, 'utf8');
  const block = /export const expected: \w+ = \{([\s\S]*?)\};/.exec(text);
  if (!block) throw new Error(`${file} has no expected block`);
  const verdicts = Object.fromEntries(
    [...block[1].matchAll(/(\w+): '(\w+)'/g)].map((m) => [m[1], m[2]]),
  ) as Record<TierId, string>;
  const lines = (label: string) =>
    [...text.matchAll(new RegExp(`^// ${label}: (.*)$`, 'gm'))].map((m) => m[1].trim());
  return { verdicts, says: lines('says'), neverSays: lines('never says') };
}

/** 'pass', or the kind of the tier's first failure. */
export function verdictsOf(results: TierResult[]): Record<TierId, string> {
  return Object.fromEntries(
    results.map((result) => [result.id, result.passed ? 'pass' : (result.kind ?? 'fail')]),
  ) as Record<TierId, string>;
}

/**
 * Entries a process may grade one after another (GradingPool): they pass, fail by the growth of
 * their reads or memory, overflow the stack, answer wrongly (hostile answers too: a Proxy, a getter
 * that loops) or change the tree, none of them ending its process or sleeping in the kernel. Not
 * those that throw: one of them reads stdin, which a kept process keeps open between files (the
 * read never ends: "stuck", where a fresh process's read ends at once). A pooled process grades
 * the next file only if the last left its realm as it found it, and a process a fault ended is
 * gone. What a kept process saves a file: its start, the grader's code compiled and warm, the big
 * trees' layouts built (a third of a valid entry's grading; the wrong answers' and changed trees'
 * entries of three zoos: 180 → 164 CPU-s). Were a file to harm the process all the same, the next
 * file's verdicts would change, and its test would fail.
 */
const POOLED = ['pass', 'growth', 'stackOverflow', 'wrongAnswer', 'changedTree'];
export const poolable = (verdicts: Record<TierId, string>) =>
  Object.values(verdicts).every((verdict) => POOLED.includes(verdict));

/**
 * What the grader says of a file, graded as `npm test` grades it: verdicts, the printed run, and
 * the correct tier's verdict under each of the other seeds.
 */
export async function graded(file: string, pool?: GradingPool) {
  const run = await gradeInProcess(file, DEFAULT_SEED, {
    otherSeeds: OTHER_SEEDS,
    pool,
    spaceAfter: true,
  });
  const correct = run.results.find((result) => result.id === 'correct')!;
  return {
    verdicts: verdictsOf(run.results),
    text: renderRun(file, run, DEFAULT_SEED, false),
    otherSeeds: run.otherSeeds.map(({ seed, result }) => [seed, verdictsOf([result]).correct]),
    // A file that does not load, or fails a check no seed touches (a statement example) before
    // any seeded one, fails the correct tier the same way under every seed.
    failsBeforeAnySeed:
      !run.loaded.ok || failedBeforeAnySeed('correct', correct, DEFAULT_SEED, exerciseOfFile(file)),
  };
}

/** The zoo of `dir` (the main kata's by default; a follow-up's in a folder of its own). */
export function describeZoo(title: string, filter: ZooFilter, dir = ZOO): void {
  describe(title, () => {
    const pool = new GradingPool();
    afterAll(() => pool.close());
    test.each(zooFiles(filter, dir))(
      `%s gets the verdicts its header expects, says what it must, and keeps its correct verdict under seeds ${OTHER_SEEDS.join(', ')}`,
      async (name) => {
        const file = path.join(dir, name);
        const expected = expectations(file);
        const { verdicts, text, otherSeeds, failsBeforeAnySeed } = await graded(
          file,
          poolable(expected.verdicts) ? pool : undefined,
        );
        expect(verdicts).toEqual(expected.verdicts);
        for (const phrase of expected.says) expect(text).toContain(phrase);
        for (const phrase of expected.neverSays) expect(text).not.toContain(phrase);
        // Only the correct tier takes a seed (seeds.test.ts holds that): its verdict is all a
        // seed could change, so that is what is proven under each other seed.
        expect(otherSeeds).toEqual(
          failsBeforeAnySeed ? [] : OTHER_SEEDS.map((seed) => [seed, expected.verdicts.correct]),
        );
      },
    );
  });
}
