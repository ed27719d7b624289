import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pc from 'picocolors';
import { MAIN_EXERCISE } from '../tests/grader/exercises/index';
import { fromRoot, PROJECT_ROOT } from '../tests/grader/paths';
import { projectCopy } from './files';
import { referenceCacheDir } from './referenceCache';
import { referenceAsKataFile } from './references';
import { median } from '../tests/grader/timing';

/*
 * npm run bench -- --grader [--runs N]: how long the grader's own commands take, as whole
 * processes timed from outside, several runs each (median, min and max): npm test on the stub and
 * on the optimal reference (unchanged, and changed before every run as a learner's file is, its type
 * note checked anew), npm run verify, npm run compare (with the reference cache empty, then
 * warm), the time from saving a file to the new card under watch, and npm test beside a default
 * ts-jest project of 20 trivial tests built on the fly, in alternating pairs. For people reading
 * the numbers, never for a test: these machines are shared and noisy.
 */

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Seconds one command takes, start to exit. */
function timed(command: string, args: string[], options: { cwd?: string; env?: object } = {}) {
  const start = performance.now();
  const run = spawnSync(command, args, {
    cwd: options.cwd ?? PROJECT_ROOT,
    env: { ...process.env, ...options.env },
    stdio: 'ignore',
    shell: process.platform === 'win32',
  });
  if (run.error) throw run.error;
  return (performance.now() - start) / 1000;
}

function stats(seconds: number[]): string {
  const [min, max] = [Math.min(...seconds), Math.max(...seconds)];
  return `median ${median(seconds).toFixed(2)} s   min ${min.toFixed(2)}   max ${max.toFixed(2)}   (${seconds.length} runs)`;
}

function row(label: string, value: string): void {
  console.log(`  ${label.padEnd(52)} ${value}`);
}

function repeat(runs: number, once: () => number): number[] {
  return Array.from({ length: runs }, once);
}

/** A copy of the stub under a .ts name, outside the project (the learner's kata file may not be it). */
function stubFile(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kata-bench-stub-'));
  const file = path.join(dir, 'closestKValues.ts');
  cpSync(fromRoot(MAIN_EXERCISE.template), file);
  return file;
}

/**
 * twoStacks in a file outside the project, changed before every run as a learner's file is: its
 * type note is checked anew each time (typeErrors.ts), where an unchanged file's is kept.
 */
function editedTwoStacks(): () => string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kata-bench-edited-')), 'mine.ts');
  const treeNode = fromRoot('kata/TreeNode').split(path.sep).join('/');
  const text = referenceAsKataFile('twoStacks').replace("'./TreeNode'", `'${treeNode}'`);
  let edits = 0;
  return () => {
    writeFileSync(file, `${text}\n// edit ${edits++}\n`);
    return file;
  };
}

/** A default ts-jest project: `ts-jest config:init`'s preset, type-checking, 20 trivial tests. */
function defaultTsJestProject(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kata-bench-tsjest-'));
  symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'junction');
  writeFileSync(
    path.join(dir, 'jest.config.ts'),
    "import type { Config } from 'jest';\n\nconst config: Config = { preset: 'ts-jest', testEnvironment: 'node' };\n\nexport default config;\n",
  );
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, esModuleInterop: true, types: ['jest'] } }),
  );
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'default-ts-jest', private: true }),
  );
  mkdirSync(path.join(dir, 'src'));
  const tests = Array.from(
    { length: 20 },
    (_, i) =>
      `test('sum ${i}', () => {\n  const a: number = ${i};\n  expect(a + 1).toBe(${i + 1});\n});\n`,
  );
  writeFileSync(path.join(dir, 'src', 'trivial.test.ts'), tests.join('\n'));
  return dir;
}

/** Seconds from saving the kata file to the next grade card, under `npm run watch`. */
async function watchLatency(runs: number): Promise<number[]> {
  const dir = projectCopy('kata-bench-watch-');
  const kata = path.join(dir, 'kata', 'closestKValues.ts');
  const solution = referenceAsKataFile('twoStacks');
  const child = spawn(process.execPath, [path.join(dir, 'tools', 'test.cjs'), '--watch'], {
    cwd: dir,
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  let cards = 0;
  let waiting: (() => void) | undefined;
  child.stdout.on('data', (chunk: Buffer) => {
    cards += chunk.toString().split('tiers pass').length - 1;
    waiting?.();
  });
  const nextCard = (seen: number) =>
    new Promise<void>((resolve) => {
      waiting = () => cards > seen && resolve();
      waiting();
    });
  const out: number[] = [];
  try {
    await nextCard(0);
    for (let i = 0; i < runs; i++) {
      const seen = cards;
      const start = performance.now();
      // Alternate between the reference and a variant of it, so that every save is a change.
      writeFileSync(kata, `${solution}\n// save ${i}\n`);
      await nextCard(seen);
      out.push((performance.now() - start) / 1000);
      await new Promise((r) => setTimeout(r, 300));
    }
  } finally {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

async function main(): Promise<void> {
  console.log(
    pc.bold(`The grader's own commands, ${RUNS} runs each (whole processes, timed from outside)`),
  );
  const stub = stubFile();
  const twoStacks = path.join(PROJECT_ROOT, 'solutions', 'twoStacks.ts');
  timed(npm, ['test'], { env: { KATA_SOLUTION: stub } }); // warm the caches once
  row(
    'npm test, the untouched stub',
    stats(repeat(RUNS, () => timed(npm, ['test'], { env: { KATA_SOLUTION: stub } }))),
  );
  row(
    'npm test, solutions/twoStacks.ts',
    stats(repeat(RUNS, () => timed(npm, ['test'], { env: { KATA_SOLUTION: twoStacks } }))),
  );

  const edited = editedTwoStacks();
  const changed = () => timed(npm, ['test'], { env: { KATA_SOLUTION: edited() } });
  changed(); // the first builds the type checker's snapshot, where none is kept yet
  row('npm test, twoStacks changed before each run', stats(repeat(RUNS, changed)));

  const other = defaultTsJestProject();
  timed(npm, ['exec', '--', 'jest'], { cwd: other });
  const theirs = () => timed(npm, ['exec', '--', 'jest'], { cwd: other });
  const ratioRow = (label: string, ours: () => number) => {
    const ratios = repeat(RUNS, () => ours() / theirs());
    row(
      label,
      `median ${median(ratios).toFixed(2)}×   min ${Math.min(...ratios).toFixed(2)}   max ${Math.max(...ratios).toFixed(2)}   (${RUNS} pairs)`,
    );
  };
  ratioRow('npm test (twoStacks) / default ts-jest project', () =>
    timed(npm, ['test'], { env: { KATA_SOLUTION: twoStacks } }),
  );
  ratioRow('npm test (twoStacks, changed) / default ts-jest project', changed);
  rmSync(other, { recursive: true, force: true });

  row('watch: from saving the file to the new card', stats(await watchLatency(RUNS)));

  const references = await referenceCacheDir();
  const compare = () => timed(npm, ['run', 'compare', '--', twoStacks]);
  const cold = repeat(Math.min(RUNS, 3), () => {
    rmSync(references, { recursive: true, force: true });
    return compare();
  });
  row('npm run compare (twoStacks), reference cache empty', stats(cold));
  row('npm run compare (twoStacks), reference cache warm', stats(repeat(RUNS, compare)));

  const verifyRuns = Math.min(RUNS, 3);
  row('npm run verify', stats(repeat(verifyRuns, () => timed(npm, ['run', 'verify']))));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
