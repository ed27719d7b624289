/** @jest-config-loader-options {"transpileOnly": true} */
import type { Config } from 'jest';

/*
 * `npm test`: grades the learner's solution (or KATA_SOLUTION) tier by tier, then prints the
 * grade card. The project's own tests use tests/self/jest.config.ts (`npm run verify`).
 */

/** ts-jest without type checking (isolatedModules in tsconfig.json): about 4x faster. */
export const transform: Config['transform'] = { '^.+\\.[jt]s$': 'ts-jest' };

const config: Config = {
  rootDir: __dirname,
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/graded', '<rootDir>/kata'],
  testMatch: ['<rootDir>/tests/graded/*.test.ts'],
  transform,
  reporters: ['default', '<rootDir>/tests/graded/gradeCardReporter.cjs'],
  noStackTrace: true,
  watchPathIgnorePatterns: ['<rootDir>/attempts/', '<rootDir>/.kata-progress.json'],
};

export default config;
