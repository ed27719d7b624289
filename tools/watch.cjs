const { watch } = require('node:fs');
const path = require('node:path');

/*
 * npm run watch (npm test -- --watch, npm run grade -- <file> --watch): grades the file again on
 * every save. Its own loop rather than Jest's watch mode, which drops a save made while a run is
 * still going (the card is out, the run is not over: the learner's next save is never graded) and
 * lists keys (p, t, f) that mean nothing here. Each run is Jest's, in this process, so it starts
 * warm. Plain JavaScript, as tools/test.cjs which starts it.
 */

/** What a solution may import from beside it: saving any of them is saving the solution. */
const CODE = /\.(?:[cm]?[jt]s|json)$/;
/** Editors save in bursts (a write, a rename, a touch): one grading after the burst. */
const SETTLE_MS = 150;
const ROOT = path.join(__dirname, '..');

/**
 * Calls `saved` once after each burst of saves to `file` or to code beside it. The folder is
 * watched, not the file: an editor that saves by renaming replaces the file watched.
 * @param {string} file
 * @param {() => void} saved
 */
function onSaves(file, saved) {
  /** @type {NodeJS.Timeout | undefined} */
  let settle;
  return watch(path.dirname(file), (_, name) => {
    if (name && !CODE.test(name)) return;
    clearTimeout(settle);
    settle = setTimeout(saved, SETTLE_MS);
  });
}

/**
 * Grades `file` now and after every save until the learner quits. A save made during a run is
 * graded when that run ends (once, however many saves came meanwhile).
 * @param {string} file
 * @param {{ ci?: boolean }} options
 */
function gradeOnSaves(file, options) {
  const { runCLI } = require('jest');
  const pc = require('picocolors');
  // As paths.ts shows a path: relative to the project, with /, when inside it.
  const relative = path.relative(ROOT, file);
  const shown =
    relative.startsWith('..') || path.isAbsolute(relative)
      ? file
      : relative.split(path.sep).join('/');
  const keys = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const footer = keys
    ? `Watching ${shown}: graded again on every save. Enter grades it now, q quits.`
    : `Watching ${shown}: graded again on every save. Ctrl-C quits.`;
  let running = false;
  let again = false;
  // The card's next step says "save it", not "run npm test again" (gradeCard.ts).
  process.env.KATA_WATCH = '1';

  async function grade() {
    if (running) {
      again = true;
      return;
    }
    running = true;
    do {
      again = false;
      // What Jest's watch mode does before a run: clear the screen, scrollback included.
      // and say at once that the save was seen (the status line follows once a run takes a while).
      if (process.stdout.isTTY)
        process.stdout.write(`\x1b[2J\x1b[3J\x1b[H${pc.dim(`grading ${shown}…`)}\n`);
      try {
        await runCLI({ _: [], $0: 'npm test', ci: options.ci }, [ROOT]);
      } catch (error) {
        console.error(error instanceof Error ? error.message : String(error));
      }
      console.log(`\n${pc.dim(footer)}`);
    } while (again);
    running = false;
  }

  onSaves(file, () => void grade());
  if (keys) {
    process.stdin.setRawMode(true);
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (key) => {
      // q, Ctrl-C, Ctrl-D: raw mode turns Ctrl-C into a key, not a signal.
      if (key === 'q' || key === '\u0003' || key === '\u0004') process.exit(0);
      if (key === '\r' || key === '\n') void grade();
    });
  }
  void grade();
}

module.exports = { onSaves, gradeOnSaves };
