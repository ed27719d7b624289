import { loadSolution } from '../grader/solution';
import { spaceCheck } from '../grader/tiers/space';

/*
 * Runs the space check on each file named, in this plain Node process (Jest's workers hold a
 * heap ten times larger, and every sample is a full collection of it), and prints one JSON line
 * per file: space.test.ts reads them.
 */
for (const file of process.argv.slice(2)) {
  const loaded = loadSolution(file);
  const result = loaded.ok ? spaceCheck.run(loaded.solution) : undefined;
  const row = {
    file,
    passed: result?.passed ?? false,
    measured: result?.space?.measured ?? null,
    figure: result?.figure ?? (loaded.ok ? '' : loaded.reason),
    sizes: result?.space?.sizes ?? [],
  };
  process.stdout.write(`${JSON.stringify(row)}\n`);
}
