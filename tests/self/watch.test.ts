import { copyFileSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectCopy } from '../../tools/files';
import { referenceAsKataFile } from '../../tools/references';
import { npmStart, waitFor } from './projectCopy';
import { count, inTerminal, Terminal } from './terminal';
import { ZOO } from './zoo';

/*
 * npm run watch, and grade --watch: a grading on every save, a save made while a run is still
 * going graded after it (Jest's own watch mode dropped it), keys that mean something here.
 */

/** The command names of the processes whose working folder is `dir`. */
function processesIn(dir: string): string[] {
  return readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid))
    .flatMap((pid) => {
      try {
        return readlinkSync(`/proc/${pid}/cwd`) === dir
          ? [readFileSync(`/proc/${pid}/comm`, 'utf8').trim()]
          : [];
      } catch {
        return []; // ended meanwhile, or not ours to read
      }
    });
}

const cards = (text: string) => count(text, 'tiers pass (seed');

test('npm run watch grades a save made while a run is going, once that run ends', async () => {
  const dir = projectCopy();
  const kata = path.join(dir, 'kata', 'closestKValues.ts');
  // A run of some seconds: every call loops until its time limit.
  copyFileSync(path.join(ZOO, 'bugLoopNoReads.ts'), kata);
  const watch = npmStart(dir, 'watch');
  try {
    // Late enough that the run has read the file, on an idle machine at least.
    await new Promise((r) => setTimeout(r, 2500));
    writeFileSync(kata, referenceAsKataFile('twoStacks'));
    await waitFor(
      () => watch.output().includes('7 of 7 tiers pass'),
      'a passing card',
      watch.output,
    );
    const output = watch.output();
    expect(output).toContain('7 of 7 tiers pass');
    expect(output).toContain(
      'Watching kata/closestKValues.ts: graded again on every save. Ctrl-C quits.',
    );
    expect(output).not.toMatch(/Watch Usage|Press \w to/);
  } finally {
    watch.stop();
  }
}, 600_000);

test('npm run grade -- <file> --watch watches that file', async () => {
  const dir = projectCopy();
  const file = path.join(dir, 'solutions', 'mine.ts');
  copyFileSync(path.join(ZOO, 'bugDedupes.ts'), file);
  const watch = npmStart(dir, 'grade', ['solutions/mine.ts', '--watch']);
  try {
    await waitFor(() => cards(watch.output()) >= 1, 'the first card', watch.output);
    expect(watch.output()).toContain('grade card: solutions/mine.ts');
    expect(watch.output()).toContain('✗ correct');
    writeFileSync(file, referenceAsKataFile('twoStacks'));
    await waitFor(() => cards(watch.output()) >= 2, 'the second card', watch.output);
    expect(watch.output()).toContain('7 of 7 tiers pass');
    expect(watch.output()).toContain('Watching solutions/mine.ts');
  } finally {
    watch.stop();
  }
}, 600_000);

inTerminal('in a terminal', () => {
  test('Enter grades again, q quits and leaves no grading process behind', async () => {
    const dir = projectCopy();
    const terminal = new Terminal(dir);
    try {
      terminal.type('NO_COLOR=1 npm run watch');
      await terminal.until((s) => cards(s) >= 1, 'the first card');
      const footer =
        'Watching kata/closestKValues.ts: graded again on every save. Enter grades it now, q quits.';
      const first = await terminal.until((s) => s.includes(footer), 'the footer');
      // The stub's card says how to get the next one here: a save, not another command.
      expect(first).toContain('Then save it: it is graded again right here.');
      // (The card's last line wraps at the terminal's width.)
      expect(first.replace(/\s+/g, ' ')).toContain(
        'then save it: it is graded again right here. Stuck?',
      );
      expect(first).not.toContain('run npm test again');
      // Jest cleared the screen before a run; so does watch: one card on screen at a time.
      terminal.press('Enter');
      // A save (or Enter) is answered at once, before the run's first result.
      const cleared = await terminal.until((s) => !s.includes(footer), 'the screen cleared');
      expect(cleared).toContain('grading kata/closestKValues.ts…');
      await terminal.until((s) => s.includes(footer), 'the card graded again');
      expect(cards(terminal.screen())).toBe(1);
      terminal.press('Enter');
      terminal.press('q');
      await terminal.until((s) => /[$#]$/.test(s.trimEnd()), 'the shell prompt');
      // Nothing of the run stays behind (the grading process, Jest).
      const left = () => processesIn(dir).filter((command) => command !== 'bash');
      await waitFor(
        () => left().length === 0,
        'the processes to end',
        () => left().join(', '),
      );
      expect(left()).toEqual([]);
    } finally {
      terminal.close();
    }
  }, 600_000);
});
