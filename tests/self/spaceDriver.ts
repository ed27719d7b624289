import { calibrateOnce } from '../grader/process/probeCalibration';
import { loadSolution } from '../grader/solution';
import { spaceCheck } from '../grader/tiers/space';

/*
 * Runs the space check on each file named, in this plain Node process (Jest's workers hold a
 * heap ten times larger, and every sample is a full collection of it), and prints one JSON line
 * per file: space.test.ts reads them. With `--calibration <file>` first, the probe's calibration
 * is taken from that file or measured and kept there, as a grading process does.
 */
const files = process.argv.slice(2);
if (files[0] === '--calibration') calibrateOnce(files.splice(0, 2)[1]);
for (const file of files) {
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
