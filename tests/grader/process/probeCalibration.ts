import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { calibrateProbe, useCalibration, type Calibration } from '../tiers/space';

/*
 * The memory probe's calibration (tiers/space.ts: a weak ref's bytes, whether it tells known
 * shapes apart) depends on the runtime only: Node's build, the process's flags and the grader's
 * own code. A space process measures it before the learner's file loads, so no solution's code
 * can touch it, and keeps a trusted one in a file of the grader's build folder (a new build
 * starts a new file) for every later process of the same runtime. An untrusted one is never kept:
 * the next process checks again.
 */

/** The runtime a calibration holds for, within one build of the grader. */
const RUNTIME = [process.version, process.arch, process.platform, ...process.execArgv].join(' ');

/** Uses the calibration kept in `file` for this runtime, or measures one (and keeps it there). */
export function calibrateOnce(file: string): void {
  const kept = keptIn(file);
  if (kept) return useCalibration(kept);
  const measured = calibrateProbe();
  if (measured.trusted) keep(file, measured);
}

function keptIn(file: string): Calibration | undefined {
  const { refBytes, trusted } = (everyKept(file)[RUNTIME] ?? {}) as Partial<Calibration>;
  return trusted === true && typeof refBytes === 'number' && refBytes > 0
    ? { refBytes, trusted }
    : undefined;
}

/** The file's calibrations by runtime; none when it is missing or cannot be read (a cache). */
function everyKept(file: string): Record<string, unknown> {
  try {
    const all: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof all === 'object' && all !== null ? (all as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Written whole under another name, then renamed: a reader never sees half a file. */
function keep(file: string, calibration: Calibration): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, JSON.stringify({ ...everyKept(file), [RUNTIME]: calibration }));
    renameSync(temporary, file);
  } catch {
    // not kept: the next process measures it again
  }
}
