import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  openSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { namesLeetCodeGlobal } from './leetcodeGlobals';
import { PROJECT_ROOT } from './paths';

/*
 * The learner's file's TypeScript errors, as LeetCode's compiler would report them: a note on the
 * card, never a tier. Checked by process/typeCheck.cjs in a process of its own, at a low priority,
 * while the file is graded, and kept by the file's text: a file checked once is never checked
 * again, and a check the card could not wait for still finishes, for the next run. The checker
 * starts from a snapshot of itself with the declarations read (0.4 s of CPU instead of 1.7, on
 * every edit), built in the background after the first check in a cache folder.
 */

const CHECKER = path.join(PROJECT_ROOT, 'tests', 'grader', 'process', 'typeCheck.cjs');
/**
 * What LeetCode declares: its globals with TreeNode, for a file that names one of them (their
 * types, lodash's above all, take a second to read); TreeNode alone for any other file.
 */
const GLOBALS = path.join(PROJECT_ROOT, 'kata', 'leetcode.d.ts');
const TREE_NODE = path.join(PROJECT_ROOT, 'tests', 'grader', 'process', 'treeNode.d.ts');

/** A check asked for and not yet started: the next turn of the event loop starts it. */
interface Request {
  file: string;
  /** Its cache folder's types folder (the batch's first holds the checker's snapshot). */
  dir: string;
  declarations: string;
  temporary: string;
  kept: string;
  resolve(errors: string[] | undefined): void;
}

let batch: Request[] = [];

/**
 * Checker processes started (each checks the files asked for in one turn of the event loop), those
 * of them started from the checker's snapshot, and the snapshot's builds started.
 */
export const typeCheckCounts = { processes: 0, fromSnapshot: 0, builds: 0 };

/**
 * Starts checking `file` (or finds it checked); resolves to its errors, or undefined if none came.
 * Files asked for in the same turn of the event loop share one checker process (typeCheck.cjs:
 * the declarations it reads for the first serve the rest).
 */
export function typeErrorsOf(file: string, cacheDir: string): Promise<string[] | undefined> {
  if (!/\.tsx?$/.test(file)) return Promise.resolve([]); // JavaScript: nothing to check
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return Promise.resolve(undefined);
  }
  const declarations = namesLeetCodeGlobal(source) ? GLOBALS : TREE_NODE;
  const key = createHash('sha1')
    .update([source, file, statSync(CHECKER).mtimeMs, statSync(declarations).mtimeMs].join('\0'))
    .digest('hex');
  const dir = path.join(cacheDir, 'types');
  const kept = path.join(dir, `${key}.json`);
  const known = readKept(kept);
  if (known) return Promise.resolve(known);
  mkdirSync(dir, { recursive: true });
  return new Promise((resolve) => {
    // Unique within the batch too: the same file may be asked for twice in one turn.
    const temporary = `${kept}.${process.pid}.${batch.length}.tmp`;
    if (batch.length === 0) setImmediate(() => startChecker(takeBatch()));
    batch.push({ file, dir, declarations, temporary, kept, resolve });
  });
}

function readKept(kept: string): string[] | undefined {
  try {
    return JSON.parse(readFileSync(kept, 'utf8')) as string[];
  } catch {
    return undefined;
  }
}

const TYPESCRIPT = path.join(PROJECT_ROOT, 'node_modules', 'typescript', 'lib', 'typescript.js');
let snapshotKey: string | undefined;

/**
 * Where the checker's start-up snapshot (typeCheck.cjs) is kept in `dir`: one for this Node (no
 * other can start from it), this checker and this compiler.
 */
function snapshotIn(dir: string): string {
  if (snapshotKey === undefined) {
    const { mtimeMs, size } = statSync(TYPESCRIPT);
    const parts = [process.version, process.arch, process.execPath, readFileSync(CHECKER, 'utf8')];
    snapshotKey = createHash('sha1')
      .update([...parts, mtimeMs, size].join('\0'))
      .digest('hex')
      .slice(0, 12);
  }
  return path.join(dir, `checker-${snapshotKey}.blob`);
}

/** Exit code of a check from a snapshot whose declarations changed on disk (typeCheck.cjs). */
const STALE = 3;

/**
 * One checker process for `requests`: started from the snapshot if there is one; else a plain one,
 * and the snapshot is built in the background for the next checks.
 */
function startChecker(requests: Request[], plain = false): void {
  typeCheckCounts.processes++;
  const args = requests.flatMap(({ file, temporary, declarations }) => [
    file,
    temporary,
    declarations,
  ]);
  const blob = snapshotIn(requests[0].dir);
  const from = !plain && existsSync(blob) ? 'snapshot' : 'plain';
  if (from === 'snapshot') typeCheckCounts.fromSnapshot++;
  else if (!plain) buildSnapshot(blob);
  const command = from === 'snapshot' ? ['--snapshot-blob', blob, ...args] : [CHECKER, ...args];
  // Detached and not waited for: the card may go out first; the result is kept all the same.
  const child = inBackground(command, 10);
  let settled = false;
  const settle = (code: number | null) => {
    if (settled) return;
    settled = true;
    // A snapshot gone stale: the next check builds another. One this Node could not start from:
    // none again (until another Node or checker, whose snapshot has another name).
    if (from === 'snapshot' && code !== 0) {
      try {
        if (code !== STALE) writeFileSync(`${blob}.refused`, `${code}\n`);
        rmSync(blob, { force: true });
      } catch {
        // in use elsewhere (Windows): the next check meets it again
      }
    }
    const missing = requests.filter(({ temporary, kept, resolve }) => {
      try {
        renameSync(temporary, kept);
      } catch {
        // no result: the checker failed
      }
      const errors = readKept(kept);
      if (errors) resolve(errors);
      return !errors;
    });
    // Those a snapshot's process did not check, checked as the checker always can.
    if (missing.length > 0 && from === 'snapshot' && code !== STALE) startChecker(missing, true);
    else missing.forEach(({ resolve }) => resolve(undefined));
  };
  child.on('error', () => settle(null));
  child.on('exit', settle);
}

/** A process that outlives this one if it must, at a low priority. */
function inBackground(command: string[], priority: number): ChildProcess {
  const child = spawn(process.execPath, command, {
    stdio: 'ignore',
    detached: process.platform !== 'win32',
  });
  child.unref();
  try {
    os.setPriority(child.pid!, priority);
  } catch {
    // a priority it cannot lower only costs the grading some speed
  }
  return child;
}

/** A build this process started, until it ends (tests wait for it). */
let building: Promise<void> = Promise.resolve();

export function snapshotBuilt(): Promise<void> {
  return building;
}

/**
 * Builds the checker's snapshot in the background (typeCheck.cjs --snapshot), unless Node refused
 * to before, or another build holds the lock: one at a time. A lock older than any build takes is
 * one whose build died, and is taken over.
 */
function buildSnapshot(blob: string): void {
  if (existsSync(`${blob}.refused`)) return;
  const lock = `${blob}.building`;
  try {
    if (Date.now() - statSync(lock).mtimeMs > BUILD_LOCK_MS) rmSync(lock, { force: true });
  } catch {
    // no lock
  }
  try {
    closeSync(openSync(lock, 'wx'));
  } catch {
    return; // another build holds it
  }
  typeCheckCounts.builds++;
  const child = inBackground([CHECKER, '--snapshot', blob, GLOBALS], 19);
  building = new Promise((resolve) => {
    child.on('error', () => resolve());
    child.on('exit', () => resolve());
  });
}

/** A build takes 3 s of CPU; its own guard ends it after 300 s (typeCheck.cjs). */
const BUILD_LOCK_MS = 600_000;

function takeBatch(): Request[] {
  const requests = batch;
  batch = [];
  return requests;
}
