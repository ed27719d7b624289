import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EXERCISES, MAIN_EXERCISE } from '../grader/exercises/index';
import { PROJECT_ROOT } from '../grader/paths';
import { READ_SIZES } from '../grader/profile';
import { findReference, loadReferences, referenceAsKataFile } from '../../tools/references';
import { projectCopy } from '../../tools/files';
import { npmRun } from './projectCopy';
import { calibrateTimes, type Compared } from '../../tools/comparison';
import { DEFAULT_SEED } from '../grader/seed';

/* The tools built on the references: the catalog, npm run solution / compare / bench, run as typed. */

const tool = (script: string, args: string[] = []) => npmRun(PROJECT_ROOT, script, args);

const references = loadReferences();

describe('the reference catalog', () => {
  test('holds at least five approaches, including one of each growth class', () => {
    expect(references.length).toBeGreaterThanOrEqual(5);
    // The furthest time tier each reaches: linear only, the follow-up, and the optimum.
    const furthest = (tiers: string[]) =>
      tiers.includes('optimal') ? 'optimal' : tiers.includes('sublinear') ? 'sublinear' : 'linear';
    const classes = new Set(references.map((r) => furthest(r.tiers)));
    expect([...classes].sort()).toEqual(['linear', 'optimal', 'sublinear']);
  });

  test('finds a reference whatever the case, with or without .ts', () => {
    expect(findReference('TWOSTACKS.ts')?.name).toBe('twoStacks');
    expect(findReference('nothing')).toBeUndefined();
  });

  test('solutions/README.md lists every reference with the time, space and tiers of its header', () => {
    const readme = readFileSync(path.join(PROJECT_ROOT, 'solutions', 'README.md'), 'utf8');
    const rows = readme.split('\n').filter((line) => line.startsWith('| `'));
    expect(rows).toHaveLength(references.length);
    for (const reference of references) {
      const row = rows.find((line) => line.startsWith(`| \`${reference.name}\``));
      expect(row).toBeDefined();
      const cells = row!.split('|').map((cell) => cell.trim());
      expect(cells[3]).toBe(reference.time);
      expect(cells[4]).toBe(reference.space);
      expect(cells[5]).toBe(reference.tiers.join(', '));
    }
  });

  test.each(EXERCISES.filter((exercise) => exercise !== MAIN_EXERCISE))(
    "$id's README lists every reference with its complexity line and the tiers of its header",
    (exercise) => {
      const dir = path.join(PROJECT_ROOT, exercise.referencesDir);
      const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
      const rows = readme.split('\n').filter((line) => line.startsWith('| `'));
      const theirs = loadReferences(dir);
      expect(rows).toHaveLength(theirs.length);
      for (const reference of theirs) {
        const row = rows.find((line) => line.startsWith(`| \`${reference.name}\``));
        expect(row).toBeDefined();
        const cells = row!.split('|').map((cell) => cell.trim());
        // The whole complexity line, as the card reads and judges it.
        const line = /^\/\/ complexity: (.*)$/m.exec(readFileSync(reference.file, 'utf8'))![1];
        expect(cells[3]).toBe(line);
        expect(cells[4]).toBe(reference.tiers.join(', '));
      }
    },
  );
});

describe('npm run solution', () => {
  test('lists the references behind a spoiler warning', () => {
    const { status, stdout } = tool('solution');
    expect(status).toBe(0);
    expect(stdout).toMatch(/Spoilers ahead/);
    for (const reference of references)
      expect(stdout).toMatch(
        new RegExp(`${reference.name} +${reference.time.replace(/[()+]/g, '\\$&')}`),
      );
  });

  test("lists an index's build and query costs both: the query's is the follow-up's point", () => {
    const { status, stdout } = tool('solution', ['ClosestIndex']);
    expect(status).toBe(0);
    expect(stdout).toMatch(
      /sortPerQuery +O\(n\) build, O\(n log n\) per query +correct, edge, build, space, deep/,
    );
    expect(stdout).toMatch(/sortedArray +O\(n\) build, O\(log n \+ k\) per query /);
  });

  const twoStacks = readFileSync(path.join(PROJECT_ROOT, 'solutions', 'twoStacks.ts'), 'utf8');

  test('a spoiler while your own solution fails correct: outside a terminal it needs --yes', () => {
    const dir = projectCopy();
    const refused = npmRun(dir, 'solution', ['twoStacks'], '');
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/does not pass correct yet\. Reading twoStacks now shows you/);
    expect(refused.stderr).toContain('npm run solution -- twoStacks --yes');
    // --yes prints it, explanation first, and the unlock is remembered.
    const shown = npmRun(dir, 'solution', ['twoStacks', '--yes']);
    expect(shown.status).toBe(0);
    expect(shown.stdout).toBe(`${twoStacks}\n`);
    expect(npmRun(dir, 'solution', ['twoStacks'], '').stdout).toBe(`${twoStacks}\n`);
    expect(npmRun(dir, 'solution', ['twoPointers'], '').status).toBe(1);
  });

  test('once your own solution passes correct, every reference prints without asking', () => {
    const dir = projectCopy();
    writeFileSync(
      path.join(dir, 'kata', 'closestKValues.ts'),
      referenceAsKataFile('sortByDistance'),
    );
    const { status, stdout } = npmRun(dir, 'solution', ['twoStacks'], '');
    expect(status).toBe(0);
    expect(stdout).toBe(`${twoStacks}\n`);
  });

  test('once your own file has passed correct, a reset to the stub does not lock them again', () => {
    const dir = projectCopy();
    // What npm test on a passing file leaves in the progress file; the kata file is the stub.
    const passed = { passed: { correct: '2026-12-01T10:00:00.000Z' } };
    writeFileSync(path.join(dir, '.kata-progress.json'), JSON.stringify(passed));
    const { status, stdout } = npmRun(dir, 'solution', ['twoStacks'], '');
    expect(status).toBe(0);
    expect(stdout).toBe(`${twoStacks}\n`);
    // Read after passing: not counted as read before it.
    const progress = npmRun(dir, 'progress');
    expect(progress.stdout).toContain('references read before your own passed correct: none');
  });

  test('rejects an unknown name and lists the valid ones', () => {
    const { status, stderr } = tool('solution', ['fastest']);
    expect(status).toBe(2);
    expect(stderr).toContain('there is no reference called "fastest"');
    for (const reference of references) expect(stderr).toContain(reference.name);
  });
});

describe('npm run compare', () => {
  // The learner's file leaves a timer running at top level: compare must end all the same.
  test('puts a learner file beside every reference, with tiers, reads, growth and time', () => {
    const { status, stdout } = tool('compare', ['tests/self/zoo/timerTopLevel.ts', '--json']);
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    const byName = Object.fromEntries(report.solutions.map((s: { name: string }) => [s.name, s]));
    expect(Object.keys(byName)).toEqual(['yours', ...references.map((r) => r.name)]);
    expect(byName.yours).toMatchObject({ learner: true, growth: 'O(log n + k)' });
    expect(byName.searchFromRoot.growth).toBe('O(k log n)');
    expect(byName.twoStacks).toMatchObject({ growth: 'O(log n + k)', tiers: { optimal: 'pass' } });
    expect(byName.twoPointers.growth).toBe('O(n)');
    // Memory: the learner's as the space tier measured it, the references' as their headers say.
    expect(byName.yours.memory.measured).toBe('O(h + k)');
    expect(byName.yours.memory.figure).toMatch(
      /^extra memory grows like h \+ k: at most \d+ nodes held/,
    );
    expect(byName.twoPointers.memory).toEqual({ measured: 'O(n)' });
    expect(byName.searchFromRoot.memory).toEqual({ measured: 'O(k)' });
    for (const solution of report.solutions) {
      expect(solution.reads['4']).toHaveLength(report.sizes.length);
      expect(typeof solution.microsPerQuery).toBe('number');
    }
    expect(report.sizes).toEqual(READ_SIZES);
  });

  test('shows the stub with its reason instead of numbers, and draws the chart in 80 columns', () => {
    const { status, stdout } = tool('compare');
    expect(status).toBe(0);
    expect(stdout).toMatch(/▶ yours .*\n +no numbers: still the stub/);
    for (const reference of references) expect(stdout).toContain(reference.name);
    expect(stdout).toContain('Reads as n grows');
    expect(stdout).toMatch(/Extra memory beyond the answer[^]*▶ yours +not measured/);
    expect(stdout).toMatch(/ twoStacks +O\(h \+ k\) \(its header/);
    expect(Math.max(...stdout.split('\n').map((line) => line.length))).toBeLessThanOrEqual(80);
  });
});

describe('npm run compare, on a follow-up', () => {
  const ofFollowUp = (dir: string) =>
    loadReferences(path.join(PROJECT_ROOT, 'solutions', dir)).map((r) => r.name);

  // The stubs: no learner numbers to grade (seconds), the references' numbers from the cache.
  test("puts a closestFirst file beside closestFirst's references, judged by its lazy tier", () => {
    const { status, stdout } = tool('compare', ['kata/closestFirst.ts', '--json']);
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.exercise).toBe('closestFirst');
    const byName = Object.fromEntries(report.solutions.map((s: { name: string }) => [s.name, s]));
    expect(Object.keys(byName)).toEqual(['yours', ...ofFollowUp('closestFirst')]);
    expect(byName.yours.reason).toBe('still the stub');
    expect(Object.keys(byName.yours.tiers)).toEqual(['correct', 'edge', 'lazy', 'space', 'deep']);
    expect(byName.twoStacksGenerator).toMatchObject({
      growth: 'O(log n + k)',
      tiers: { lazy: 'pass' },
    });
    // Its whole-tree walk before the first value: reads like n, first 4 values or not.
    expect(byName.sortedArray.growth).toBe('more than O(log n + k)');
    const [small, large] = [byName.sortedArray.reads['4'][0], byName.sortedArray.reads['4'][5]];
    expect(large / small).toBeGreaterThan(500); // 2^18 / 2^8 = 1024 (like n); log n: 2.25
    expect(byName.twoStacksGenerator.reads['4'][5]).toBeLessThan(100);
  });

  test('puts a ClosestIndex file beside its references: the reads of a query after the build, 0 said', () => {
    const { status, stdout } = tool('compare', ['kata/ClosestIndex.ts']);
    expect(status).toBe(0);
    expect(stdout).toContain('beside the references of ClosestIndex');
    expect(stdout).toMatch(/ +correct edge build query space deep +a query\n/);
    for (const name of ofFollowUp('ClosestIndex')) expect(stdout).toContain(`  ${name} `);
    expect(stdout).not.toMatch(/twoStacks |slidingWindow|searchFromRoot/);
    // The flattened array's queries read no node: 0, and the note says its cost is CPU time.
    expect(stdout).toMatch(/\n {2}sortedArray( +0){6} +[\d.]+k?\n/);
    expect(stdout).toMatch(/\n {2}twoStacksPerQuery +36 +39 /);
    expect(stdout.replace(/\n/g, ' ')).toContain('judged by the query tier, not reads');
    expect(stdout).toContain('the build not timed');
    expect(stdout).toContain('(not drawn, no node read: sortPerQuery, sortedArray)');
    // What an index keeps, by the index's names: a query's stacks come and go.
    expect(stdout).toMatch(/\n {2}twoStacksPerQuery +O\(1\) \(its header/);
    // The build's reads alone: the flattening reads val, left and right of every node once; the
    // index that keeps the root reads nothing.
    const build = stdout.slice(stdout.indexOf('Reads of the build alone'));
    expect(build).toMatch(/\n {2}sortedArray +768 +3\.1k +12k +49k +197k +786k\n/);
    expect(build).toMatch(/\n {2}twoStacksPerQuery( +0){6}\n/);
    const help = tool('compare', ['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('A follow-up is compared with its own references');
    expect(Math.max(...stdout.split('\n').map((line) => line.length))).toBeLessThanOrEqual(80);
  });
});

describe("the references' times", () => {
  test("are scaled to this run by timing twoStacks again, and the learner's is taken again alone", async () => {
    const row = (name: string, microsPerQuery: number, learner = false): Compared => ({
      name,
      file: path.join(PROJECT_ROOT, 'solutions', `${learner ? 'twoStacks' : name}.ts`),
      learner,
      tiers: {} as Compared['tiers'],
      microsPerQuery,
    });
    // As if cached in a run a thousand times slower than this one, and the learner's (twoStacks
    // too) timed while other processes ran.
    const rows = [row('yours', 1e6, true), row('twoStacks', 1e6), row('sortByDistance', 3e6)];
    await calibrateTimes(rows, DEFAULT_SEED);
    const [yours, twoStacks, sort] = rows.map((r) => r.microsPerQuery!);
    expect(yours).toBeLessThan(1e4); // timed again, alone
    expect(twoStacks).toBeLessThan(1e4); // timed again now
    expect(sort / twoStacks).toBeCloseTo(3, 9); // scaled as twoStacks was
  }, 300_000);
});

describe('npm run bench', () => {
  // A million nodes by default; a smaller tree here, the same report.
  test('times every reference against a full traversal of the tree', () => {
    const { status, stdout } = tool('bench', ['--nodes', '50000']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/50,000 nodes/);
    expect(stdout).toMatch(/full traversal .* (ms|µs)/);
    for (const reference of references) {
      expect(stdout).toMatch(
        new RegExp(`${reference.name} +[\\d.]+ (ms|µs) +[\\d,.]+x (faster|slower)`),
      );
    }
  });
});
