import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { plan } from '../grader/tiers/index';
import { correct } from '../grader/tiers/correct';
import { deep } from '../grader/tiers/deep';
import { edge } from '../grader/tiers/edge';
import { linear } from '../grader/tiers/linear';
import { optimal } from '../grader/tiers/optimal';
import { sublinear } from '../grader/tiers/sublinear';
import { OTHER_SEEDS } from './zoo';

/*
 * Why the seed proof (zoo.ts, solutions.test.ts) grades only the correct tier under other seeds:
 * no other tier can see the seed, so no seed can change their verdicts.
 */

test('only the correct tier takes a seed: every other tier builds its checks from nothing', () => {
  expect(correct.checks.length).toBe(1);
  for (const tier of [edge, linear, sublinear, optimal, deep]) expect(tier.checks.length).toBe(0);
});

test('no tier but correct reads the seed from anywhere else', () => {
  const tiers = path.join(__dirname, '..', 'grader', 'tiers');
  const readers = readdirSync(tiers).filter((file) =>
    /from '\.\.\/seed'/.test(readFileSync(path.join(tiers, file), 'utf8')),
  );
  // index.ts names the default seed for plan(), whose check names the next test compares.
  expect(readers.sort()).toEqual(['index.ts']);
});

test('the checks are the same, by name, under every seed', () => {
  for (const seed of OTHER_SEEDS) expect(plan(seed)).toEqual(plan());
});

test('only the statement examples, built from no seed, are not marked seeded', () => {
  // The seed proof rests on this for files that fail there (zoo.ts, gradingProcess.ts).
  const unseeded = (seed: number) =>
    correct
      .checks(seed)
      .filter((check) => !check.seeded)
      .map((check) => check.name);
  expect(unseeded(272)).toEqual([
    'statement example: [4,2,5,1,3], target 3.714286, k = 2',
    'statement example: [1], target 0, k = 1',
  ]);
  for (const seed of OTHER_SEEDS) expect(unseeded(seed)).toEqual(unseeded(272));
});
