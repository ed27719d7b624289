import path from 'node:path';
import type { Plan } from './protocol';

/** What bundle.cjs builds and keeps: the bundles' paths, the plan, the cache folder. */
export interface Bundles {
  gradingProcess: string;
  memoryWatch: string;
  gradingRun: string;
  /** Each `npm run` command's bundle (tools/run.cjs), by name. */
  commands: Record<string, string>;
  plan: Plan;
  cacheDir: string;
  /** Of the grader's sources, for anything cached from its results. */
  fingerprint: string;
}

// Plain JavaScript that builds the bundles this module may itself run from: required by its real
// path, so that a bundle does not take in a copy of it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const { bundles } = require(path.join(__dirname, 'bundle.cjs')) as {
  bundles(): Promise<Bundles>;
};
