import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../grader/paths';
import { typeErrorsOf } from '../grader/typeErrors';
import { ZOO } from './zoo';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { bundles } = require('../grader/process/bundle.cjs') as {
  bundles(): Promise<{ cacheDir: string }>;
};

/* The file's TypeScript errors: a note on the card, as LeetCode's compiler would report them. */

const dir = mkdtempSync(path.join(os.tmpdir(), 'kata-types-'));
const cache = path.join(dir, 'cache');
const kataTreeNode = path.join(PROJECT_ROOT, 'kata', 'TreeNode').split(path.sep).join('/');
const withTypeError = path.join(dir, 'typeError.ts');
writeFileSync(
  withTypeError,
  readFileSync(path.join(PROJECT_ROOT, 'solutions', 'twoStacks.ts'), 'utf8').replace(
    /'\.\.\/kata\/TreeNode'/,
    `'${kataTreeNode}'`,
  ) + '\nconst label: string = 42;\n',
);
const lines = readFileSync(withTypeError, 'utf8').split('\n').length - 1;

describe('type errors', () => {
  test("a type error is reported with its line, as LeetCode's compiler would", async () => {
    expect(await typeErrorsOf(withTypeError, cache)).toEqual([
      `line ${lines}: Type 'number' is not assignable to type 'string'.`,
    ]);
    // Kept by the file's text: the answer is on disk for the next run.
    expect(readdirSync(path.join(cache, 'types')).filter((f) => f.endsWith('.json'))).toHaveLength(
      1,
    );
  }, 120_000);

  test.each([
    ['the two-stacks reference', path.join(PROJECT_ROOT, 'solutions', 'twoStacks.ts')],
    ['a pasted solution with its own TreeNode', path.join(ZOO, 'pastedOwnTreeNode.ts')],
    ["a pasted solution using LeetCode's globals", path.join(ZOO, 'pastedLeetCodeGlobals.ts')],
  ])(
    'none in %s',
    async (_, file) => {
      expect(await typeErrorsOf(file, cache)).toEqual([]);
    },
    120_000,
  );

  test('the card shows them as a note, not a tier', async () => {
    // Checked before, where the graded run keeps its checks: the card need not wait for it.
    await typeErrorsOf(withTypeError, (await bundles()).cacheDir);
    const run = spawnSync(process.execPath, [require.resolve('jest/bin/jest')], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, KATA_SOLUTION: withTypeError, KATA_SEED: '', NO_COLOR: '1' },
      timeout: 500_000, // a guard against a hang, not a limit
    });
    expect(run.stdout).toContain(
      `Note: TypeScript finds errors in your file (LeetCode's compiler would refuse it; the grader ran it all the same):\n  line ${lines}: Type 'number' is not assignable to type 'string'.`,
    );
    expect(run.stdout).toContain('7 of 7 tiers pass');
    // Below the card: the card never waits for the compiler.
    expect(run.stdout.indexOf('Note: TypeScript')).toBeGreaterThan(
      run.stdout.indexOf('tiers pass'),
    );
  }, 600_000);
});
