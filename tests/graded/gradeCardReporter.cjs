const pc = require('picocolors');

/*
 * The reporter of `npm test`: when Jest has run the graded suite, it prints what grading found and
 * the grade card, and writes the JSON report when KATA_REPORT asks for it. The run itself lives in
 * Jest's main process (tests/graded/gradingRun.ts), where this reporter finds it.
 */
class GradeCardReporter {
  // Jest's own reporter clears its "Determining test suites to run..." line here; this one
  // replaces it, so it does too.
  onRunStart() {
    require('jest-util').preRunMessage.remove(process.stderr);
  }

  async onRunComplete(_contexts, results) {
    const run = globalThis[Symbol.for('kata.gradingRun')];
    if (!run || run.reported) {
      // No run to show: the graded suite could not start (its error is all there is to say).
      for (const file of results.testResults) {
        if (file.testExecError) process.stdout.write(`\n${file.testExecError.message}\n`);
      }
      return;
    }
    await run.report(pc.isColorSupported);
  }
}

module.exports = GradeCardReporter;
