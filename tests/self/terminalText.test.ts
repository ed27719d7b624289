import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import pc from 'picocolors';
import { renderGradeCard } from '../grader/gradeCard';
import { DEFAULT_SOLUTION, PROJECT_ROOT } from '../grader/paths';
import { fit, visibleLength, wrap } from '../grader/terminalText';
import { TIER_IDS, type TierResult } from '../grader/tiers/tier';
import { renderMarkdown } from '../../tools/markdown';
import type { ExercisePlan } from '../grader/process/protocol';
import { GradingStatus, StatusLine } from '../grader/statusLine';
import { inTerminal, Terminal } from './terminal';

const sentence =
  'it left out 1 (distance 1) but returned 0 (distance 2), which is farther from 2; note that the tree holds the value 0 twice around the answer.';

describe('text fitted to a terminal', () => {
  test.each([80, 120])('at %i columns no line is longer, and no word is cut', (width) => {
    const text = `    why: ${sentence} ${sentence}\n short line`;
    const lines = fit(text, width).split('\n');
    for (const line of lines) expect(visibleLength(line)).toBeLessThanOrEqual(width);
    // Every word whole, in order; continuations hang two columns in from the line's own text.
    expect(lines.join(' ').split(/\s+/).filter(Boolean)).toEqual(text.split(/\s+/).filter(Boolean));
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines.slice(1, -1)) expect(line).toMatch(/^ {6}\S/);
    expect(lines.at(-1)).toBe(' short line');
  });

  test('colour codes take no columns', () => {
    const c = pc.createColors(true);
    const line = `${c.red('✗')} ${c.dim(sentence)}`;
    const lines = wrap(line, 80, '  ');
    for (const l of lines) expect(visibleLength(l)).toBeLessThanOrEqual(80);
    expect(stripVTControlCharacters(lines[0])).toMatch(/^✗ it left out/);
    expect(visibleLength(lines[0])).toBeGreaterThan(70);
  });

  test('a pipe gets the text as it is', () => {
    const text = `  ${sentence}${sentence}\n\n  x`;
    expect(fit(text, undefined)).toBe(text);
  });

  test('a word longer than the line breaks after its commas, else keeps a line of its own', () => {
    expect(wrap(`a ${'x'.repeat(90)} b`, 80, '  ')).toEqual(['a', `  ${'x'.repeat(90)}`, '  b']);
    const levelOrder = `[${Array.from({ length: 40 }, (_, i) => -2000 - i).join(',')},…]`;
    const lines = wrap(`  level order: ${levelOrder}`, 80, '    ');
    expect(lines[0]).toMatch(/^ {2}level order: \[-2000,-2001,.*,$/);
    for (const line of lines) expect(visibleLength(line)).toBeLessThanOrEqual(80);
    expect(lines.map((line) => line.trim()).join('')).toBe(`level order: ${levelOrder}`);
  });

  test("the card's aligned columns stay, and a tier's line continues under its figure", () => {
    const figure = `reads per node 3.90 → 3.88 → 3.88 → 3.88 at n = 2^8, 2^12, 2^16, 2^17 ${sentence}`;
    const results = TIER_IDS.map(
      (id): TierResult => ({ id, passed: true, figure, checks: [], kind: undefined }) as TierResult,
    );
    const card = renderGradeCard(DEFAULT_SOLUTION, results, 272, false, undefined, 80);
    const lines = card.split('\n');
    for (const line of lines) expect(visibleLength(line)).toBeLessThanOrEqual(80);
    const at = lines.indexOf(
      ' ✓ linear     reads per node 3.90 → 3.88 → 3.88 → 3.88 at n = 2^8, 2^12, 2^16,',
    );
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^ {14}2\^17 it left out 1/);
    // A pipe: one line per tier, as before.
    const piped = renderGradeCard(DEFAULT_SOLUTION, results, 272, false);
    expect(piped.split('\n')).toHaveLength(TIER_IDS.length + 3);
  });
});

describe('markdown for a terminal', () => {
  const problem = readFileSync(path.join(PROJECT_ROOT, 'kata', 'PROBLEM.md'), 'utf8');

  test.each([80, 120])('PROBLEM.md at %i columns: rendered, within the width', (width) => {
    const shown = renderMarkdown(problem, width, false);
    for (const line of shown.split('\n')) expect(visibleLength(line)).toBeLessThanOrEqual(width);
    expect(shown).not.toMatch(/```|\*\*|^#/m);
    expect(shown).toMatch(/^Follow-up\n─{9}$/m);
    // A paragraph's lines are joined before they are wrapped: the first line fills the width.
    expect(shown.split('\n').find((l) => l.startsWith('You get the root'))!.length).toBeGreaterThan(
      width - 12,
    );
    // The example's drawing is kept as it is, never wrapped.
    expect(shown).toContain(
      '      2   5          answer: [4, 3]   (distances 0.29 and 0.71; 5 is 1.29 away)',
    );
    // A list item's lines hang under its text.
    const item = shown.split('\n').findIndex((l) => l.startsWith('- Duplicates are allowed.'));
    expect(shown.split('\n')[item + 1]).toMatch(/^ {2}\S/);
  });

  test('in colour: bold, italics and code take the place of their marks', () => {
    const c = pc.createColors(true);
    expect(renderMarkdown('a **b** _c_ `d_e_f` x_y', 80, true)).toBe(
      `a ${c.bold('b')} ${c.italic('c')} ${c.cyan('d_e_f')} x_y`,
    );
  });
});

/** The screen's lines, cut at the prompt where the command was typed. */
const after = (screen: string, command: string) =>
  screen.slice(screen.lastIndexOf(command) + command.length).split('\n');

inTerminal('in a terminal', () => {
  // Grading takes seconds (its calls read the tree until stopped), and its card's lines are long.
  const slow = 'tests/self/zoo/quadratic.ts';

  test.each([80, 120])(
    'at %i columns a status line shows while grading, gone when the card fits the width',
    async (columns) => {
      const terminal = new Terminal(PROJECT_ROOT, columns);
      try {
        const command = `NO_COLOR=1 npm run -s grade -- ${slow}`;
        terminal.type(command);
        const status =
          /\[\d+ s\] grading (correct|edge|linear|sublinear|optimal|space|deep) \(\d of 7\)/;
        await terminal.until((s) => status.test(s), 'the status line');
        const screen = await terminal.until(
          (s) => /[$#]$/.test(s.trimEnd()) && s.includes('tiers pass (seed'),
          'the card',
        );
        const lines = after(screen, command);
        expect(lines.join('\n')).not.toMatch(status);
        // Lines the terminal wrapped come back joined (-J): none is longer than the width.
        for (const line of lines) expect(line.length).toBeLessThanOrEqual(columns);
        // Words whole, a tier's line continued under its figure.
        const card = lines.slice(lines.findIndex((l) => l.includes('grade card:')));
        expect(card.join(' ').replace(/\s+/g, ' ')).toMatch(
          /it read the tree more than [\d,]+ times \([\d,]+ a node\), more than the grader lets any call read on a tree this size/,
        );
        expect(card.some((line) => /^ {14}\S/.test(line))).toBe(true);
        // Piped, the same card is as it was: a line per tier, and no status line (at any width).
        if (columns !== 120) return;
        const piped = `NO_COLOR=1 npm run -s grade -- ${slow} 2>&1 | cat`;
        terminal.type(piped);
        const pipedScreen = after(
          await terminal.until(
            (s) =>
              s.lastIndexOf(piped) >= 0 && after(s, piped).join('\n').includes('tiers pass (seed'),
            'the piped card',
          ),
          piped,
        ).join('\n');
        expect(pipedScreen).not.toMatch(/grading/);
        expect(pipedScreen).toMatch(
          /^ ✗ linear {5}needs: target near the minimum, .* its reads grow at least like n\^[\d.]+$/m,
        );
      } finally {
        terminal.close();
      }
    },
    600_000,
  );

  test("a command's --help (footprint's, lines of 84 to 91 as written) fits 80 columns, at words", async () => {
    const terminal = new Terminal(PROJECT_ROOT, 80);
    try {
      // footprint's usage has lines of 84 to 91 characters as written.
      const command = 'NO_COLOR=1 npm run -s footprint -- --help';
      terminal.type(command);
      const screen = await terminal.until(
        (s) => /[$#]$/.test(s.trimEnd()) && s.includes('--reference'),
        'the usage',
      );
      const lines = after(screen, command).filter((line) => !/[$#]\s*$/.test(line));
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
      // A line the terminal would have cut mid-word is continued under its own indent instead.
      expect(lines.join('\n')).toMatch(/\n {4}\S/);
      expect(lines.join(' ')).toContain('nearMax, below, above, atValue');
    } finally {
      terminal.close();
    }
  }, 600_000);
});

describe('the status line', () => {
  const plan: ExercisePlan = {
    tiers: [
      { id: 'correct', summary: '', checks: ['statement example'] },
      {
        id: 'linear',
        summary: '',
        checks: ['x', 'target in the middle, k = √n: reads grow linearly with n'],
      },
    ],
  };
  const terminal = () => {
    const writes: string[] = [];
    const stream = { columns: 60, write: (text: string) => writes.push(text) };
    return { writes, stream: stream as unknown as NodeJS.WriteStream };
  };

  test('from its first second: the seconds, the tier, its check, cut to the width; erased at the end', () => {
    jest.useFakeTimers();
    try {
      const { writes, stream } = terminal();
      const status = new GradingStatus(plan, new StatusLine(stream, true));
      status.listener.check!('linear', 1);
      expect(writes).toEqual([]); // a run within a second shows nothing
      jest.advanceTimersByTime(2000);
      expect(writes.at(-1)).toBe(
        '\r\x1b[2K[2 s] grading linear (2 of 2): target in the middle, k = √…',
      );
      status.listener.tier!({ id: 'linear', passed: true, checks: [], figure: '' });
      expect(writes.at(-1)).toBe('\r\x1b[2K[2 s] grading…');
      status.stop();
      expect(writes.at(-1)).toBe('\r\x1b[2K');
      jest.advanceTimersByTime(2000);
      expect(writes.at(-1)).toBe('\r\x1b[2K');
    } finally {
      jest.useRealTimers();
    }
  });

  test('not on a terminal: nothing at all', () => {
    jest.useFakeTimers();
    try {
      const { writes, stream } = terminal();
      const status = new GradingStatus(plan, new StatusLine(stream, false));
      status.listener.check!('correct', 0);
      jest.advanceTimersByTime(5000);
      status.stop();
      expect(writes).toEqual([]);
    } finally {
      jest.useRealTimers();
    }
  });
});
