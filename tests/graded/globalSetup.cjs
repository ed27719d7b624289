const { bundles } = require('../grader/process/bundle.cjs');

/*
 * Starts a graded run (tests/graded/gradingRun.ts) unless one is already waiting for this Jest
 * run: jest.config.ts starts the first one as soon as Jest reads it; in watch mode (tools/watch.cjs), this starts
 * one before every re-run. Plain JavaScript: it runs in Jest's own process, before any transform.
 */
async function startGrading() {
  const current = globalThis[Symbol.for('kata.gradingRun')];
  if (current && !current.reported) return; // started by jest.config.ts for this very run
  const { gradingRun, plan, cacheDir } = await bundles();
  require(gradingRun).beginRun(plan, cacheDir);
}

module.exports = startGrading;
module.exports.startGrading = startGrading;
