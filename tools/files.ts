import { cpSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { displayPath, PROJECT_ROOT } from '../tests/grader/paths';

/**
 * Writes a file whole or not at all: a crash mid-write cannot leave half a file behind, and a
 * write that fails removes its temporary file.
 */
export function writeWhole(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}

const FILE_ERRORS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EROFS: 'the file system is read-only',
  EISDIR: 'a folder is in the way where a file should be',
  ENOTDIR: 'a file is in the way where a folder should be',
  EEXIST: 'a file of that name is in the way',
  ENOENT: 'a folder on the way does not exist',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EMFILE: 'too many files are open',
  ELOOP: 'a symbolic link points in a circle',
};

/** A file-system error as one sentence: what could not be done, why, and where. */
export function fileErrorSentence(error: unknown, doing: string): string {
  const e = error as NodeJS.ErrnoException;
  const why = (e.code && FILE_ERRORS[e.code]) ?? (e.message || String(error));
  return `Could not ${doing}: ${why}${e.path ? ` (${displayPath(e.path)})` : ''}.`;
}

/**
 * A throwaway copy of the project (node_modules linked, not copied), where the learner's commands
 * run word for word without touching this checkout's kata file or progress.
 */
export function projectCopy(prefix = 'kata-copy-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const entry of [
    'kata',
    'hints',
    'solutions',
    'tests',
    'tools',
    'package.json',
    'tsconfig.json',
    'jest.config.ts',
  ]) {
    cpSync(path.join(PROJECT_ROOT, entry), path.join(dir, entry), { recursive: true });
  }
  // A junction on Windows needs no administrator rights; elsewhere the type is ignored.
  symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'junction');
  return dir;
}
