import { existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
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
