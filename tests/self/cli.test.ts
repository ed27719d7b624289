import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectCopy } from '../../tools/files';
import { PROJECT_ROOT } from '../grader/paths';
import { npmRun } from './projectCopy';

/* Every command's one face: --help prints its usage (exit 0); an unknown option prints it (exit 2). */

const scripts = Object.entries(
  (
    JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts,
)
  .filter(([, command]) => / tools\//.test(command))
  .map(([name]) => name);

describe('the commands', () => {
  const dir = projectCopy();

  test('are found: every script that runs a tool', () => {
    expect(scripts.length).toBeGreaterThanOrEqual(10);
  });

  const face = (script: string) => (script === 'test' ? 'npm test' : `npm run ${script}`);

  test.each(scripts)('npm run %s -- --help prints its usage and exits 0', (script) => {
    const { status, stdout, stderr } = npmRun(dir, script, ['--help']);
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(stdout).toMatch(new RegExp(`^usage: ${face(script)}\\b`));
  });

  test.each(scripts)(
    'npm run %s -- --no-such-option says so, with the usage, and exits 2',
    (script) => {
      const { status, stdout, stderr } = npmRun(dir, script, ['--no-such-option']);
      expect({ status, stdout }).toEqual({ status: 2, stdout: '' });
      expect(stderr).toMatch(
        new RegExp(`^${face(script)}: unknown option --no-such-option\\nusage: ${face(script)}\\b`),
      );
    },
  );
});
