import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { PROJECT_ROOT, resolveAsTyped } from '../tests/grader/paths';

/*
 * npm run grade -- <file> [jest options]: grades any file exporting closestKValues, by running
 * the graded suites with KATA_SOLUTION set (which `npm test` honours too). Cross-platform: no
 * shell syntax for the variable.
 */

const [file, ...jestArgs] = process.argv.slice(2);
if (!file || file.startsWith('-')) {
  console.error(
    'usage: npm run grade -- <file> [jest options]   e.g. npm run grade -- solutions/twoStacks.ts',
  );
  process.exit(2);
}
const solution = resolveAsTyped(file);
if (!existsSync(solution)) {
  console.error(`npm run grade: ${solution} does not exist`);
  process.exit(2);
}
const jest = require.resolve('jest/bin/jest');
const run = spawnSync(process.execPath, [jest, ...jestArgs], {
  cwd: PROJECT_ROOT,
  stdio: 'inherit',
  env: { ...process.env, KATA_SOLUTION: solution },
});
process.exit(run.status ?? 1);
