import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectCopy } from '../../tools/files';
import { referenceAsKataFile } from '../../tools/references';
import { npmRun } from './projectCopy';
import { count, inTerminal, Terminal } from './terminal';
import { ZOO } from './zoo';

/*
 * npm run interview, end to end in a real terminal (terminal.ts). Saves that make tiers
 * pass, a hint taken meanwhile, every tier passing under a wrong claim and then a right one, the
 * follow-ups asked next on their own files, Ctrl-C, and npm run progress afterwards. The
 * questions' record and scorecard on made-up gradings and times (time up on a follow-up
 * included): interviewQuestions.test.ts.
 */

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
  const followUp = path.join(dir, 'kata', 'closestFirst.ts');
  /** A follow-up's reference as the learner's kata file would hold it. */
  const followUpReference = (file: string) =>
    readFileSync(path.join(dir, 'solutions', file), 'utf8').replace(
      "'../../kata/TreeNode'",
      "'./TreeNode'",
    );

  let terminal: Terminal;
  beforeAll(() => {
    terminal = new Terminal(dir);
  });
  afterAll(() => terminal.close());
  const screen = () => terminal.screen();
  const type = (text: string) => terminal.type(text);
  const until = (seen: (text: string) => boolean, what: string) => terminal.until(seen, what);

  test('grades every save, shows the failing case, counts the hints taken, and asks the follow-ups once every tier passes and the claim is right', async () => {
    const earlier = '// my closestFirst, begun before the interview\n';
    writeFileSync(followUp, earlier);
    type('NO_COLOR=1 npm run interview -- --minutes 5');
    await until((s) => s.includes('next: correct:'), 'the first grading');
    const first = screen();
    expect(first).toContain('Mock interview: 5 minutes, from now.');
    expect(first).toContain('K closest values in a binary search tree');
    // The rules that differ from LeetCode, and the follow-up, are on screen too.
    expect(first).toContain('Duplicates are allowed');
    // Rendered for the terminal: headings, emphasis and code blocks without their marks.
    expect(first).toMatch(/^Follow-up\n─+$/m);
    expect(first).not.toMatch(/```|\*\*|^#/m);
    // The clock ticks on the live line while nothing happens.
    const liveLine = () => screen().trimEnd().split('\n').pop()!;
    const before = liveLine();
    // 05:00 when the first grading ended within the interview's first second.
    expect(before).toMatch(/^\[0[0-5]:\d\d left\] closestKValues: 0 of 7 tiers pass · hints: 0/);
    await until((s) => s.trimEnd().split('\n').pop() !== before, 'the clock to tick');
    expect(liveLine()).toMatch(/^\[0[0-4]:\d\d left\] closestKValues: 0 of 7 tiers pass/);
    npmRun(dir, 'hint'); // a hint taken meanwhile, in another terminal
    npmRun(dir, 'hint', ['1']); // and read again: it counts again
    writeFileSync(kata, readFileSync(path.join(ZOO, 'bugDedupes.ts'), 'utf8'));
    const wrong = await until((s) => s.includes('note that the tree holds'), 'a wrong answer');
    expect(wrong).toContain('next: correct:');
    expect(wrong).toMatch(/ {4}a correct answer: \[/);
    writeFileSync(kata, `${referenceAsKataFile('sortByDistance')}\n// complexity: O(n log n)\n`);
    const partway = await until((s) => s.includes('4 of 7 tiers pass ('), 'a save that passes');
    expect(partway).toMatch(
      /\[0[0-4]:\d\d left\] closestKValues: 4 of 7 tiers pass \(correct, edge, linear, deep\) · hints taken: 2/,
    );
    expect(partway).toContain('next: sublinear');
    // Every tier passes, but an interviewer asks for the claim too: a wrong half keeps it going.
    const twoStacks = referenceAsKataFile('twoStacks');
    expect(twoStacks).toContain('// complexity: O(log n + k) time, O(h) space');
    writeFileSync(kata, twoStacks.replace('O(h) space', 'O(1) space'));
    const wrongClaim = await until((s) => s.includes('7 of 7 tiers pass ('), 'every tier passing');
    expect(wrongClaim).toContain('space O(1) is too optimistic');
    expect(wrongClaim).toContain('next: mend your claim: its space half is too optimistic');
    expect(wrongClaim).not.toContain('scorecard: a mock interview');
    // The follow-up only now: its file saved, then put back to its stub.
    expect(readFileSync(followUp, 'utf8')).toBe(earlier);
    writeFileSync(kata, twoStacks);
    const asked = await until(
      (s) => s.includes('closestFirst: 0 of 5 tiers pass · hints taken: 0'),
      'the follow-up graded',
    );
    expect(asked).toMatch(
      /Question 1 answered, 0[0-4]:\d\d in\. The interviewer asks a follow-up, question 2 \(the clock runs on: 0[0-4]:\d\d left\):/,
    );
    expect(asked).toContain('Follow-up 1: closest first, on demand');
    expect(asked).toContain('Write closestFirst in kata/closestFirst.ts: every save is graded.');
    expect(asked).not.toContain('scorecard: a mock interview');
    const saved = readdirSync(path.join(dir, 'attempts')).filter((f) =>
      f.startsWith('closestFirst-'),
    );
    expect(saved.map((f) => readFileSync(path.join(dir, 'attempts', f), 'utf8'))).toEqual([
      earlier,
    ]);
    expect(asked).toContain(`Saved your earlier kata/closestFirst.ts to attempts/${saved[0]}`);
    expect(readFileSync(followUp, 'utf8')).toBe(
      readFileSync(path.join(dir, 'tools', 'templates', 'closestFirst.ts.template'), 'utf8'),
    );
    // The live line names the question; its hints are its own.
    expect(liveLine()).toMatch(/^\[0[0-4]:\d\d left\] closestFirst: 0 of 5 tiers pass · hints: 0/);
    npmRun(dir, 'hint', ['closestFirst']);
    // Its file as the main kata's is not graded as the main kata.
    writeFileSync(followUp, twoStacks);
    await until(
      (s) =>
        s.includes(
          'kata/closestFirst.ts declares no closestFirst yet: this question asks for function closestFirst(root, target) { ... }',
        ),
      'the file refused',
    );
    expect(screen()).not.toMatch(/closestFirst: [1-9] of 5 tiers pass/);
    writeFileSync(followUp, followUpReference('closestFirst/twoStacksGenerator.ts'));
    const third = await until(
      (s) => s.includes('ClosestIndex: 0 of 6 tiers pass · hints taken: 0'),
      'the second follow-up graded',
    );
    expect(third).toMatch(/closestFirst: 5 of 5 tiers pass \(.*\) · hints taken: 1/);
    expect(third).toMatch(
      /Question 2 answered, 0[0-4]:\d\d in\. The interviewer asks a follow-up, question 3/,
    );
    expect(third).toContain('Follow-up 2: many queries on one tree');
    terminal.press('C-c');
    const card = await until(
      (s) => s.includes('scorecard: a mock interview of 5 minutes'),
      'the scorecard',
    );
    expect(card).toMatch(/ended: you stopped it, 0[0-4]:\d\d in, on question 3 \(ClosestIndex\)/);
    expect(card).toMatch(/question 1: closestKValues \(asked first, answered 0[0-4]:\d\d in\)/);
    expect(card).toMatch(/✓ correct +passed \d\d:\d\d in/);
    expect(card).toContain('furthest tier reached (every one before it passed too): deep');
    expect(card).toContain('hints taken: 2 (1, 1)');
    expect(card).toMatch(
      // Wrapped to the terminal's width, at words.
      /✓ complexity claimed: O\(log n \+ k\) matches: [^]*?; space O\(h\) matches: extra memory grows\s+like h \+ k/,
    );
    expect(card).toMatch(
      /question 2: closestFirst \(asked 0[0-4]:\d\d in, answered 0[0-4]:\d\d in\)[^]* ✓ lazy +passed[^]*hints taken: 1 \(1\)\n ✓ complexity claimed: O\(h\) first value/,
    );
    expect(card).toMatch(
      /question 3: ClosestIndex \(asked 0[0-4]:\d\d in, not answered\)[^]* ✗ build +not passed/,
    );
  }, 600_000);

  test('an attempt in the file is saved first; Ctrl-C ends it with a scorecard too', async () => {
    const attempt = referenceAsKataFile('searchFromRoot');
    writeFileSync(kata, attempt);
    type('NO_COLOR=1 npm run interview -- --minutes 30');
    await until(
      (s) => s.includes('save the attempt in attempts/ and start from the stub? [Y/n]'),
      'the question',
    );
    // Counted before the answer, after which the stub is graded: under load, the grading can be
    // on the screen before the test has seen the attempt saved.
    const graded = count(screen(), 'next: correct:');
    type('');
    await until((s) => s.includes('Saved your attempt to attempts/'), 'the attempt saved');
    const saved = readdirSync(path.join(dir, 'attempts'));
    expect(saved.map((f) => readFileSync(path.join(dir, 'attempts', f), 'utf8'))).toContain(
      attempt,
    );
    await until((s) => count(s, 'next: correct:') > graded, 'the stub graded');
    const passing = count(screen(), 'tiers pass (');
    writeFileSync(kata, attempt);
    await until((s) => count(s, 'tiers pass (') > passing, 'the attempt graded');
    // The first test's interview was stopped too: its scorecard is on the screen already.
    const stopped = count(screen(), 'ended: you stopped it');
    terminal.press('C-c');
    const shown = await until((s) => count(s, 'ended: you stopped it') > stopped, 'the scorecard');
    const card = shown.slice(shown.lastIndexOf('scorecard: a mock interview'));
    expect(card).toMatch(/✗ optimal +not passed/);
    // searchFromRoot passes deep but not optimal: the ladder stops below optimal.
    expect(card).toContain('furthest tier reached (every one before it passed too): sublinear');
  }, 600_000);

  test('going on with an attempt is allowed, and is not a record; npm run progress shows all three', async () => {
    const cleared = count(screen(), 'scorecard: a mock interview');
    type('NO_COLOR=1 npm run interview -- --minutes 1');
    await until((s) => s.includes('[Y/n]') && count(s, '[Y/n]') > 1, 'the question');
    // Before the answer, after which the attempt is graded (as above).
    const passing = count(screen(), 'tiers pass (');
    type('n');
    await until((s) => s.includes('this interview is not a record'), 'the answer');
    await until((s) => count(s, 'tiers pass (') > passing, 'the attempt graded');
    terminal.press('C-c');
    const card = await until(
      (s) => count(s, 'scorecard: a mock interview') > cleared,
      'the scorecard',
    );
    expect(card).toContain(
      'a mock interview of 1 minute, on an attempt begun before it (not a record)',
    );
    const progress = JSON.parse(readFileSync(path.join(dir, '.kata-progress.json'), 'utf8'));
    expect(progress.interviews.map((i: { endedBy: string }) => i.endedBy)).toEqual([
      'stopped',
      'stopped',
      'stopped',
    ]);
    expect(progress.interviews[2].fromStub).toBe(false);
    const { stdout } = npmRun(dir, 'progress');
    expect(stdout).toContain('Mock interviews: 3');
    // The claim in the card's words; each follow-up asked on a line of its own.
    expect(stdout).toMatch(
      /you stopped it, 0[0-4]:\d\d in +furthest deep +hints 2 +claim O\(log n \+ k\), space O\(h\) \(matches\)\n {4}then closestFirst, asked 0[0-4]:\d\d in: furthest deep +hints 1 +claim O\(h\) first value, O\(1\) amortised per value, space O\(h\) \(matches\)\n {4}then ClosestIndex, asked 0[0-4]:\d\d in: furthest — +hints 0 +claim none\n/,
    );
    expect(stdout).toMatch(/best time to each tier: correct \d\d:\d\d/);
    expect(stdout).toContain('(on an earlier attempt: not a record)');
    expect(stdout).toContain('hints per interview, oldest first: 2, 0, 0');
  }, 600_000);
});
