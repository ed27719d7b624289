import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { displayPath, PROJECT_ROOT, resolveAsTyped } from '../tests/grader/paths';
import { parseCommand, usageError } from './cli';

/*
 * Grades any file exporting closestKValues, by running the graded suites with KATA_SOLUTION set
 * (which `npm test` honours too). Cross-platform: no shell syntax for the variable.
 */

const spec = {
  name: 'grade',
  usage: [
    'usage: npm run grade -- <file> [--watch]',
    '  grades another file with a closestKValues function, e.g. npm run grade -- solutions/twoStacks.ts',
    '  --watch: grades it again on every save',
  ].join('\n'),
  options: { watch: { type: 'boolean' } },
  positionals: 1,
} as const;

const { values, positionals } = parseCommand(spec);
const [file] = positionals;
if (!file) usageError(spec, 'which file? Name it after --');
const solution = resolveAsTyped(file);
if (!existsSync(solution)) usageError(spec, `${displayPath(solution)} does not exist`);
const jest = require.resolve('jest/bin/jest');
const run = spawnSync(process.execPath, [jest, ...(values.watch ? ['--watchAll'] : [])], {
  cwd: PROJECT_ROOT,
  stdio: 'inherit',
  env: { ...process.env, KATA_SOLUTION: solution },
});
process.exit(run.status ?? 1);
