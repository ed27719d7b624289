import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { gradeReport, renderGradeCard } from '../grader/gradeCard';
import { seedFrom } from '../grader/seed';
import { resolveAsTyped, solutionFile } from '../grader/solution';
import { TIER_IDS, type TierId, type TierResult } from '../grader/tiers/tier';
import type { TierRecord } from './tierSuite';

/*
 * The TypeScript half of the grade card reporter: collects what each tier file left in the
 * hand-over directory, prints the card and, when KATA_REPORT names a file, writes the JSON report.
 */

/** The parts of Jest's aggregated result used here. */
export interface RunResults {
  testResults: {
    testFilePath: string;
    perfStats: { start: number };
    testExecError?: { message: string };
  }[];
}

const TIER_FILE = /[\\/]graded[\\/](\w+)\.test\.ts$/;

export function printGradeCard(dir: string, run: RunResults): void {
  const results: TierResult[] = [];
  let seed = seedFrom();
  let solution = solutionFile();
  for (const test of run.testResults) {
    const id = TIER_FILE.exec(test.testFilePath)?.[1] as TierId | undefined;
    if (!id || !TIER_IDS.includes(id)) continue;
    const record = freshRecord(dir, id, test.perfStats.start);
    if (record) {
      results.push(record.result);
      seed = record.seed;
      solution = record.solution;
    } else {
      // The test file never got to write its result: it crashed, or its worker died.
      const message = test.testExecError?.message ?? 'it stopped before finishing';
      const why = stripVTControlCharacters(message).split('\n')[0];
      results.push({ id, passed: false, checks: [], figure: `the ${id} tier crashed: ${why}` });
    }
  }
  process.stdout.write(`\n${renderGradeCard(solution, results, seed)}\n\n`);
  const reportFile = process.env.KATA_REPORT?.trim();
  if (reportFile) {
    writeFileSync(
      resolveAsTyped(reportFile),
      `${JSON.stringify(gradeReport(solution, results), null, 2)}\n`,
    );
  }
}

// A record written during this run (watch mode reuses the directory).
function freshRecord(dir: string, id: TierId, startedAt: number): TierRecord | undefined {
  const file = path.join(dir, `${id}.json`);
  if (!existsSync(file)) return undefined;
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as TierRecord;
    return record.writtenAt >= startedAt ? record : undefined;
  } catch {
    return undefined;
  }
}
