/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

/*
 * `npm test`: grades the learner's solution (or KATA_SOLUTION), one Jest test per check, and
 * prints the grade card. The project's own tests use tests/self/jest.config.ts (`npm run verify`).
 *
 * Loaded through esbuild-register rather than ts-node, which would load the TypeScript compiler
 * (0.3 s) before grading could start. Grading starts right here, in a separate process, so that it
 * runs on the second core while Jest loads ts-jest (tests/graded/gradingRun.ts).
 */

/**
 * ts-jest without type checking (isolatedModules in tsconfig.json): about 4x faster; loaded only
 * when a file changed since the last run (lazyTsJest.cjs).
 */
export const transform: Config['transform'] = {
  '^.+\\.[jt]s$': '<rootDir>/tests/graded/lazyTsJest.cjs',
};

/** Jest commands that run no test: no grading for them. */
const NO_TESTS = ['--listTests', '--showConfig', '--clearCache', '--version', '--help'];

const config: Config = {
  rootDir: __dirname,
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/graded', '<rootDir>/kata'],
  testMatch: ['<rootDir>/tests/graded/*.test.ts'],
  transform,
  // Before every run after the first of a process (npm run watch runs Jest again: tools/watch.cjs).
  globalSetup: '<rootDir>/tests/graded/globalSetup.cjs',
  // The reporter prints what grading found, card last; Jest's own listing would repeat it.
  reporters: ['<rootDir>/tests/graded/gradeCardReporter.cjs'],
  // A check waits for the grading process, which ends every call it runs within seconds.
  testTimeout: 120_000,
};

export default async (): Promise<Config> => {
  if (!process.argv.some((arg) => NO_TESTS.includes(arg))) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { startGrading } = require('./tests/graded/globalSetup.cjs') as {
      startGrading(): Promise<void>;
    };
    await startGrading();
  }
  return config;
};
