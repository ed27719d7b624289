const { bundles } = require('../grader/process/bundle.cjs');

/*
 * Starts a graded run (tests/graded/gradingRun.ts) unless one is already waiting for this Jest
 * run: tools/test.cjs starts the first one before it even loads Jest, jest.config.ts as soon as
 * Jest reads it (npx jest); in watch mode (tools/watch.cjs), this starts one before every re-run.
 * Plain JavaScript: it runs in Jest's own process, before any transform.
 */

/** The start under way (the bundles may still be building): a second caller waits for it. */
let starting;

function startGrading() {
  const current = globalThis[Symbol.for('kata.gradingRun')];
  if (current && !current.reported) return Promise.resolve(); // started for this very run
  starting ??= bundles()
    .then(({ gradingRun, plan, cacheDir }) => {
      require(gradingRun).beginRun(plan, cacheDir);
    })
    .finally(() => {
      starting = undefined;
    });
  return starting;
}

module.exports = startGrading;
module.exports.startGrading = startGrading;
