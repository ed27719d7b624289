import { spawn } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  addToProgress,
  loadProgress,
  ProgressError,
  type Interview,
} from '../../tools/progressFile';
import { projectCopy } from '../../tools/files';
import { PROJECT_ROOT } from '../grader/paths';
import { npmRun } from './projectCopy';

/* The progress file never loses a record: damaged files, unknown fields, writers at once, kills. */

const freshDir = () => mkdtempSync(path.join(os.tmpdir(), 'kata-progress-'));
const NOW = new Date('2026-11-30T10:00:00Z');
const interview = (startedAt: string): Interview => ({
  startedAt,
  minutes: 45,
  endedBy: 'timeUp',
  seconds: 2700,
  firstPass: { correct: 300 },
  hints: [1],
  claim: { stated: 'O(n)', verdict: 'matches' },
  furthest: 'correct',
});
const shown = (hint: number) => ({ hintShown: { hint, at: NOW.toISOString() } });
const onDisk = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
const copiesOf = (file: string) =>
  readdirSync(path.dirname(file)).filter((name) =>
    name.startsWith(`${path.basename(file)}.unreadable-`),
  );

describe('a progress file that cannot be read is kept aside, whole, never replaced', () => {
  const damaged: Record<string, string> = {
    'cut short': '{"read": [1, 2], "interviews": [{"startedAt": "2026-1',
    'a trailing comma': '{"read": [1, 2],}',
    'a comment line': '// my progress\n{"read": [1, 2]}',
    'not an object': '[1, 2, 3]',
  };
  test.each(Object.keys(damaged))(
    '%s: a dated copy with every byte, a notice naming it',
    (name) => {
      const file = path.join(freshDir(), '.kata-progress.json');
      writeFileSync(file, damaged[name]);
      expect(loadProgress(file).notice).toMatch(/could not be read; the file will be copied aside/);
      const { notice } = addToProgress(shown(3), file, NOW);
      const copies = copiesOf(file);
      expect(copies).toEqual(['.kata-progress.json.unreadable-2026-11-30T10-00-00']);
      expect(readFileSync(path.join(path.dirname(file), copies[0]), 'utf8')).toBe(damaged[name]);
      expect(notice).toContain(`the whole file is kept as ${copies[0]}`);
      expect(onDisk(file)).toMatchObject({ read: [3] });
      // A second damage in the same second gets a copy of its own.
      writeFileSync(file, damaged[name]);
      addToProgress(shown(4), file, NOW);
      expect(copiesOf(file)).toHaveLength(2);
    },
  );

  test('a byte-order mark is read, not called damage', () => {
    const file = path.join(freshDir(), '.kata-progress.json');
    writeFileSync(file, `\uFEFF${JSON.stringify({ read: [1, 2] })}`);
    expect(loadProgress(file)).toMatchObject({ progress: { read: [1, 2] }, notice: undefined });
    addToProgress(shown(3), file, NOW);
    expect(copiesOf(file)).toEqual([]);
    expect(onDisk(file)).toMatchObject({ read: [1, 2, 3] });
  });

  test('a damaged record is kept in the copy; unknown fields stay in the file as they were', () => {
    const file = path.join(freshDir(), '.kata-progress.json');
    const kept = { ...interview('2026-11-20T10:00:00.000Z'), mood: 'calm' };
    writeFileSync(
      file,
      JSON.stringify({ read: [2, 1], theme: 'dark', interviews: [kept, { minutes: 'x' }] }),
    );
    const loaded = loadProgress(file);
    expect(loaded.progress.interviews).toEqual([kept]);
    expect(loaded.notice).toMatch(
      /^\.kata-progress\.json: 1 of the mock interviews could not be read/,
    );
    addToProgress(shown(3), file, NOW);
    expect(onDisk(file)).toMatchObject({ read: [1, 2, 3], theme: 'dark', interviews: [kept] });
    expect(
      JSON.parse(readFileSync(`${file}.unreadable-2026-11-30T10-00-00`, 'utf8')),
    ).toMatchObject({
      interviews: [kept, { minutes: 'x' }],
    });
  });
});

describe('writers at once never drop a record', () => {
  test('twelve hints and an interview written by thirteen processes at once all land', async () => {
    const file = path.join(freshDir(), '.kata-progress.json');
    // A large history makes each write slow enough for writers to overlap.
    const history = Array.from({ length: 20_000 }, (_, i) =>
      interview(new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString()),
    );
    writeFileSync(file, JSON.stringify({ read: [], interviews: history }));
    const additions = [
      ...Array.from({ length: 12 }, (_, i) => ({
        hintShown: { hint: 1 + (i % 8), at: `2026-11-30T10:00:${String(i).padStart(2, '0')}Z` },
      })),
      { interview: interview('2026-11-30T11:00:00.000Z') },
    ];
    const module = path.join(PROJECT_ROOT, 'tools', 'progressFile.ts');
    await Promise.all(
      additions.map(
        (addition) =>
          new Promise<void>((resolve, reject) => {
            const child = spawn(
              process.execPath,
              [
                '--require',
                'tsx/cjs',
                '-e',
                `require(${JSON.stringify(module)}).addToProgress(${JSON.stringify(addition)}, ${JSON.stringify(file)})`,
              ],
              { cwd: PROJECT_ROOT, stdio: 'inherit' },
            );
            child.on('exit', (code) =>
              code === 0 ? resolve() : reject(new Error(`exit ${code}`)),
            );
          }),
      ),
    );
    const { progress, notice } = loadProgress(file);
    expect(notice).toBeUndefined();
    expect(progress.shown.map((s) => s.at).sort()).toEqual(
      additions.flatMap((a) => ('hintShown' in a ? [a.hintShown!.at] : [])).sort(),
    );
    expect(progress.interviews).toHaveLength(history.length + 1);
    expect(readdirSync(path.dirname(file))).toEqual(['.kata-progress.json']); // no lock, no tmp
  }, 60_000);

  test("a killed writer's temporary file and lock are cleared by the next writer", () => {
    const dir = freshDir();
    const file = path.join(dir, '.kata-progress.json');
    writeFileSync(file, JSON.stringify({ read: [1] }));
    writeFileSync(`${file}.4000001.tmp`, 'x'.repeat(1000)); // a write cut off by a kill
    writeFileSync(`${file}.lock`, '4000001'); // its lock: no such process
    addToProgress(shown(2), file, NOW);
    expect(readdirSync(dir)).toEqual(['.kata-progress.json']);
    expect(onDisk(file)).toMatchObject({ read: [1, 2] });
  });
});

describe('the file system refusing is one sentence', () => {
  test('a folder where the file should be', () => {
    const file = path.join(freshDir(), '.kata-progress.json');
    mkdirSync(file);
    expect(() => addToProgress(shown(1), file)).toThrow(ProgressError);
    expect(() => addToProgress(shown(1), file)).toThrow(
      /^Could not save your progress in \.kata-progress\.json: a folder is in the way where a file should be\.$/,
    );
    expect(loadProgress(file).notice).toMatch(/^Could not read .*a folder is in the way/);
  });

  test('a file where its folder should be', () => {
    const blocker = path.join(freshDir(), 'blocker');
    writeFileSync(blocker, '');
    expect(() => addToProgress(shown(1), path.join(blocker, '.kata-progress.json'))).toThrow(
      /^Could not save your progress in .*: a file is in the way where a folder should be/,
    );
  });

  test('a symlinked progress file stays a symlink; its target gets the record', () => {
    const dir = freshDir();
    const target = path.join(dir, 'elsewhere.json');
    const link = path.join(dir, '.kata-progress.json');
    writeFileSync(target, JSON.stringify({ read: [1] }));
    symlinkSync(target, link);
    addToProgress(shown(2), link, NOW);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(onDisk(target)).toMatchObject({ read: [1, 2] });
    expect(existsSync(`${target}.lock`)).toBe(false);
  });
});

describe('interviews with follow-ups, beside records from before them', () => {
  const withFollowUp = (startedAt: string): Interview => ({
    ...interview(startedAt),
    followUps: [
      {
        exercise: 'closestFirst',
        askedAt: 1200,
        firstPass: { correct: 1500, edge: 1600 },
        hints: [2],
        claim: { stated: null, verdict: 'none', overall: 'none' },
        furthest: 'edge',
      },
    ],
  });

  test('an old record and a new one are both read back; a damaged follow-up is damage', () => {
    const file = path.join(freshDir(), '.kata-progress.json');
    const old = interview('2026-11-20T10:00:00.000Z'); // as every version before wrote it
    const damaged = { ...withFollowUp('2026-11-21T10:00:00.000Z'), followUps: [{ askedAt: 'x' }] };
    writeFileSync(file, JSON.stringify({ interviews: [old, damaged] }));
    expect(loadProgress(file).progress.interviews).toEqual([old]);
    addToProgress({ interview: withFollowUp('2026-11-30T10:00:00.000Z') }, file, NOW);
    expect(loadProgress(file)).toEqual({
      progress: expect.objectContaining({
        interviews: [old, withFollowUp('2026-11-30T10:00:00.000Z')],
      }),
      notice: undefined,
    });
    // The damaged record is in the copy kept aside, whole.
    expect(copiesOf(file)).toHaveLength(1);
  });

  test('npm run progress shows both, the follow-up on a line of its own', () => {
    const dir = projectCopy();
    writeFileSync(
      path.join(dir, '.kata-progress.json'),
      JSON.stringify({
        interviews: [
          interview('2026-11-20T10:00:00.000Z'),
          withFollowUp('2026-11-30T10:00:00.000Z'),
        ],
      }),
    );
    const { status, stdout } = npmRun(dir, 'progress');
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    const at = lines.findIndex((line) => line.includes('Mock interviews: 2'));
    expect(lines.slice(at + 1, at + 4)).toEqual([
      expect.stringMatching(/^ {2}2026-11-20 10:00 +45 min +time was up .*furthest correct/),
      expect.stringMatching(/^ {2}2026-11-30 10:00 +45 min +time was up .*furthest correct/),
      '    then closestFirst, asked 20:00 in: furthest edge  hints 1  claim none',
    ]);
    expect(stdout).toContain('best time to each tier: correct 05:00');
    // A follow-up's from when it was asked: correct passed 25:00 in, asked 20:00 in.
    expect(stdout).toContain(
      '  best time to each tier of closestFirst, from when it was asked: correct 05:00 · edge 06:40 · lazy — · space — · deep —',
    );
    expect(stdout).not.toContain('best time to each tier of ClosestIndex');
  }, 60_000);
});
