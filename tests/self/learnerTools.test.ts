import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { loadHints } from '../../hints/hints';
import { saveAttempt } from '../../tools/attempts';
import { gradeInProcess } from '../grader/process/supervisor';
import { claimOf } from '../grader/claim';
import { withoutBytes } from './cards';
import { renderGradeCard } from '../grader/gradeCard';
import { DEFAULT_SEED } from '../grader/seed';
import { MAIN_EXERCISE } from '../grader/exercises/index';
import { tierOf } from '../grader/tiers/index';
import { DEFAULT_SOLUTION, PROJECT_ROOT } from '../grader/paths';
import { projectCopy } from '../../tools/files';
import { referenceAsKataFile } from '../../tools/references';
import { npmRun } from './projectCopy';

/* The learner's tools, run word for word in a fresh copy of the project. */

const hints = loadHints();
const STUB = readFileSync(
  path.join(PROJECT_ROOT, 'tools', 'templates', 'closestKValues.ts.template'),
  'utf8',
);

describe('npm run hint', () => {
  const dir = projectCopy();
  const progress = path.join(dir, '.kata-progress.json');

  test('shows hint 1, then hint 2, and only that one each time', () => {
    const first = npmRun(dir, 'hint', [], undefined, true); // npm itself, once
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`Hint 1 of ${hints.length}: ${hints[0].title}`);
    expect(first.stdout).toContain(hints[0].body);
    expect(first.stdout).not.toContain(hints[1].title);
    const second = npmRun(dir, 'hint');
    expect(second.stdout).toContain(`Hint 2 of ${hints.length}: ${hints[1].title}`);
    expect(second.stdout).not.toContain(hints[0].body);
  });

  test('--list names the hints read so far and counts the rest', () => {
    const { status, stdout } = npmRun(dir, 'hint', ['--list']);
    expect(status).toBe(0);
    expect(stdout).toContain(`1. ${hints[0].title}`);
    expect(stdout).toContain(`2. ${hints[1].title}`);
    expect(stdout).not.toContain(`3. ${hints[2].title}`);
    expect(stdout).toContain(`${hints.length - 2} of ${hints.length} remain`);
  });

  test('a number shows that hint; an unknown one is refused with the valid range', () => {
    expect(npmRun(dir, 'hint', ['5']).stdout).toContain(
      `Hint 5 of ${hints.length}: ${hints[4].title}`,
    );
    expect(npmRun(dir, 'hint').stdout).toContain(`Hint 3 of ${hints.length}`); // 5 read, 3 is next
    const wrong = npmRun(dir, 'hint', ['99']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain(`hints go from 1 to ${hints.length}`);
  });

  test('a corrupt progress file is kept aside, whole, and the hint is shown', () => {
    writeFileSync(progress, '{"read": [1, 2, oops');
    const { status, stdout } = npmRun(dir, 'hint');
    expect(status).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(
      /^\.kata-progress\.json: all of it \(.*\) could not be read; the whole file is kept as \.kata-progress\.json\.unreadable-[\dT-]+, and your progress goes on from what could\.$/,
    );
    expect(stdout).toContain('Hint 1 of');
    const copy = readdirSync(dir).find((name) =>
      name.startsWith('.kata-progress.json.unreadable-'),
    );
    expect(readFileSync(path.join(dir, copy!), 'utf8')).toBe('{"read": [1, 2, oops');
    expect(JSON.parse(readFileSync(progress, 'utf8'))).toMatchObject({ read: [1] });
  });

  test('a folder in the way of the progress file: the hint is shown, with one sentence', () => {
    const other = projectCopy();
    mkdirSync(path.join(other, '.kata-progress.json'));
    const { status, stdout, stderr } = npmRun(other, 'hint', ['2']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain(`Hint 2 of ${hints.length}`);
    expect(stdout).toContain(
      'Could not save your progress in .kata-progress.json: a folder is in the way where a file should be. This hint is not remembered.',
    );
  });

  test('--help prints the usage; an unknown option prints it and exits 2', () => {
    const help = npmRun(dir, 'hint', ['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run hint/);
    const wrong = npmRun(dir, 'hint', ['--lsit']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/^npm run hint: unknown option --lsit\nusage: npm run hint/);
  });

  test('re-reading an earlier hint after the last one does not call it the last', () => {
    writeFileSync(progress, JSON.stringify({ read: hints.map((h) => h.number) }));
    const { stdout } = npmRun(dir, 'hint', ['2']);
    expect(stdout).not.toContain('That was the last hint');
    expect(stdout).toContain('the one after this: npm run hint -- 3');
    expect(npmRun(dir, 'hint', [String(hints.length)]).stdout).toContain('That was the last hint');
  });

  test('--start-over takes the hints from the first again', () => {
    writeFileSync(progress, JSON.stringify({ read: [1, 2, 3] }));
    expect(npmRun(dir, 'hint', ['--start-over']).status).toBe(0);
    expect(npmRun(dir, 'hint').stdout).toContain(`Hint 1 of ${hints.length}`);
  });

  test('after the last hint it says so and points at the references', () => {
    writeFileSync(progress, JSON.stringify({ read: hints.map((h) => h.number) }));
    const all = new RegExp(`read all ${hints.length} hints[\\s\\S]*npm run solution`);
    expect(npmRun(dir, 'hint').stdout).toMatch(all);
  });

  test('in a mock interview the hints start from the first again, and every one shown counts', () => {
    writeFileSync(progress, JSON.stringify({ read: hints.map((h) => h.number) }));
    const mark = `${progress}.interview`;
    const started = Date.now();
    // This test's own process stands in for the interview running (tools/interviewMark.ts).
    writeFileSync(mark, JSON.stringify({ pid: process.pid, started }));
    try {
      expect(npmRun(dir, 'hint').stdout).toContain(`Hint 1 of ${hints.length}`);
      expect(npmRun(dir, 'hint').stdout).toContain(`Hint 2 of ${hints.length}`);
      const { shown } = JSON.parse(readFileSync(progress, 'utf8')) as {
        shown: { hint: number; at: string }[];
      };
      expect(shown.filter((s) => Date.parse(s.at) >= started).map((s) => s.hint)).toEqual([1, 2]);
      // A follow-up's hints, read before the interview, start from the first too.
      writeFileSync(
        progress,
        JSON.stringify({
          ...JSON.parse(readFileSync(progress, 'utf8')),
          exercises: { closestFirst: { read: [1, 2, 3], shown: [], unlocked: [], passed: {} } },
        }),
      );
      expect(npmRun(dir, 'hint', ['closestFirst']).stdout).toMatch(/^Hint 1 of \d+/m);
      // The mark of an interview whose process is gone counts for nothing.
      const gone = spawnSync(process.execPath, ['-e', '']).pid;
      writeFileSync(mark, JSON.stringify({ pid: gone, started }));
      expect(npmRun(dir, 'hint').stdout).toContain(`read all ${hints.length} hints`);
    } finally {
      rmSync(mark, { force: true });
    }
  });

  test('no hint gives a full solution: none holds an exported closestKValues or a complete function', () => {
    for (const hint of hints) {
      expect(hint.body).not.toMatch(/export function|function closestKValues/);
    }
  });
});

describe('npm run reset', () => {
  test('saves the attempt, restores the stub, and the edit is still on disk', () => {
    const dir = projectCopy();
    const kata = path.join(dir, 'kata', 'closestKValues.ts');
    const attempt = `${STUB}\n// my attempt, line 1\n`;
    writeFileSync(kata, attempt);
    const { status, stdout } = npmRun(dir, 'reset', ['--yes']);
    expect(status).toBe(0);
    expect(readFileSync(kata, 'utf8')).toBe(STUB);
    const saved = readdirSync(path.join(dir, 'attempts'));
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatch(/^closestKValues-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.ts$/);
    expect(readFileSync(path.join(dir, 'attempts', saved[0]), 'utf8')).toBe(attempt);
    expect(stdout).toContain(`Saved your attempt to attempts/${saved[0]}`);
  });

  test('without --yes and without a terminal to ask in, changes nothing', () => {
    const dir = projectCopy();
    const kata = path.join(dir, 'kata', 'closestKValues.ts');
    writeFileSync(kata, '// work in progress\n');
    const { status, stderr } = npmRun(dir, 'reset', [], '');
    expect(status).toBe(1);
    expect(stderr).toContain('npm run reset -- --yes');
    expect(readFileSync(kata, 'utf8')).toBe('// work in progress\n');
    expect(existsSync(path.join(dir, 'attempts'))).toBe(false);
  });

  test('a file in the way of attempts/: one sentence, and the attempt stays where it is', () => {
    const dir = projectCopy();
    const kata = path.join(dir, 'kata', 'closestKValues.ts');
    writeFileSync(kata, '// work in progress\n');
    writeFileSync(path.join(dir, 'attempts'), '');
    const { status, stderr } = npmRun(dir, 'reset', ['--yes']);
    expect(status).toBe(1);
    expect(stderr).toBe(
      'npm run reset: Could not save your attempt: a file of that name is in the way (attempts). kata/closestKValues.ts is unchanged.\n',
    );
    expect(readFileSync(kata, 'utf8')).toBe('// work in progress\n');
  });

  test('on the untouched stub there is nothing to save', () => {
    const dir = projectCopy();
    expect(npmRun(dir, 'reset', ['--yes']).stdout).toContain('already the stub');
    expect(existsSync(path.join(dir, 'attempts'))).toBe(false);
  });

  test('two attempts saved in the same second keep both', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kata-attempts-'));
    const now = new Date('2026-11-21T10:00:00Z');
    const first = saveAttempt('first', dir, now);
    const second = saveAttempt('second', dir, now);
    expect(path.basename(first)).toBe('closestKValues-2026-11-21T10-00-00.ts');
    expect(path.basename(second)).toBe('closestKValues-2026-11-21T10-00-00-2.ts');
    expect(readFileSync(first, 'utf8')).toBe('first');
    expect(readFileSync(second, 'utf8')).toBe('second');
  });
});

describe('npm run try', () => {
  const dir = projectCopy();
  const kata = path.join(dir, 'kata', 'closestKValues.ts');

  test("runs the learner's function once on that input: tree, answer, validity, output, reads", () => {
    writeFileSync(
      kata,
      `${referenceAsKataFile('twoStacks')}\nconsole.log('loaded');\n`.replace(
        /(export function closestKValues\([^)]*\)[^{]*\{)/,
        "$1\n  console.log('called with k =', k);",
      ),
    );
    const { status, stdout } = npmRun(dir, 'try', ['[4,2,5,1,3]', '3.714286', '2']);
    expect(status).toBe(0);
    expect(stdout).toContain('closestKValues(root, 3.714286, 2), from kata/closestKValues.ts');
    expect(stdout).toContain('    __4\n   /   \\\n  2     5');
    expect(stdout).toContain('called with k = 2');
    expect(stdout).toMatch(/returned: +\[4, 3\]\nvalid:/);
    expect(stdout).toMatch(/reads: \d+ reads of val, left and right, on \d of 5 nodes/);
    expect(stdout).toMatch(/per node: 4 ×\d+/);
  });

  test('a wrong answer shows one correct answer and why', () => {
    writeFileSync(kata, 'export function closestKValues() {\n  return [1, 2];\n}\n');
    const { status, stdout } = npmRun(dir, 'try', ['[4,2,5,1,3]', '3.714286', '2']);
    expect(status).toBe(1);
    expect(stdout).toContain('a correct answer: [4, 3]');
    expect(stdout).toMatch(/not valid: .*4/);
  });

  test.each([
    [['[4,2,5,1'], 'it takes three arguments: the tree, the target and k'],
    [['[4,2,5,1', '3', '1'], 'the tree [4,2,5,1 is not an array such as [4,2,5,1,3]'],
    [['[4,6,5]', '3', '1'], 'not a binary search tree: 6 sits in the left subtree of 4'],
    [['[4,2,5]', '3', '4'], 'k must be a whole number from 1 to 3'],
    [['[4,2,5]', 'x', '1'], 'the target x is not a number'],
  ])('bad input %j: one sentence, the usage, exit 2', (args, sentence) => {
    const { status, stdout, stderr } = npmRun(dir, 'try', args);
    expect({ status, stdout }).toEqual({ status: 2, stdout: '' });
    expect(stderr.split('\n')[0]).toContain(sentence);
    expect(stderr).toContain('usage: npm run try');
  });
});

describe('npm test', () => {
  test('a file named after -- is graded, as npm run grade grades it', () => {
    const { status, stdout } = npmRun(projectCopy(), 'test', ['solutions/twoStacks.ts']);
    expect(status).toBe(0);
    expect(stdout).toContain('grade card: solutions/twoStacks.ts');
    expect(stdout).toContain('7 of 7 tiers pass');
    expect(stdout).not.toContain('No tests found');
  });
});

describe('README', () => {
  const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
  const scripts = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')).scripts;

  test('every npm command it names is a script of the project', () => {
    // Commands in code spans and blocks: `npm test`, `npm run hint -- 3`, ...
    const named = [...readme.matchAll(/(?:`|^)npm (?:run )?([\w:]+)/gm)]
      .map((m) => m[1])
      .filter((s) => !['install', 'ci'].includes(s)); // npm's own commands
    expect(named.length).toBeGreaterThan(10);
    for (const script of new Set(named)) expect(Object.keys(scripts)).toContain(script);
  });

  test('its tier table counts the cases correct generates', () => {
    const said = /the statement's examples and ([\d,]+) generated cases/.exec(readme)![1];
    const generated = tierOf(MAIN_EXERCISE, 'correct')
      .checks(DEFAULT_SEED)
      .map((check) => Number(/^(\d+) /.exec(check.name)?.[1] ?? 0))
      .reduce((a, b) => a + b);
    expect(said).toBe(generated.toLocaleString('en-US'));
  });

  test('its sample grade card is what the grader prints for that solution', async () => {
    const sample = /```\n(── grade card[\s\S]*?)\n```/.exec(readme)![1];
    const file = path.join(PROJECT_ROOT, 'solutions', 'boundedHeap.ts');
    const { results } = await gradeInProcess(file, DEFAULT_SEED);
    const claim = claimOf(file, results);
    const printed = renderGradeCard(DEFAULT_SOLUTION, results, DEFAULT_SEED, false, claim);
    expect(withoutBytes(printed)).toBe(withoutBytes(sample));
  });
});
