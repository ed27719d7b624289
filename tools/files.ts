import { renameSync, writeFileSync } from 'node:fs';

/** Writes a file whole or not at all: a crash mid-write cannot leave half a file behind. */
export function writeWhole(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
