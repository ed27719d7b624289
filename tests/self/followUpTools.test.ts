import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hintCommand, hintsOf, loadHints } from '../../hints/hints';
import { projectCopy } from '../../tools/files';
import { loadProgress, progressOf, recordTiersPassed } from '../../tools/progressFile';
import { closestFirst } from '../grader/exercises/closestFirst';
import { nextStep } from '../grader/gradeCard';
import type { TierResult } from '../grader/tiers/tier';
import { MAIN_EXERCISE } from '../grader/exercises/index';
import { fromRoot, PROJECT_ROOT } from '../grader/paths';
import { npmRun } from './projectCopy';

/*
 * The learner's tools for the first follow-up (issue 23), run word for word in a fresh copy of the
 * project: hint, solution, reset, progress and try take `closestFirst` first; the main kata's
 * forms stay as they were (learnerTools.test.ts), and a progress file written before the
 * follow-ups still loads with its records unchanged.
 */

const mainHints = loadHints();
const hints = loadHints(fromRoot(closestFirst.hintsDir));
const STUB = readFileSync(fromRoot(closestFirst.template), 'utf8');
/** A closestFirst reference as the learner's kata file would hold it. */
const reference = (name: string) =>
  readFileSync(path.join(PROJECT_ROOT, closestFirst.referencesDir, `${name}.ts`), 'utf8').replace(
    "'../../kata/TreeNode'",
    "'./TreeNode'",
  );
const onDisk = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

/** A progress file as every version before the follow-ups wrote it, with a field from the future. */
const OLD_PROGRESS = {
  read: [1, 2],
  shown: [
    { hint: 1, at: '2026-11-01T10:00:00.000Z' },
    { hint: 2, at: '2026-11-01T10:05:00.000Z' },
  ],
  unlocked: ['twoStacks'],
  interviews: [
    {
      startedAt: '2026-11-02T09:00:00.000Z',
      minutes: 45,
      endedBy: 'timeUp',
      seconds: 2700,
      firstPass: { correct: 600 },
      hints: [1],
      claim: { stated: 'O(n)', verdict: 'matches' },
      furthest: 'correct',
    },
  ],
  settings: { colour: 'none' },
};

describe('npm run hint -- closestFirst', () => {
  const dir = projectCopy();
  const progress = path.join(dir, '.kata-progress.json');

  test("shows the follow-up's hints in turn, apart from the main kata's", () => {
    const first = npmRun(dir, 'hint', ['closestFirst']);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`Hint 1 of ${hints.length}: ${hints[0].title}`);
    expect(first.stdout).toContain(hints[0].body);
    expect(first.stdout).toContain('Next hint: npm run hint -- closestFirst (hint 2)');
    expect(first.stdout).toContain('Try it: npm test -- kata/closestFirst.ts');
    expect(npmRun(dir, 'hint', ['closestFirst']).stdout).toContain(
      `Hint 2 of ${hints.length}: ${hints[1].title}`,
    );
    // The main kata's hints are untouched: npm run hint alone starts from its first.
    const main = npmRun(dir, 'hint');
    expect(main.stdout).toContain(`Hint 1 of ${mainHints.length}: ${mainHints[0].title}`);
    const saved = loadProgress(progress).progress;
    expect(saved.read).toEqual([1]);
    expect(progressOf(saved, 'closestFirst').read).toEqual([1, 2]);
  });

  test('a number shows that hint, --list the ones read; a wrong number is refused', () => {
    expect(npmRun(dir, 'hint', ['closestFirst', '5']).stdout).toContain(
      `Hint 5 of ${hints.length}: ${hints[4].title}`,
    );
    const list = npmRun(dir, 'hint', ['closestFirst', '--list']);
    expect(list.status).toBe(0);
    expect(list.stdout).toContain(`5. ${hints[4].title}`);
    expect(list.stdout).not.toContain(`3. ${hints[2].title}`);
    expect(list.stdout).toContain(
      `${hints.length - 3} of ${hints.length} remain; the next one: npm run hint -- closestFirst`,
    );
    // The name in any case, as a reference's.
    expect(npmRun(dir, 'hint', ['closestfirst', '1']).stdout).toContain(
      `Hint 1 of ${hints.length}`,
    );
    const wrong = npmRun(dir, 'hint', ['closestFirst', '99']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain(`hints go from 1 to ${hints.length}`);
  });

  test('--start-over forgets only the follow-up hints read', () => {
    expect(npmRun(dir, 'hint', ['closestFirst', '--start-over']).stdout).toContain(
      'npm run hint -- closestFirst shows hint 1',
    );
    const saved = loadProgress(progress).progress;
    expect(progressOf(saved, 'closestFirst').read).toEqual([]);
    expect(saved.read).toEqual([1]);
  });

  test('the command for each exercise', () => {
    expect(hintCommand(MAIN_EXERCISE)).toBe('npm run hint');
    expect(hintCommand(MAIN_EXERCISE, '3')).toBe('npm run hint -- 3');
    expect(hintCommand(closestFirst, '3')).toBe('npm run hint -- closestFirst 3');
  });

  test("an exercise's hints: its folder's, none while it is not written", () => {
    expect(hintsOf(closestFirst).map((h) => h.title)).toEqual(hints.map((h) => h.title));
    expect(hintsOf({ ...closestFirst, hintsDir: 'hints/not-written-yet' })).toEqual([]);
  });
});

describe("the follow-up's card points at its own hints", () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kata-card-')), 'closestFirst.ts');
  writeFileSync(file, 'export function* closestFirst(root, target) {}\n');
  const result = (id: string, passed: boolean, kind?: TierResult['kind']) =>
    ({ id, passed, checks: [], figure: '', kind }) as TierResult;

  test('the stub: start with npm run hint -- closestFirst', () => {
    const stub = closestFirst.tiers.map((id) => result(id, false, 'stub'));
    expect(nextStep(stub, file)).toMatch(/Stuck\? npm run hint -- closestFirst$/);
  });

  test('a failing tier: the number of the follow-up hint that helps with it', () => {
    const lazyFails = closestFirst.tiers.map((id) => result(id, id !== 'lazy', 'growth'));
    const hint = hints.find((h) => h.tiers.includes('lazy'))!;
    expect(nextStep(lazyFails, file)).toContain(
      `Stuck? npm run hint -- closestFirst ${hint.number} (${hint.title})`,
    );
  });
});

describe('a progress file written before the follow-ups', () => {
  test('loads whole, and a follow-up hint leaves its records as they were', () => {
    const dir = projectCopy();
    const progress = path.join(dir, '.kata-progress.json');
    writeFileSync(progress, JSON.stringify(OLD_PROGRESS, null, 2));
    const loaded = loadProgress(progress);
    expect(loaded.notice).toBeUndefined();
    expect(loaded.progress).toMatchObject({
      read: [1, 2],
      unlocked: ['twoStacks'],
      exercises: {},
    });
    expect(progressOf(loaded.progress, 'closestFirst').read).toEqual([]);

    expect(npmRun(dir, 'hint', ['closestFirst']).stdout).toContain(`Hint 1 of ${hints.length}`);
    const after = onDisk(progress);
    for (const [key, value] of Object.entries(OLD_PROGRESS)) expect(after[key]).toEqual(value);
    expect(after.exercises).toMatchObject({ closestFirst: { read: [1], unlocked: [] } });
    // The main kata's hints go on where they were.
    expect(npmRun(dir, 'hint').stdout).toContain(`Hint 3 of ${mainHints.length}`);
  });
});

describe("a follow-up's records that cannot be read", () => {
  test('are named in the notice, and the rest is kept', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kata-progress-')), 'p.json');
    writeFileSync(
      file,
      JSON.stringify({
        read: [1],
        exercises: { closestFirst: { read: [2, 'x'], passed: { correct: 7 } }, other: 3 },
      }),
    );
    const { progress, notice } = loadProgress(file);
    expect(notice).toContain(
      '1 of the hints read of closestFirst, 1 of the tiers passed of closestFirst, the follow-up other could not be read',
    );
    expect(progress.read).toEqual([1]);
    expect(progressOf(progress, 'closestFirst')).toMatchObject({ read: [2], passed: {} });
  });
});

describe('npm run solution -- closestFirst', () => {
  const dir = projectCopy();
  const progress = path.join(dir, '.kata-progress.json');

  test('lists its references with their complexities', () => {
    const { status, stdout } = npmRun(dir, 'solution', ['closestFirst']);
    expect(status).toBe(0);
    expect(stdout).toMatch(
      /twoStacksGenerator +O\(h\) to the first value \(one walk down\), O\(1\) amortised per value after it +correct, edge, lazy, space, deep/,
    );
    expect(stdout).toMatch(/sortedArray +O\(n\) before the first value.* +correct, edge, deep/);
    expect(stdout).not.toContain('twoPointers');
    expect(stdout).toContain('Try the hints first: npm run hint -- closestFirst');
  });

  test('prints one behind the unlock rule: not without a yes while the stub fails correct', () => {
    const refused = npmRun(dir, 'solution', ['closestFirst', 'twoStacksGenerator'], '');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Your solution (kata/closestFirst.ts) does not pass correct');
    expect(refused.stderr).toContain('npm run solution -- closestFirst twoStacksGenerator --yes');
    expect(refused.stdout).not.toContain('function*');

    const yes = npmRun(dir, 'solution', ['closestFirst', 'twoStacksGenerator', '--yes']);
    expect(yes.status).toBe(0);
    expect(yes.stdout).toContain(
      readFileSync(
        path.join(PROJECT_ROOT, closestFirst.referencesDir, 'twoStacksGenerator.ts'),
        'utf8',
      ),
    );
    const saved = loadProgress(progress).progress;
    expect(progressOf(saved, 'closestFirst').unlocked).toEqual(['twoStacksGenerator']);
    expect(saved.unlocked).toEqual([]);
    // Remembered: no question the second time.
    expect(npmRun(dir, 'solution', ['closestFirst', 'twoStacksGenerator'], '').status).toBe(0);
  });

  test("unlocked once the learner's own kata/closestFirst.ts passes correct", () => {
    writeFileSync(path.join(dir, 'kata', 'closestFirst.ts'), reference('twoStacksIterator'));
    const { status, stdout } = npmRun(dir, 'solution', ['closestFirst', 'sortedArray'], '');
    expect(status).toBe(0);
    expect(stdout).toContain(
      readFileSync(path.join(PROJECT_ROOT, closestFirst.referencesDir, 'sortedArray.ts'), 'utf8'),
    );
  });
});

describe('npm run reset -- closestFirst', () => {
  test('saves the attempt (never overwritten) and puts its stub back; the main kata is untouched', () => {
    const dir = projectCopy();
    const kata = path.join(dir, 'kata', 'closestFirst.ts');
    const main = readFileSync(path.join(dir, MAIN_EXERCISE.kataFile), 'utf8');
    const attempts = path.join(dir, 'attempts');
    const saved = () => (existsSync(attempts) ? readdirSync(attempts).sort() : []);
    for (const attempt of ['// attempt one\n', '// attempt two\n']) {
      writeFileSync(kata, attempt);
      const { status, stdout } = npmRun(dir, 'reset', ['closestFirst', '--yes']);
      expect(status).toBe(0);
      expect(stdout).toContain('kata/closestFirst.ts is the stub again');
      expect(readFileSync(kata, 'utf8')).toBe(STUB);
    }
    const files = saved();
    expect(files).toHaveLength(2);
    for (const file of files) expect(file).toMatch(/^closestFirst-\d{4}-\d\d-\d\dT[\d-]+\.ts$/);
    expect(files.map((file) => readFileSync(path.join(attempts, file), 'utf8')).sort()).toEqual([
      '// attempt one\n',
      '// attempt two\n',
    ]);
    expect(readFileSync(path.join(dir, MAIN_EXERCISE.kataFile), 'utf8')).toBe(main);
    expect(npmRun(dir, 'reset', ['closestFirst', '--yes']).stdout).toContain('already the stub');
  });

  test('without --yes and without a terminal, nothing changes and it says how to confirm', () => {
    const dir = projectCopy();
    const kata = path.join(dir, 'kata', 'closestFirst.ts');
    writeFileSync(kata, '// work in progress\n');
    const { status, stderr } = npmRun(dir, 'reset', ['closestFirst'], '');
    expect(status).toBe(1);
    expect(stderr).toContain('npm run reset -- closestFirst --yes');
    expect(readFileSync(kata, 'utf8')).toBe('// work in progress\n');
  });
});

describe('npm run progress, per exercise', () => {
  test('shows the tiers first passed and the hints read of each exercise', () => {
    const dir = projectCopy();
    writeFileSync(
      path.join(dir, '.kata-progress.json'),
      JSON.stringify({
        ...OLD_PROGRESS,
        exercises: {
          closestFirst: {
            read: [1, 3],
            shown: [],
            unlocked: ['sortedArray'],
            passed: { correct: '2026-12-01T10:00:00.000Z', edge: '2026-12-02T10:00:00.000Z' },
          },
        },
      }),
    );
    const { status, stdout } = npmRun(dir, 'progress');
    expect(status).toBe(0);
    expect(stdout).toContain(
      [
        '  closestKValues (kata/closestKValues.ts, the main kata)',
        '    tiers passed: 0 of 7',
        `    hints read: 2 of ${mainHints.length} (1, 2)`,
        '    references read before your own passed correct: twoStacks',
        '  closestFirst (kata/closestFirst.ts, a follow-up)',
        '    tiers passed: 2 of 5 (correct 2026-12-01, edge 2026-12-02)',
        `    hints read: 2 of ${hints.length} (1, 3)`,
        '    references read before your own passed correct: sortedArray',
      ].join('\n'),
    );
    expect(stdout).toContain('Mock interviews: 1');
  });

  test('npm test on kata/closestFirst.ts records the tiers it passes; progress shows them', () => {
    // The one full grading here: the graded run's call that records is what it guards.
    const dir = projectCopy();
    writeFileSync(path.join(dir, closestFirst.kataFile), reference('sortedArray'));
    const graded = npmRun(dir, 'test', [closestFirst.kataFile]);
    expect(graded.stdout).toContain('3 of 5 tiers pass');
    const { passed } = progressOf(
      loadProgress(path.join(dir, '.kata-progress.json')).progress,
      'closestFirst',
    );
    expect(Object.keys(passed).sort()).toEqual(['correct', 'deep', 'edge']);
    expect(npmRun(dir, 'progress').stdout).toMatch(
      /closestFirst \(kata\/closestFirst\.ts, a follow-up\)\n {4}tiers passed: 3 of 5 \(correct \d{4}-\d\d-\d\d, edge [\d-]+, deep [\d-]+\)/,
    );
  });

  test("npm test records the tiers the exercise's own kata file passes, the first time only", () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kata-progress-')), 'p.json');
    const kata = fromRoot(closestFirst.kataFile);
    recordTiersPassed(kata, ['correct'], file, new Date('2026-12-01T10:00:00Z'));
    recordTiersPassed(kata, ['correct', 'edge'], file, new Date('2026-12-02T10:00:00Z'));
    // Another file (a reference named after --) is no record of the learner's.
    recordTiersPassed(
      fromRoot(`${closestFirst.referencesDir}/twoStacksIterator.ts`),
      ['lazy'],
      file,
    );
    expect(progressOf(loadProgress(file).progress, 'closestFirst').passed).toEqual({
      correct: '2026-12-01T10:00:00.000Z',
      edge: '2026-12-02T10:00:00.000Z',
    });
    recordTiersPassed(fromRoot(MAIN_EXERCISE.kataFile), ['correct'], file);
    expect(loadProgress(file).progress.passed).toHaveProperty('correct');
  });
});

describe('npm run try -- closestFirst', () => {
  const dir = projectCopy();
  const kata = path.join(dir, 'kata', 'closestFirst.ts');

  test('the first m values of the iterator: the tree, what it gave, valid, the reads', () => {
    writeFileSync(kata, reference('twoStacksIterator'));
    const { status, stdout } = npmRun(dir, 'try', ['closestFirst', '[4,2,5,1,3]', '3.714286', '2']);
    expect(status).toBe(0);
    expect(stdout).toContain(
      'closestFirst(root, 3.714286), the first 2 values, from kata/closestFirst.ts',
    );
    expect(stdout).toContain('    __4\n   /   \\\n  2     5');
    expect(stdout).toMatch(/it gave: +\[4, 3\]\nvalid: the 2 values closest to the target/);
    expect(stdout).toMatch(/reads: \d+ reads of val, left and right, on \d of 5 nodes/);
  });

  test('without m, every value and the end; a file exporting closestFirst needs no name', () => {
    const { status, stdout } = npmRun(dir, 'try', [
      '[4,2,5,1,3]',
      '3.714286',
      '--file',
      path.join(PROJECT_ROOT, closestFirst.referencesDir, 'twoStacksGenerator.ts'),
    ]);
    expect(status).toBe(0);
    expect(stdout).toContain('closestFirst(root, 3.714286), every value, from');
    expect(stdout).toMatch(/it gave: +\[4, 3, 5, 2, 1\]\nvalid: every value once, closest first/);
  });

  test("an index: one query on it, whose reads are the query's (its build's are not counted)", () => {
    const { status, stdout } = npmRun(dir, 'try', [
      '[4,2,5,1,3]',
      '3.714286',
      '2',
      '--file',
      path.join(PROJECT_ROOT, 'solutions', 'ClosestIndex', 'sortedArray.ts'),
    ]);
    expect(status).toBe(0);
    expect(stdout).toContain('new ClosestIndex(root).closestKValues(3.714286, 2), from');
    // Its query works on the sorted array its build made: it reads no node.
    expect(stdout).toContain(
      'reads: 0 reads of val, left and right by the query (the build is not counted), on 0 of 5 nodes',
    );
  });

  test('values out of order: the order closest first, and why', () => {
    writeFileSync(kata, 'export function* closestFirst() {\n  yield 1;\n  yield 4;\n}\n');
    const { status, stdout } = npmRun(dir, 'try', ['closestFirst', '[4,2,5,1,3]', '3.714286', '2']);
    expect(status).toBe(1);
    expect(stdout).toContain('closest first:    [4, 3]');
    expect(stdout).toMatch(/not valid: .*3/);
  });

  test.each([
    [['closestFirst', '[4,2,5]'], 'closestFirst takes the tree, the target and, if you like, m'],
    [['closestFirst', '[4,2,5]', '3', '4'], 'm must be a whole number from 1 to 3'],
    [
      ['closestFirst', '[4,2,5]', '3', '--file', 'solutions/twoStacks.ts'],
      'solutions/twoStacks.ts is written for closestKValues, not closestFirst',
    ],
  ])('bad input %j: one sentence, the usage, exit 2', (args, sentence) => {
    const { status, stdout, stderr } = npmRun(dir, 'try', args);
    expect({ status, stdout }).toEqual({ status: 2, stdout: '' });
    expect(stderr.split('\n')[0]).toContain(sentence);
    expect(stderr).toContain('usage: npm run try');
  });
});

describe('every usage text names the follow-up', () => {
  const dir = projectCopy();

  test.each([
    ['hint', 'npm run hint -- closestFirst 3'],
    ['solution', 'npm run solution -- closestFirst'],
    ['reset', 'npm run reset -- closestFirst [--yes]'],
    ['try', 'npm run try -- closestFirst "<level-order array>" <target> [<m>]'],
    ['progress', 'per exercise'],
  ])('npm run %s -- --help', (script, words) => {
    const { status, stdout } = npmRun(dir, script, ['--help']);
    expect(status).toBe(0);
    expect(stdout).toContain(words);
  });

  test.each(['hint', 'solution', 'reset', 'try'])(
    'npm run %s -- closestFirst --no-such-option: the usage, exit 2',
    (script) => {
      const { status, stderr } = npmRun(dir, script, ['closestFirst', '--no-such-option']);
      expect(status).toBe(2);
      expect(stderr).toContain(`unknown option --no-such-option\nusage: npm run ${script}`);
      expect(stderr).toContain(`npm run ${script} -- closestFirst`);
    },
  );
});
