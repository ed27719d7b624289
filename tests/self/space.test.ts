import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROBE_FLAGS } from '../grader/callLimits';
import { PROJECT_ROOT } from '../grader/paths';
import {
  BYTES_PER_NODE,
  classify,
  HEIGHT_GROWTH,
  HELD_SHARE,
  RISE_PER_LEVEL,
  type SpaceClass,
  type SpaceMeasurement,
} from '../grader/tiers/space';

/*
 * The space check (issue 15): the memory probe measured on solutions whose space a reviewer knows
 * (each file in tests/self/space/ says it on a `// space:` line), and the classifier's thresholds
 * held against families of synthetic memory laws with their margins. The references' classes are
 * held where they are graded as a learner's file is (solutions.test.ts: the Space: line of each
 * header is its claim, and the claim must match), the zoo's by their verdicts and `says:` lines;
 * two stacks is measured here too, for the figure's form.
 */

const SPACE = path.join(__dirname, 'space');
const SOLUTIONS = path.join(PROJECT_ROOT, 'solutions');

const expectations: [string, SpaceClass][] = [
  ...readdirSync(SPACE).map((name): [string, SpaceClass] => {
    const file = path.join(SPACE, name);
    const stated = /^\/\/ space: (O\([^)]*\))/m.exec(readFileSync(file, 'utf8'))![1];
    return [file, stated as SpaceClass];
  }),
  [path.join(SOLUTIONS, 'twoStacks.ts'), 'O(h + k)'],
];

interface Row {
  file: string;
  passed: boolean;
  measured: SpaceClass | null;
  figure: string;
  sizes: SpaceMeasurement['sizes'];
}

/** The space check on each file, in one plain Node process (spaceDriver.ts), by file. */
function measured(files: string[], calibration: string): Map<string, Row> {
  // Every sample is a full collection, of a small heap there.
  const run = spawnSync(
    process.execPath,
    [
      ...PROBE_FLAGS,
      '--require',
      'tsx/cjs',
      path.join(__dirname, 'spaceDriver.ts'),
      '--calibration',
      calibration,
      ...files,
    ],
    { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 500_000 },
  );
  return new Map(
    run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Row)
      .map((row) => [row.file, row]),
  );
}

let rows: Map<string, Row>;
/** Where the run above kept its calibration: unreadable before it (a torn write, say). */
const calibration = path.join(mkdtempSync(path.join(os.tmpdir(), 'kata-calibration-')), 'c.json');

afterAll(() => rmSync(path.dirname(calibration), { recursive: true, force: true }));

beforeAll(() => {
  writeFileSync(calibration, '{"half a fi');
  rows = measured(
    expectations.map(([file]) => file),
    calibration,
  );
}, 130_000);

describe('the probe measures what a reviewer says', () => {
  test.each(expectations.map(([file, stated]) => [path.relative(PROJECT_ROOT, file), stated]))(
    '%s: %s',
    (relative, stated) => {
      const row = rows.get(path.join(PROJECT_ROOT, relative))!;
      expect(row.measured).toBe(stated);
      expect(row.passed).toBe(stated !== 'O(n)');
    },
  );

  test('the card line gives the figures, and the cause when it fails', () => {
    const twoStacks = rows.get(path.join(SOLUTIONS, 'twoStacks.ts'))!;
    expect(twoStacks.figure).toMatch(
      /^extra memory grows like h \+ k: at most \d+ nodes held, \d+ calls? deep, [\d,]+ KB at n = 2\^16 \(a copy of the tree: 512 KB\)$/,
    );
    expect(rows.get(path.join(SPACE, 'breadthFirstQueue.ts'))!.figure).toMatch(
      /a queue for a breadth-first walk/,
    );
    expect(rows.get(path.join(SPACE, 'joinedString.ts'))!.figure).toMatch(/it copies the values/);
    expect(rows.get(path.join(SPACE, 'valuesCachedAcrossCalls.ts'))!.figure).toMatch(
      /a cache kept across calls/,
    );
  });
});

describe("the probe's calibration, kept for the next process of the same runtime", () => {
  test('an unreadable file is measured again and replaced: one trusted entry, whole fields', () => {
    const kept = Object.values(JSON.parse(readFileSync(calibration, 'utf8')) as object);
    expect(kept).toEqual([{ refBytes: expect.any(Number), trusted: true }]);
    expect(kept[0].refBytes % 4).toBe(0);
    expect(kept[0].refBytes).toBeGreaterThanOrEqual(16);
  });

  test('a kept calibration is used, not measured again: its weak-ref bytes are what it says', () => {
    // A weak ref said to take a megabyte: each one the grader holds is subtracted as such, so
    // every sample (one node object alive at least, the one being read) is below zero, and the
    // peak stays at zero, where it starts.
    const [runtime] = Object.keys(JSON.parse(readFileSync(calibration, 'utf8')) as object);
    const poisoned = path.join(path.dirname(calibration), 'poisoned.json');
    writeFileSync(poisoned, JSON.stringify({ [runtime]: { refBytes: 2 ** 20, trusted: true } }));
    const twoStacks = path.join(SOLUTIONS, 'twoStacks.ts');
    const row = measured([twoStacks], poisoned).get(twoStacks)!;
    expect(row.sizes.map((size) => size.bytes)).toEqual([0, 0, 0]);
    expect(rows.get(twoStacks)!.sizes.every((size) => size.bytes > 0)).toBe(true);
  });
});

describe('the classifier on synthetic memory laws, with its margins', () => {
  const NS = [1 << 10, 1 << 13, 1 << 16];
  const h = (n: number) => Math.log2(n);
  type Law = {
    nodes?: (n: number) => number;
    frames?: (n: number) => number;
    bytes?: (n: number) => number;
    after?: (n: number) => number;
  };
  const measured = (law: Law): SpaceMeasurement['sizes'] =>
    NS.map((n) => ({
      n,
      nodes: Math.round(law.nodes?.(n) ?? 4),
      frames: Math.round(law.frames?.(n) ?? 1),
      bytes: law.bytes?.(n) ?? 20_000,
      bytesAfter: law.after?.(n) ?? 5_000,
    }));
  const CLEARANCE = 1.05;

  test.each<[string, SpaceClass, Law]>([
    ['two stacks: h − 1 nodes', 'O(h + k)', { nodes: (n) => h(n) - 1 }],
    [
      'the thinnest stack: +5 nodes from 2^10 to 2^16',
      'O(h + k)',
      { nodes: (n) => 8 + (5 * (h(n) - 10)) / 6 },
    ],
    ['a recursion h deep', 'O(h + k)', { frames: (n) => h(n) }],
    ['Morris: 4 nodes, 1 frame', 'O(k)', {}],
    ['a few bytes of noise a node (0.05)', 'O(k)', { bytes: (n) => 20_000 + 0.05 * n }],
    ['a copy of the values: 8 B a node', 'O(n)', { bytes: (n) => 20_000 + 8 * n }],
    [
      `just past the limit: ${BYTES_PER_NODE * CLEARANCE} B a node`,
      'O(n)',
      { bytes: (n) => BYTES_PER_NODE * CLEARANCE * n },
    ],
    ['a sort of all values: 4.2 B a node', 'O(n)', { bytes: (n) => 4.2 * n }],
    ['a cache kept after returning: 8 B a node', 'O(n)', { after: (n) => 8 * n }],
    ['a queue of half a level', 'O(n)', { nodes: (n) => n / 4 }],
    [
      `nodes held at ${HELD_SHARE * CLEARANCE} of n`,
      'O(n)',
      { nodes: (n) => n * HELD_SHARE * CLEARANCE },
    ],
    ['a recursion n/2 deep', 'O(n)', { frames: (n) => n / 2 }],
    ['both spines of both stacks: 2h nodes', 'O(h + k)', { nodes: (n) => 2 * h(n) }],
    [
      `just below the rise limit: ${RISE_PER_LEVEL / CLEARANCE} nodes a level`,
      'O(h + k)',
      { nodes: (n) => 8 + (RISE_PER_LEVEL / CLEARANCE) * (h(n) - 10) },
    ],
    [
      `just past the rise limit: ${RISE_PER_LEVEL * CLEARANCE} nodes a level`,
      'O(n)',
      { nodes: (n) => 8 + RISE_PER_LEVEL * CLEARANCE * (h(n) - 10) },
    ],
    // Every spine under the path at once: 55 nodes at 2^10, past n/32 there, and 136 at 2^16,
    // far below it: faster than h, though no share of n.
    ['h(h + 1)/2 nodes: every spine read ahead', 'O(n)', { nodes: (n) => (h(n) * (h(n) + 1)) / 2 }],
    ['h(h + 1)/2 frames', 'O(n)', { frames: (n) => (h(n) * (h(n) + 1)) / 2 }],
  ])('%s: %s', (_, expected, law) => {
    expect(classify(measured(law)).measured).toBe(expected);
  });

  test('the margins written beside the thresholds', () => {
    // Honest bytes (≤ 0.01 B a node) and O(n) bytes (≥ 4.2) are clear of 2 B a node.
    expect(BYTES_PER_NODE / 0.01).toBeGreaterThan(100);
    expect(4.2 / BYTES_PER_NODE).toBeGreaterThan(2);
    // At 2^10 honest stacks hold ≤ 11 nodes; n/32 is 32.
    expect((1024 * HELD_SHARE) / 11).toBeGreaterThan(2.5);
    // Two stacks grow by 5 from 2^10 to 2^16, Morris by 0.
    expect(5 / HEIGHT_GROWTH).toBeGreaterThan(1.5);
    const belowGrowth = (n: number) => 4 + ((HEIGHT_GROWTH - 1) * (h(n) - 10)) / 6;
    expect(classify(measured({ nodes: belowGrowth })).measured).toBe('O(k)');
    // A rise of 2 a level (both spines of both stacks) is honest, h(h + 1)/2's 13.5 is not.
    expect(RISE_PER_LEVEL / 2).toBeGreaterThanOrEqual(2);
    expect(13.5 / RISE_PER_LEVEL).toBeGreaterThan(3);
    expect(classify(measured({ nodes: (n) => (h(n) * (h(n) + 1)) / 2 })).why).toBe('faster');
  });
});
