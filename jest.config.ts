/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';
import { config as graded, transform as gradedTransform } from './tests/graded/jestConfig.cjs';

/*
 * `npm test`: grades the learner's solution (or KATA_SOLUTION), one Jest test per check, and
 * prints the grade card. The project's own tests use tests/self/jest.config.ts (`npm run verify`).
 * The configuration itself is tests/graded/jestConfig.cjs, which npm test passes to Jest directly.
 *
 * Loaded through esbuild-register rather than ts-node, which would load the TypeScript compiler
 * (0.3 s) before grading could start. Grading starts right here (npx jest), in a separate process,
 * so that it runs on the second core while Jest loads ts-jest (tests/graded/gradingRun.ts).
 */

export const transform: Config['transform'] = gradedTransform;

/** Jest commands that run no test: no grading for them. */
const NO_TESTS = ['--listTests', '--showConfig', '--clearCache', '--version', '--help'];

export default async (): Promise<Config> => {
  if (!process.argv.some((arg) => NO_TESTS.includes(arg))) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { startGrading } = require('./tests/graded/globalSetup.cjs') as {
      startGrading(): Promise<void>;
    };
    await startGrading();
  }
  return graded;
};
