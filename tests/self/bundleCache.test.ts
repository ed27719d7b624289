import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Plain JavaScript shared by the grader's processes (bundle.cjs).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { removeStaleBuilds, STALE_MS } = require('../grader/process/bundle.cjs') as {
  removeStaleBuilds(keep: string, out: string): void;
  STALE_MS: number;
};

test('old builds go, but never the newest build of a project copy that still exists', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'kata-bundles-'));
  const alive = mkdtempSync(path.join(os.tmpdir(), 'kata-root-'));
  const old = (Date.now() - 2 * STALE_MS) / 1000;
  const build = (name: string, stale: boolean) => {
    mkdirSync(path.join(out, name));
    if (stale) utimesSync(path.join(out, name), old, old);
  };
  const current = (name: string, root: string, dir: string) =>
    writeFileSync(path.join(out, name), JSON.stringify({ root, dir, inputs: {} }));
  build('build-mine', false);
  build('build-other-root', true); // the newest build of another copy, idle for long
  build('build-deleted-root', true); // the newest build of a copy since deleted
  build('build-superseded', true); // replaced by a newer build of its root
  build('build-in-use', false); // recently handed out by bundles()
  current('current-mine.json', alive, 'build-mine');
  current('current-other.json', alive, 'build-other-root');
  current('current-gone.json', path.join(alive, 'deleted'), 'build-deleted-root');

  removeStaleBuilds('build-mine', out);

  const left = (name: string) => existsSync(path.join(out, name));
  expect(left('build-mine')).toBe(true);
  expect(left('build-other-root')).toBe(true);
  expect(left('build-in-use')).toBe(true);
  expect(left('build-deleted-root')).toBe(false);
  expect(left('current-gone.json')).toBe(false);
  expect(left('build-superseded')).toBe(false);
});

describe("a grading process's start from V8's code cache (codeCache.cjs)", () => {
  const start = path.join(__dirname, '..', 'grader', 'process', 'codeCache.cjs');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kata-code-cache-'));
  const bundle = path.join(dir, 'bundle.js');
  // What a bundle may rely on, as when node runs it: its arguments, its own names, require.
  writeFileSync(
    bundle,
    `const { join } = require('node:path');
     module.exports = 1;
     console.log(JSON.stringify([process.argv.slice(2), __filename, join(__dirname, 'x'), module.exports]));`,
  );
  const run = (...flags: string[]) =>
    spawnSync(process.execPath, [...flags, start, bundle, 'a', '--plan'], { encoding: 'utf8' });
  const caches = () => readdirSync(dir).filter((name) => name.endsWith('.v8cache'));
  const said = JSON.stringify([['a', '--plan'], bundle, path.join(dir, 'x'), 1]);

  test('runs the bundle as node would, and leaves its cache beside it for the next process', () => {
    const first = run();
    expect([first.status, first.stdout.trim(), first.stderr]).toEqual([0, said, '']);
    expect(caches()).toHaveLength(1);
    const kept = statSync(path.join(dir, caches()[0])).ino;
    const second = run();
    expect([second.status, second.stdout.trim()]).toEqual([0, said]);
    // Accepted: not written again (a cache is replaced by a rename, a file of its own).
    expect(statSync(path.join(dir, caches()[0])).ino).toBe(kept);
  });

  test('other flags have a cache of their own; a cache V8 refuses is compiled past and replaced', () => {
    expect(run('--single-threaded-gc').stdout.trim()).toBe(said);
    expect(caches()).toHaveLength(2);
    for (const name of caches()) writeFileSync(path.join(dir, name), 'not a cache');
    const again = run();
    expect([again.status, again.stdout.trim()]).toEqual([0, said]);
    expect(
      caches().filter((name) => readFileSync(path.join(dir, name), 'utf8') === 'not a cache'),
    ).toHaveLength(1);
  });
});
