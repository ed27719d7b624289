import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectCopy } from '../../tools/files';
import { referenceAsKataFile } from '../../tools/references';
import { npmRun } from './projectCopy';

/*
 * npm run interview, end to end in a real terminal: a tmux pane running an interactive shell, in
 * a copy of the project, where keys are typed and the screen is read back. Saves that make tiers
 * pass, a hint taken meanwhile, every tier passing, Ctrl-C, and npm run progress afterwards.
 */

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux && process.env.CI === 'true') {
  throw new Error('tmux is missing: .ci/run installs it (apt-get install -y tmux)');
}
const inTerminal = hasTmux ? describe : describe.skip;
if (!hasTmux)
  console.warn('tmux is missing: the interview tests need it (apt-get install -y tmux)');

const session = `kata-interview-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-J', '-S', '-500', '-t', session);
const type = (keys: string) => tmux('send-keys', '-t', session, keys, 'Enter');

async function until(seen: (text: string) => boolean, what: string): Promise<string> {
  for (let waited = 0; waited < 60_000; waited += 200) {
    const text = screen();
    if (seen(text)) return text;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`waited a minute for ${what}; the screen:\n${screen()}`);
}

const count = (text: string, phrase: string) => text.split(phrase).length - 1;

test('outside a terminal it says in one line that it needs one', () => {
  const { status, stderr } = npmRun(projectCopy(), 'interview', [], '');
  expect(status).toBe(2);
  expect(stderr.trim()).toBe(
    'npm run interview: it needs a terminal: it keeps a clock and grades every save. Run it in one.',
  );
});

inTerminal('in a terminal', () => {
  const dir = projectCopy();
  const kata = path.join(dir, 'kata', 'closestKValues.ts');

  beforeAll(() => {
    tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '50', '-c', dir, 'bash', '--norc');
  });
  afterAll(() => {
    spawnSync('tmux', ['kill-session', '-t', session]);
  });

  test('grades every save, counts the hints taken, and ends when every tier passes', async () => {
    type('NO_COLOR=1 npm run interview -- --minutes 5');
    await until((s) => s.includes('0 of 7 tiers pass'), 'the first grading');
    expect(screen()).toContain('Mock interview: 5 minutes, from now.');
    expect(screen()).toContain('K closest values in a binary search tree');
    npmRun(dir, 'hint'); // a hint taken meanwhile, in another terminal
    writeFileSync(kata, `${referenceAsKataFile('sortByDistance')}\n// complexity: O(n log n)\n`);
    const partway = await until((s) => s.includes('4 of 7 tiers pass'), 'a save that passes');
    expect(partway).toMatch(
      /\[0[0-4]:\d\d left\] 4 of 7 tiers pass \(correct, edge, linear, deep\) · hints taken: 1/,
    );
    expect(partway).toContain('next: sublinear');
    writeFileSync(kata, referenceAsKataFile('twoStacks'));
    const card = await until(
      (s) => s.includes('scorecard: a mock interview of 5 minutes'),
      'the scorecard',
    );
    expect(card).toContain('ended: every tier passed, at 00:');
    expect(card).toMatch(/✓ correct +passed at \d\d:\d\d/);
    expect(card).toContain('furthest tier reached: deep');
    expect(card).toContain('hints taken: 1 (1)');
    expect(card).toContain('complexity claimed: O(log n + k) matches');
  }, 90_000);

  test('Ctrl-C ends it with a scorecard too, and npm run progress shows both', async () => {
    writeFileSync(kata, referenceAsKataFile('searchFromRoot'));
    const before = count(screen(), 'tiers pass');
    type('NO_COLOR=1 npm run interview -- --minutes 30');
    await until((s) => count(s, 'tiers pass') > before, 'the first grading');
    tmux('send-keys', '-t', session, 'C-c');
    const card = await until((s) => s.includes('ended: you stopped it'), 'the scorecard');
    expect(card).toMatch(/✗ optimal +not passed/);
    expect(card).toContain('furthest tier reached: deep');
    const progress = JSON.parse(readFileSync(path.join(dir, '.kata-progress.json'), 'utf8'));
    expect(progress.interviews.map((i: { endedBy: string }) => i.endedBy)).toEqual([
      'allPassed',
      'stopped',
    ]);
    const { stdout } = npmRun(dir, 'progress');
    expect(stdout).toContain('Mock interviews: 2');
    expect(stdout).toMatch(/every tier passed, at 00:\d\d/);
    expect(stdout).toMatch(/best time to each tier: correct \d\d:\d\d/);
    expect(stdout).toContain('hints per interview, oldest first: 1, 0');
  }, 90_000);
});
