import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { namesLeetCodeGlobal } from './leetcodeGlobals';
import { PROJECT_ROOT } from './paths';

/*
 * The learner's file's TypeScript errors, as LeetCode's compiler would report them: a note on the
 * card, never a tier. Checked by process/typeCheck.cjs in a process of its own, at a low priority,
 * while the file is graded, and kept by the file's text: a file checked once is never checked
 * again, and a check the card could not wait for still finishes, for the next run.
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
  declarations: string;
  temporary: string;
  kept: string;
  resolve(errors: string[] | undefined): void;
}

let batch: Request[] = [];

/** Checker processes started (each checks the files asked for in one turn of the event loop). */
export const typeCheckCounts = { processes: 0 };

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
    if (batch.length === 0) setImmediate(startChecker);
    batch.push({ file, declarations, temporary, kept, resolve });
  });
}

function readKept(kept: string): string[] | undefined {
  try {
    return JSON.parse(readFileSync(kept, 'utf8')) as string[];
  } catch {
    return undefined;
  }
}

function startChecker(): void {
  const requests = batch;
  batch = [];
  typeCheckCounts.processes++;
  const args = requests.flatMap(({ file, temporary, declarations }) => [
    file,
    temporary,
    declarations,
  ]);
  // Detached and not waited for: the card may go out first; the result is kept all the same.
  const child = spawn(process.execPath, [CHECKER, ...args], {
    stdio: 'ignore',
    detached: process.platform !== 'win32',
  });
  child.unref();
  try {
    os.setPriority(child.pid!, 10);
  } catch {
    // a priority it cannot lower only costs the grading some speed
  }
  const settle = () => {
    for (const { temporary, kept, resolve } of requests) {
      try {
        renameSync(temporary, kept);
      } catch {
        // no result: the checker failed
      }
      resolve(readKept(kept));
    }
  };
  child.on('error', () => requests.forEach(({ resolve }) => resolve(undefined)));
  child.on('exit', settle);
}
