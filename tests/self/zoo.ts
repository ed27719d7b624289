import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gradeFile } from '../grader/grade';
import { DEFAULT_SEED } from '../grader/seed';
import { TIER_IDS, type TierId } from '../grader/tiers/tier';

export const ZOO = path.join(__dirname, 'zoo');

export function zooFiles(filter: (name: string) => boolean): string[] {
  return readdirSync(ZOO)
    .filter((name) => name.endsWith('.ts') && name !== 'expected.ts' && filter(name))
    .sort();
}

/**
 * A zoo file's `expected` block, read from its source text: some zoo files loop forever as soon
 * as they are loaded, so only the grader (under its guard) may load them.
 */
export function expectedVerdicts(file: string): Record<TierId, string> {
  const text = readFileSync(file, 'utf8');
  const block = /export const expected: Expected = \{([\s\S]*?)\};/.exec(text);
  if (!block) throw new Error(`${file} has no expected block`);
  return Object.fromEntries(
    [...block[1].matchAll(/(\w+): '(\w+)'/g)].map((m) => [m[1], m[2]]),
  ) as Record<TierId, string>;
}

/** What the grader says of a file: 'pass' or the kind of the first failure, per tier. */
export function verdicts(file: string): Record<TierId, string> {
  const results = gradeFile(file, DEFAULT_SEED);
  return Object.fromEntries(
    TIER_IDS.map((id) => {
      const result = results.find((r) => r.id === id)!;
      return [id, result.passed ? 'pass' : (result.kind ?? 'fail')];
    }),
  ) as Record<TierId, string>;
}

export function describeZoo(title: string, filter: (name: string) => boolean): void {
  describe(title, () => {
    test.each(zooFiles(filter))('%s gets the verdicts its header expects', (name) => {
      const file = path.join(ZOO, name);
      expect(verdicts(file)).toEqual(expectedVerdicts(file));
    });
  });
}
