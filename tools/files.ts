import { cpSync, mkdtempSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../tests/grader/paths';

/** Writes a file whole or not at all: a crash mid-write cannot leave half a file behind. */
export function writeWhole(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
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
