/** @jest-config-loader-options {"transpileOnly": true} */
import type { Config } from 'jest';
import path from 'node:path';
import { transform } from '../../jest.config';

/** `npm run verify`: the project's own tests (the engine, the references, the zoo, the tools). */
const config: Config = {
  rootDir: path.resolve(__dirname, '..', '..'),
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/self'],
  testMatch: ['<rootDir>/tests/self/**/*.test.ts'],
  transform,
  // The zoo grades dozens of solutions, a few of which hang until stopped: two workers halve it.
  maxWorkers: 2,
  // A guard against a hang, never a limit on honest work: a 2-core machine at load 10 makes one
  // test's end-to-end runs (a report: every reference graded, a browser) take minutes.
  testTimeout: 600_000,
};

export default config;
