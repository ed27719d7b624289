import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../grader/solution';
import { TIER_IDS } from '../grader/tiers/tier';

/*
 * End to end: the graded run exactly as a learner gets it (Jest, the six tier files, the grade
 * card reporter), spawned as a separate process, on files copied outside the project.
 */

const JEST = require.resolve('jest/bin/jest');
const ZOO = path.join(__dirname, 'zoo');

function copyOut(file: string, name = path.basename(file)): string {
  const target = path.join(mkdtempSync(path.join(os.tmpdir(), 'kata-e2e-')), name);
  copyFileSync(file, target);
  return target;
}

function run(args: string[], env: Record<string, string>) {
  const report = path.join(mkdtempSync(path.join(os.tmpdir(), 'kata-report-')), 'report.json');
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('KATA_')),
  );
  const done = spawnSync(process.execPath, args, {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    timeout: 110_000,
    env: { ...clean, NO_COLOR: '1', FORCE_COLOR: '0', KATA_REPORT: report, ...env },
  });
  const output = `${done.stdout}${done.stderr}`;
  // The card goes to stdout, from its title to the line that counts the tiers.
  const start = done.stdout.indexOf('── grade card');
  const card = done.stdout.slice(
    start,
    done.stdout.indexOf('\n', done.stdout.indexOf('tiers pass', start)),
  );
  return { status: done.status, output, card, report: JSON.parse(readFileSync(report, 'utf8')) };
}

const grade = (file: string) => run([JEST], { KATA_SOLUTION: file });

describe('the graded run', () => {
  test('the untouched stub fails every tier, says where to start, and exits non-zero', () => {
    const stub = copyOut(
      path.join(PROJECT_ROOT, 'tools', 'templates', 'closestKValues.ts.template'),
      'closestKValues.ts',
    );
    const { status, card, report } = grade(stub);
    expect(status).not.toBe(0);
    for (const id of TIER_IDS) expect(card).toMatch(new RegExp(`✗ ${id} `));
    expect(card).toContain('Start here');
    expect(report).toEqual({
      solution: stub,
      tiers: Object.fromEntries(TIER_IDS.map((id) => [id, 'fail'])),
    });
  });

  test('npm run grade passes the two-stacks reference on every tier, file given relative to where npm started', () => {
    const { status, card, report } = run(
      ['--require', 'tsx/cjs', 'tools/grade.ts', 'solutions/twoStacks.ts'],
      {
        INIT_CWD: PROJECT_ROOT,
      },
    );
    expect(status).toBe(0);
    expect(card).toContain('6 of 6 tiers pass');
    expect(report.tiers).toEqual(Object.fromEntries(TIER_IDS.map((id) => [id, 'pass'])));
  });

  test('grades a file outside the project, and keeps its console output off the terminal', () => {
    const { status, output, report } = grade(copyOut(path.join(ZOO, 'chattyTwoStacks.ts')));
    expect(status).toBe(0);
    expect(report.tiers).toEqual(Object.fromEntries(TIER_IDS.map((id) => [id, 'pass'])));
    expect(output).not.toMatch(/visiting|taking|done:/);
  });

  test('a solution that hangs everywhere still ends, with a full grade card', () => {
    const { status, card, output } = grade(copyOut(path.join(ZOO, 'bugLoopNoReads.ts')));
    expect(status).not.toBe(0);
    for (const id of TIER_IDS) expect(card).toMatch(new RegExp(`✗ ${id} `));
    expect(output).toMatch(/did not return within .* s and was stopped: an endless loop/);
  });

  test('process.exit() in a solution is reported, and the run still ends with its grade card', () => {
    const { status, card, output } = grade(copyOut(path.join(ZOO, 'bugProcessExit.ts')));
    expect(status).not.toBe(0);
    for (const id of TIER_IDS) expect(card).toMatch(new RegExp(`✗ ${id} `));
    expect(output).toContain('it threw Error: process.exit(0) was called');
  });

  test('a timer a solution leaves behind, which damages the tree later, disturbs nothing', () => {
    const { report } = grade(copyOut(path.join(ZOO, 'timerMutation.ts')));
    expect(report.tiers).toEqual({
      correct: 'pass',
      edge: 'pass',
      linear: 'pass',
      sublinear: 'fail',
      optimal: 'fail',
      deep: 'pass',
    });
  });

  test('the same solution gets the same grade card, run after run', () => {
    const file = copyOut(path.join(ZOO, 'bugWindowDuplicates.ts'));
    const first = grade(file);
    expect(first.card).toContain('✗ correct');
    expect(first.output).toMatch(
      /why: it left out .*\n\s+seed 272: every run grades the same cases/,
    );
    expect(grade(file).card).toBe(first.card);
  });
});
