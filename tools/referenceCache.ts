import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { bundles } from '../tests/grader/process/bundles';
import { writeWhole } from './files';

/*
 * What was measured of a reference solution (its profile for compare, its charted series for the
 * report), kept in the grader's cache folder for as long as its file and the grader's sources stay
 * the same: its reads cannot change, and its time per query is this machine's either way.
 */

/** Where they are kept (removing it empties the cache). */
export async function referenceCacheDir(): Promise<string> {
  return path.join((await bundles()).cacheDir, 'references');
}

export async function cachedForReference<T>(
  file: string,
  kind: string,
  measure: () => Promise<T | undefined>,
): Promise<T | undefined> {
  const { fingerprint } = await bundles();
  const key = createHash('sha1')
    .update([fingerprint, kind, file, readFileSync(file, 'utf8')].join('\0'))
    .digest('hex');
  const cached = path.join(await referenceCacheDir(), `${key}.json`);
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as T;
  const measured = await measure();
  if (measured === undefined) return undefined;
  mkdirSync(path.dirname(cached), { recursive: true });
  writeWhole(cached, JSON.stringify(measured));
  return measured;
}
