import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  claimOf,
  readClaims,
  readFirstValueClaims,
  readIndexClaims,
  spaceClassIn,
} from '../grader/claim';
import { EXERCISES, exerciseOfFile, MAIN_EXERCISE } from '../grader/exercises/index';
import { renderGradeCard } from '../grader/gradeCard';
import { findReference, loadReferences } from '../../tools/references';
import { PROJECT_ROOT } from '../grader/paths';
import { gradeInProcess, GradingPool } from '../grader/process/supervisor';
import { DEFAULT_SEED } from '../grader/seed';
import { OTHER_SEEDS } from './zoo';

/** The tiers a reference claims in its header line `Tiers: correct, edge, ...`. */
function claimedTiers(file: string): string[] {
  const line = /^ \* Tiers: (.*)$/m.exec(readFileSync(file, 'utf8'));
  if (!line) throw new Error(`${file} has no "Tiers:" line in its header`);
  return line[1].split(',').map((t) => t.trim());
}

describe.each(EXERCISES)('the references of $id', (exercise) => {
  const dir = path.join(PROJECT_ROOT, exercise.referencesDir);
  const files = readdirSync(dir).filter((name) => name.endsWith('.ts'));
  // The project's own honest code: graded one after another in kept processes (zoo.ts, POOLED).
  const pool = new GradingPool();
  afterAll(() => pool.close());

  test('there are at least two, and one reaches every tier', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(
      files.some((name) => claimedTiers(path.join(dir, name)).length === exercise.tiers.length),
    ).toBe(true);
  });

  test.each(files)(
    '%s opens with its idea, time, space, when to use it and its pitfalls',
    (name) => {
      const header = readFileSync(path.join(dir, name), 'utf8').split('*/')[0];
      for (const part of ['Idea:', 'Time:', 'Space:', 'Tiers:', 'When to use', 'Pitfalls:']) {
        expect(header).toContain(part);
      }
    },
  );

  // npm run compare shows the header's class as proven: the claim line, which the card judges
  // against the space tier, states the same one.
  test.each(files)(
    "%s: its header's Space line names the class its claim line's space half does",
    (name) => {
      const source = readFileSync(path.join(dir, name), 'utf8');
      const { space } =
        exercise.protocol === 'closestFirst'
          ? readFirstValueClaims(source)
          : exercise.protocol === 'index'
            ? readIndexClaims(source)
            : readClaims(source);
      expect(spaceClassIn(space ?? '')).toBe(findReference(name, loadReferences(dir))!.space);
    },
  );

  test.each(files)(
    `%s passes exactly the tiers its header claims, matches its complexity claim, and is correct under seeds ${OTHER_SEEDS.join(', ')} too`,
    async (name) => {
      const file = path.join(dir, name);
      expect(exerciseOfFile(file)).toBe(exercise);
      const run = await gradeInProcess(file, DEFAULT_SEED, {
        otherSeeds: OTHER_SEEDS,
        pool,
        spaceAfter: true,
      });
      expect(run.results.filter((r) => r.passed).map((r) => r.id)).toEqual(claimedTiers(file));
      const source = readFileSync(file, 'utf8');
      if (exercise === MAIN_EXERCISE) {
        // Its complexity line says both halves its header's Time: and Space: lines say.
        const claimed = readClaims(source);
        expect(claimed.time).toBe(/^ \* Time: (O\([^)]*\))/m.exec(source)![1]);
      }
      // The card passes the claim: ✓, every half right and tight.
      const claim = claimOf(file, run.results);
      expect([claim.verdict, claim.space.verdict, claim.overall]).toEqual([
        'matches',
        'matches',
        'matches',
      ]);
      const card = renderGradeCard(file, run.results, DEFAULT_SEED, false, claim);
      expect(card).toMatch(/^ ✓ claim {6}\S/m);
      expect(card).not.toContain('Next: mend your claim');
      // Only the correct tier takes a seed (seeds.test.ts): its verdict is all a seed could change.
      expect(run.otherSeeds.map((s) => [s.seed, s.result.passed])).toEqual(
        OTHER_SEEDS.map((seed) => [seed, true]),
      );
    },
  );
});

describe.each(EXERCISES)('the stub of $id', (exercise) => {
  test('the untouched stub fails every tier, each time as "still the stub"', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kata-stub-'));
    const stub = path.join(dir, path.basename(exercise.kataFile));
    copyFileSync(path.join(PROJECT_ROOT, exercise.template), stub);
    const { results } = await gradeInProcess(stub, DEFAULT_SEED);
    expect(results.map((r) => [r.id, r.passed, r.kind])).toEqual(
      exercise.tiers.map((id) => [id, false, 'stub']),
    );
    // Its space tier is not measured: no process of its own for a file whose calls all throw.
    expect(results.find((r) => r.id === 'space')!.figure).toBe(
      "not measured: it still throws the stub's error (see correct)",
    );
  });
});
