import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../grader/paths';
import { renderGradeCard } from '../grader/gradeCard';
import { gradeInProcess } from '../grader/process/supervisor';
import { DEFAULT_SEED } from '../grader/seed';
import { withoutBytes } from './cards';
import { TIER_IDS } from '../grader/tiers/tier';

/*
 * End to end: the graded run exactly as a learner gets it (Jest, the graded suite, the grade card
 * reporter, the grading process), spawned as a separate process, on files copied outside the
 * project. spawnSync returning at all is the proof that the run ended.
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
    timeout: 500_000, // a guard against a hang, not a limit: a machine at load 10 takes minutes
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
    const { status, card, report, output } = grade(stub);
    expect(status).not.toBe(0);
    for (const id of TIER_IDS) expect(card).toMatch(new RegExp(`✗ ${id} `));
    expect(card).toContain('Start here');
    // The first screen a newcomer sees: what this is, which file to open, how to get a hint, then
    // the card, in 30 lines at most.
    const lines = output.trim().split('\n');
    expect(lines.length).toBeLessThanOrEqual(30);
    expect(lines[0]).toMatch(/^Welcome to the kata: the k values closest to a target/);
    expect(output).toContain('Write your solution in');
    expect(output).toContain('npm run hint');
    expect(output).not.toContain('●'); // no failure blocks: one welcome says it all
    expect(report).toEqual({
      solution: stub,
      exercise: 'closestKValues',
      tiers: Object.fromEntries(TIER_IDS.map((id) => [id, 'fail'])),
      claim: { stated: null, verdict: 'none' },
      space: { measured: null, stated: null, verdict: 'none' },
    });
  });

  test('a duplicates bug: the first screen holds the failing case and the card, the other tiers a line each', () => {
    const { status, output, card } = grade(path.join(ZOO, 'bugDedupes.ts'));
    expect(status).not.toBe(0);
    const lines = output.trim().split('\n');
    expect(lines.length).toBeLessThanOrEqual(40);
    expect(output).toContain('✗ correct › ');
    expect(output).toMatch(/why: .*note that the tree holds/);
    expect(output).not.toMatch(/✗ (edge|linear|sublinear|optimal|space|deep) › /); // no detail blocks
    expect(output).not.toContain('One query on'); // no footprint
    // A walk of the whole tree at 2^16 may be a hybrid below its cap: 2^20 is measured, and stopped.
    expect(card).toMatch(
      /✗ sublinear {2}needs: .*; measured at n = 2\^20 .*its reads grow at least like n\^0\.9/,
    );
  });

  test('one footprint a run, drawn at the k its heading names', () => {
    const { output } = grade(path.join(PROJECT_ROOT, 'solutions', 'sortByDistance.ts'));
    expect(output.match(/One query on 31 nodes/g)).toHaveLength(1);
    expect(output).toMatch(/✗ sublinear › [^\n]*k = 1 to 4[^]*One query on 31 nodes, k = 4/);
    expect(output).toMatch(/✗ optimal › [^]*One footprint a run: see above/);
  });

  test('npm run grade passes the two-stacks reference on every tier, file given relative to where npm started', () => {
    const { status, card, report } = run(['tools/run.cjs', 'grade', 'solutions/twoStacks.ts'], {
      INIT_CWD: PROJECT_ROOT,
    });
    expect(status).toBe(0);
    expect(card).toContain('7 of 7 tiers pass');
    expect(report.tiers).toEqual(Object.fromEntries(TIER_IDS.map((id) => [id, 'pass'])));
    // Its claim states both halves, and both pass.
    expect(report.claim).toEqual({ stated: 'O(log n + k)', verdict: 'matches' });
    expect(report.space).toEqual({ measured: 'O(h + k)', stated: 'O(h)', verdict: 'matches' });
    expect(card).toMatch(/ ✓ claim {6}O\(log n \+ k\) matches: .*; space O\(h\) matches/);
  });

  test('a file that does not load: its reason once, then the card', () => {
    const broken = copyOut(path.join(ZOO, 'chattyTwoStacks.ts'));
    writeFileSync(broken, 'export function closestKValues( {\n');
    const { status, output, card } = grade(broken);
    expect(status).not.toBe(0);
    expect(output.match(/Expected identifier but found end of file/g)).toHaveLength(1);
    expect(output.indexOf('did not load')).toBeLessThan(output.indexOf('── grade card'));
    expect(card).toContain('so that it loads (why it does not is above)');
  });

  test('grades a file outside the project, and keeps its console output off the terminal', () => {
    const { status, output, report } = grade(copyOut(path.join(ZOO, 'chattyTwoStacks.ts')));
    expect(status).toBe(0);
    expect(report.tiers).toEqual(Object.fromEntries(TIER_IDS.map((id) => [id, 'pass'])));
    expect(output).not.toMatch(/visiting|taking|done:/);
  });

  // The zoo holds the verdicts of code that hangs in every call (bugLoopNoReads): here, the whole
  // run around a file that never finishes loading, paid once, not once per tier.
  test('a file that loops forever at top level still ends, with a full grade card', () => {
    const { status, card, output } = grade(copyOut(path.join(ZOO, 'bugTopLevelLoop.ts')));
    expect(status).not.toBe(0);
    for (const id of TIER_IDS) expect(card).toMatch(new RegExp(`✗ ${id} `));
    expect(output.match(/endless loop at top level/g)).toHaveLength(1); // the reason, once
  });

  test('a timer the file starts at top level is named, and the run still ends', () => {
    const { status, report, output } = grade(copyOut(path.join(ZOO, 'timerTopLevel.ts')));
    expect(status).toBe(0);
    expect(report.tiers).toEqual(Object.fromEntries(TIER_IDS.map((id) => [id, 'pass'])));
    expect(output).toContain('starts 1 timer at top level');
  });

  test('the card is the one the grader computes, with the failing case and its seed above it', async () => {
    const file = copyOut(path.join(ZOO, 'bugWindowDuplicates.ts'));
    const { card, output } = grade(file);
    expect(card).toContain('✗ correct');
    expect(output).toMatch(/why: it left out .*\n\s+seed 272: every run grades the same cases/);
    const { results } = await gradeInProcess(file, DEFAULT_SEED);
    expect(withoutBytes(card)).toBe(
      withoutBytes(renderGradeCard(file, results, DEFAULT_SEED, false)),
    );
  });

  test('a file that states no complexity: optimal stops at its first failure, unless every check is asked for (the report)', async () => {
    // sortAll reads every node: optimal fails its first check; the rest serve only a claim.
    const file = copyOut(path.join(ZOO, 'sortAll.ts'));
    const notRun = async (everyCheck: boolean) => {
      const { results } = await gradeInProcess(file, DEFAULT_SEED, {
        tiers: ['optimal'],
        everyCheck,
      });
      return results[0].checks.map((check) => check.notRun ?? false);
    };
    expect(await notRun(false)).toEqual([false, 'unclaimed', 'unclaimed', 'unclaimed']);
    expect(await notRun(true)).toEqual([false, false, false, false]);
    // Stated, the claim needs them all.
    writeFileSync(file, `// complexity: O(n log n)\n${readFileSync(file, 'utf8')}`);
    expect(await notRun(false)).toEqual([false, false, false, false]);
  });
});
