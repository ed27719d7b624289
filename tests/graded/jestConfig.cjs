const path = require('node:path');

/*
 * The configuration of the graded suite, in plain JavaScript: jest.config.ts hands it to Jest
 * (npx jest), and tools/test.cjs passes it to Jest as JSON (npm test), which spares every run the
 * loading of a TypeScript configuration (esbuild and its worker thread: 0.1 to 0.2 s).
 */

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * ts-jest without type checking (isolatedModules in tsconfig.json): about 4x faster; loaded only
 * when a file changed since the last run (lazyTsJest.cjs).
 */
const transform = {
  '^.+\\.[jt]s$': '<rootDir>/tests/graded/lazyTsJest.cjs',
};

const config = {
  rootDir: ROOT,
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

module.exports = { config, transform };
