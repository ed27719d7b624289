import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../grader/paths';
import { gradeInProcess, GradingPool } from '../grader/process/supervisor';
import { DEFAULT_SEED } from '../grader/seed';
import type { TierId } from '../grader/tiers/tier';

/*
 * The self-tests grade their honest files one after another in kept processes (zoo.ts): a process
 * grades the next file only when the last left its realm as it found it, and what it says of a
 * file is what a fresh process says.
 */

const TWO_STACKS = path.join(PROJECT_ROOT, 'solutions', 'twoStacks.ts');
const source = readFileSync(TWO_STACKS, 'utf8');

/** twoStacks with `extra` at its top level, in a folder of its own. */
function variant(name: string, extra: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kata-pool-')), `${name}.ts`);
  writeFileSync(file, `${source}\n${extra}\n`);
  return file;
}

const CORRECT: TierId[] = ['correct'];

test('a kept process grades another file only after one that left no trace in its realm', async () => {
  const helper = variant(
    'helper',
    "Object.defineProperty(Object.prototype, 'kataHelper', { value() {}, configurable: true });",
  );
  const global = variant('global', '(globalThis as Record<string, unknown>).kataCache = [];');
  const timer = variant('timer', 'setTimeout(() => {}, 1e9);');
  const pool = new GradingPool();
  try {
    const grade = async (file: string) => {
      const run = await gradeInProcess(file, DEFAULT_SEED, { tiers: CORRECT, pool });
      expect(run.results[0].passed).toBe(true);
      return { ...pool.counts };
    };
    expect(await grade(TWO_STACKS)).toEqual({ started: 1, reused: 0 });
    expect(await grade(TWO_STACKS)).toEqual({ started: 1, reused: 1 });
    // Each of these leaves something behind: the file after it gets a new process.
    for (const [i, file] of [helper, global, timer].entries()) {
      expect(await grade(file)).toEqual({ started: 1 + i, reused: 2 });
    }
    expect(await grade(TWO_STACKS)).toEqual({ started: 4, reused: 2 });
    expect(await grade(TWO_STACKS)).toEqual({ started: 4, reused: 3 });
  } finally {
    pool.close();
  }
});

test("a kept process's verdicts and figures are a fresh one's", async () => {
  const tiers: TierId[] = ['correct', 'edge', 'linear', 'sublinear', 'optimal', 'deep'];
  const inOrder = path.join(PROJECT_ROOT, 'tests', 'self', 'zoo', 'inorderWindow.ts');
  const pool = new GradingPool();
  try {
    await gradeInProcess(TWO_STACKS, DEFAULT_SEED, { tiers, pool });
    const pooled = await gradeInProcess(inOrder, DEFAULT_SEED, { tiers, pool });
    expect(pool.counts).toEqual({ started: 1, reused: 1 });
    const fresh = await gradeInProcess(inOrder, DEFAULT_SEED, { tiers });
    expect(pooled.results).toEqual(fresh.results);
  } finally {
    pool.close();
  }
});
