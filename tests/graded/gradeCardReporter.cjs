const { mkdtempSync, rmSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { createScriptTransformer } = require('@jest/transform');

/*
 * The grade card reporter. Jest loads reporters with a plain require, which cannot read
 * TypeScript, so this shim only sets up the hand-over directory and loads the TypeScript half
 * (gradeCardReport.ts) through Jest's own transformer, cached like every test file.
 */
class GradeCardReporter {
  constructor() {
    // Named before any test file starts: tier files write their results here.
    this.dir = mkdtempSync(path.join(os.tmpdir(), 'kata-grade-'));
    process.env.KATA_RESULTS_DIR = this.dir;
    process.once('exit', () => rmSync(this.dir, { recursive: true, force: true }));
  }

  async onRunComplete(testContexts, results) {
    const [context] = testContexts;
    if (!context) return;
    const transformer = await createScriptTransformer(context.config);
    const report = await transformer.requireAndTranspileModule(
      path.join(__dirname, 'gradeCardReport.ts'),
      undefined,
      { applyInteropRequireDefault: false },
    );
    report.printGradeCard(this.dir, results);
  }
}

module.exports = GradeCardReporter;
