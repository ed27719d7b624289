import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { MAIN_EXERCISE } from '../tests/grader/exercises/index';
import { displayPath, PROJECT_ROOT, resolveAsTyped } from '../tests/grader/paths';
import { parseCommand, usageError } from './cli';

/* Grades any file exporting the main kata's function: `npm test -- <file>`, under the name learners look for. */

const spec = {
  name: 'grade',
  usage: [
    'usage: npm run grade -- <file> [--watch]',
    `  grades another file with a ${MAIN_EXERCISE.exportName} function, e.g. npm run grade -- solutions/twoStacks.ts`,
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
// npm test's own command, so that both grade alike (and watch alike).
const test = path.join(PROJECT_ROOT, 'tools', 'test.cjs');
const run = spawnSync(process.execPath, [test, solution, ...(values.watch ? ['--watch'] : [])], {
  cwd: PROJECT_ROOT,
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
