import { closestKValues as searchFromRoot } from '../../solutions/searchFromRoot';
import { closestKValues as sortByDistance } from '../../solutions/sortByDistance';
import { closestKValues as twoStacks } from '../../solutions/twoStacks';
import {
  CountingTree,
  startCounting,
  stopCounting,
  TracedNode,
  CountingNode,
} from '../grader/countingTree';
import {
  footprint,
  footprintStory,
  footprintTarget,
  footprintWords,
  type Footprint,
} from '../grader/footprint';
import { CARD_WIDTH, renderFootprint, renderFootprints } from '../grader/footprintText';
import { terminalWidth } from '../grader/terminalText';
import { PROJECT_ROOT } from '../grader/paths';
import { loadSolution, type Solution, type SolutionFn } from '../grader/solution';
import { ALL_POSITIONS } from '../grader/workloads';
import { npmRun } from './projectCopy';

const as = (fn: unknown, file = 'test'): Solution => ({ fn: fn as SolutionFn, file });
const total = (fp: Footprint) => fp.reads.reduce((a, b) => a + b, 0);
const valuesRead = (fp: Footprint) => fp.values.filter((_, i) => fp.reads[i] > 0);
const root = (fp: Footprint) => fp.parent.indexOf(-1);
// eslint-disable-next-line no-control-regex
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

describe('per-node read counts', () => {
  test('a traced tree counts each node’s reads, and they add up to the tree’s count', () => {
    const values = Array.from({ length: 15 }, (_, i) => i + 1);
    const tree = CountingTree.balanced(values, TracedNode);
    startCounting(Infinity);
    const top = tree.root;
    void top.val;
    void top.val;
    void top.left!.right;
    const { reads } = stopCounting();
    const perNode = values.map((_, i) => TracedNode.readsOf(tree.nodeAt(i)));
    expect(perNode[7]).toBe(3); // the root: val twice and left once
    expect(perNode[3]).toBe(1); // its left child, whose right was read
    expect(perNode.reduce((a, b) => a + b, 0)).toBe(reads);
  });

  test('grading’s trees are plain counting nodes: they carry no per-node count', () => {
    const tree = CountingTree.balanced([1, 2, 3]);
    void tree.root.val;
    expect([0, 1, 2].every((i) => !(tree.nodeAt(i) instanceof TracedNode))).toBe(true);
    expect(TracedNode.readsOf(tree.root)).toBe(0);
    expect(tree.root).toBeInstanceOf(CountingNode);
  });
});

describe('footprint', () => {
  test('the two-stacks walk reads one path and about k nodes; its answer is the k closest', () => {
    const fp = footprint(as(twoStacks), 31, footprintTarget(31, 'middle'), 4);
    expect(fp.failure).toBeUndefined();
    expect([...fp.answer!].sort((a, b) => a - b)).toEqual([14, 15, 16, 17]);
    expect(valuesRead(fp).length).toBeLessThanOrEqual(5 + 4 + 2);
    expect(fp.reads[root(fp)]).toBeLessThanOrEqual(6);
  });

  test('a search from the root per value reads the root once per value (the ×8 lesson)', () => {
    const fp = footprint(as(searchFromRoot), 31, footprintTarget(31, 'middle'), 8);
    expect(fp.reads[root(fp)]).toBeGreaterThanOrEqual(8 * 2);
    expect(total(fp)).toBeGreaterThan(
      3 * total(footprint(as(twoStacks), 31, footprintTarget(31, 'middle'), 8)),
    );
  });

  test('a solution that sorts every value reads every node', () => {
    const fp = footprint(as(sortByDistance), 31, footprintTarget(31, 'nearMin'), 4);
    expect(valuesRead(fp)).toEqual(fp.values);
  });

  test('the layout is the balanced tree’s: one root, each child one level below its parent', () => {
    for (const n of [1, 2, 31, 63, 127]) {
      const fp = footprint(as(twoStacks), n, footprintTarget(n, 'middle'), 1);
      expect(fp.parent.filter((p) => p === -1)).toHaveLength(1);
      fp.parent.forEach((p, i) => p >= 0 && expect(fp.depth[i]).toBe(fp.depth[p] + 1));
      expect(Math.max(...fp.depth)).toBe(Math.floor(Math.log2(n)));
    }
  });

  test('every position’s target lies where its name says on 1..n', () => {
    const n = 31;
    expect(footprintTarget(n, 'below')).toBeLessThan(1);
    expect(footprintTarget(n, 'above')).toBeGreaterThan(n);
    expect(footprintTarget(n, 'nearMin')).toBeLessThan(3);
    expect(footprintTarget(n, 'nearMax')).toBeGreaterThan(n - 2);
    expect(Number.isInteger(footprintTarget(n, 'atValue'))).toBe(true);
    expect(Number.isInteger(footprintTarget(n, 'middle'))).toBe(false);
  });

  test('a failing call is a footprint too, with its reason and no answer', () => {
    const fp = footprint(
      as((node: { val: number }) => [node.val, node.val, node.val]),
      31,
      5.5,
      2,
    );
    expect(fp.answer).toBeNull();
    expect(fp.failure).toMatch(/3 values/);
    expect(total(fp)).toBe(3);
  });
});

describe('footprint drawn for the terminal', () => {
  test('fits 80 columns on 31 nodes wherever the target sits, marks reads as the legend says', () => {
    for (const position of ALL_POSITIONS) {
      const target = footprintTarget(31, position);
      const text = plain(
        renderFootprints(footprint(as(searchFromRoot), 31, target, 8), {
          title: 'An O(log n + k) walk (two stacks)',
          footprint: footprint(as(twoStacks), 31, target, 8),
        }),
      );
      for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
      expect(text).toContain(`target ${target}`);
    }
  });

  test("uses a wider terminal's columns: every level on one row of labels", () => {
    const fp = footprint(as(sortByDistance), 31, 15.3, 4); // every node read three times
    const labelRows = (width: number) =>
      plain(renderFootprint(fp, 'Yours', false, width))
        .split('\n')
        .filter((line) => /\d×3/.test(line));
    const narrow = labelRows(CARD_WIDTH);
    const wide = labelRows(terminalWidth(150));
    expect(narrow.length).toBeGreaterThan(5); // 16 leaves do not fit one row in the card's 76
    expect(wide).toHaveLength(5); // one row per level
    for (const line of wide) expect([...line].length).toBeLessThanOrEqual(150);
    expect([undefined, 40, 150, 500].map(terminalWidth)).toEqual([80, 80, 150, 160]);
  });

  test('a node shows its value, • when read once, ×count when read more, nothing when not', () => {
    const fp = footprint(as(searchFromRoot), 31, 15.3, 8);
    const text = plain(renderFootprint(fp, 'Yours', false));
    const rootReads = fp.reads[root(fp)];
    expect(text.split('\n')[1].trim()).toBe(`16×${rootReads}`);
    const unread = fp.values.filter((_, i) => fp.reads[i] === 0);
    for (const value of unread) expect(text).toMatch(new RegExp(`(^|\\s)${value}(\\s|$)`, 'm'));
    expect(text.split('\n')[0]).toContain(`${total(fp)} reads`);
    // One ● per value returned, on the row above the target's.
    const marks = text.split('\n').find((line) => line.includes('●'))!;
    expect([...marks].filter((c) => c === '●')).toHaveLength(8);
  });

  test('a failing check’s story draws the solution where the difference shows', () => {
    // An in-order walk that stops past the target is cheap near the minimum on 31 nodes.
    const stopsEarly: unknown = (node: TreeNode | null, target: number, k: number) => {
      const out: number[] = [];
      const stack: TreeNode[] = [];
      for (let at = node; at || stack.length > 0;) {
        while (at) {
          stack.push(at);
          at = at.left;
        }
        const next = stack.pop()!;
        out.push(next.val);
        if (out.length > k && Math.abs(out[0] - target) <= Math.abs(next.val - target)) {
          out.pop();
          break;
        }
        if (out.length > k) out.shift();
        at = next.right;
      }
      return out;
    };
    const story = footprintStory(as(stopsEarly), 'nearMin', 4);
    expect(story).toContain('with the target in the middle (near the minimum');
    // The card indents a failure's message by 4 columns: the drawings still fit 80.
    for (const line of story.split('\n').slice(1)) expect([...line].length).toBeLessThanOrEqual(76);
    expect(story).toContain('An O(log n + k) walk (two stacks)');
    expect(footprintStory(as(searchFromRoot), 'middle', 8)).not.toContain('only shows');
  });
});

/** A follow-up's file, loaded as the grader loads it: its exercise's call protocol and all. */
function loaded(file: string): Solution {
  const result = loadSolution(`${PROJECT_ROOT}/${file}`);
  if (!result.ok) throw new Error(result.reason);
  return result.solution;
}

describe("a follow-up's footprint", () => {
  const middle = footprintTarget(31, 'middle');

  test('closestFirst: what the iterator read to give its first k values, as the walk for k', () => {
    const lazy = loaded('solutions/closestFirst/twoStacksGenerator.ts');
    for (const k of [1, 3, 8]) {
      const fp = footprint(lazy, 31, middle, k);
      expect(fp.answer).toHaveLength(k);
      expect(total(fp)).toBe(total(footprint(as(twoStacks), 31, middle, k)));
    }
    // An iterator that sorts every value before its first: all 31 nodes for one value.
    const eager = footprint(
      loaded('tests/self/zoo/closestFirst/sortAllThenYield.ts'),
      31,
      middle,
      1,
    );
    expect(valuesRead(eager)).toHaveLength(31);
    const text = plain(
      renderFootprints(
        eager,
        { title: 'walk', footprint: eager },
        false,
        80,
        footprintWords(lazy.exercise, 1),
      ),
    );
    expect(text).toContain('Your iterator, to give its first value: ');
    expect(text).toContain('● given');
    expect(text).not.toContain('returned');
  });

  test("ClosestIndex: one query after the build, the build's reads left out", () => {
    // Keeps the tree and walks it per query: the walk's reads, none of a build.
    const walks = footprint(loaded('solutions/ClosestIndex/twoStacksPerQuery.ts'), 31, middle, 4);
    expect(walks.reads).toEqual(footprint(as(twoStacks), 31, middle, 4).reads);
    // Flattens the tree in its constructor (every node read there), then reads no node a query.
    const sortedArray = loaded('solutions/ClosestIndex/sortedArray.ts');
    const flat = footprint(sortedArray, 31, middle, 4);
    expect(total(flat)).toBe(0);
    expect([...flat.answer!].sort((a, b) => a - b)).toEqual([14, 15, 16, 17]);
    // A query that walks the tree in order until its window is past the target: near the
    // maximum, nearly every node (its query tier fails on growth).
    const full = footprint(
      loaded('tests/self/zoo/ClosestIndex/fullWalkPerQuery.ts'),
      31,
      footprintTarget(31, 'nearMax'),
      4,
    );
    expect(valuesRead(full).length).toBeGreaterThanOrEqual(29);
  });

  test('an index that reads no node a query is said in a sentence, not drawn empty', () => {
    const solution = loaded('solutions/ClosestIndex/sortedArray.ts');
    const flat = footprint(solution, 31, footprintTarget(31, 'middle'), 4);
    const walk = footprint(as(twoStacks), 31, flat.target, 4);
    const words = footprintWords(solution.exercise, 4);
    const text = plain(
      renderFootprints(flat, { title: 'walk', footprint: walk }, false, 80, words),
    );
    expect(text).toMatch(/^One query of your index: no node read\nYour index's query read no node/);
    expect(text).toContain(`It returned ${flat.answer!.join(', ')}.`);
    expect(text.replace(/\n/g, ' ')).toContain("the build's reads are left out");
    // Only the walk is drawn: one number line.
    expect(text.match(/▲ target/g)).toHaveLength(1);
    expect(Math.max(...text.split('\n').map((line) => line.length))).toBeLessThanOrEqual(80);
  });
});

describe('npm run footprint', () => {
  test('draws the file’s reads for the query asked, above the reference asked for', () => {
    const run = npmRun(PROJECT_ROOT, 'footprint', [
      'solutions/searchFromRoot.ts',
      '--k',
      '8',
      '--target=nearMax',
      '--reference',
      'slidingWindow',
    ]);
    expect(run.status).toBe(0);
    const walked = footprint(as(searchFromRoot), 31, footprintTarget(31, 'nearMax'), 8);
    expect(run.stdout).toContain(`Your code: ${total(walked)} reads`);
    expect(run.stdout).toContain(`16×${walked.reads[root(walked)]}`);
    expect(run.stdout).toContain('slidingWindow, O(n): 93 reads, 31 of 31 nodes read');
    expect(run.stdout).toContain('target 30.3, k = 8');
  });

  test('a follow-up file: its own words, and a reference of its own exercise by name', () => {
    const first = npmRun(PROJECT_ROOT, 'footprint', [
      'solutions/closestFirst/twoStacksGenerator.ts',
      '--k',
      '3',
      '--reference',
      'twoStacksIterator',
    ]);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Your iterator, to give its first 3 values: 27 reads');
    expect(first.stdout).toMatch(/\ntwoStacksIterator, O\(h\) to the first value.*: 27 reads/);
    expect(first.stdout).toContain('● given');
    const index = npmRun(PROJECT_ROOT, 'footprint', ['solutions/ClosestIndex/sortedArray.ts']);
    expect(index.status).toBe(0);
    expect(index.stdout).toContain("Your index's query read no node");
    expect(index.stdout).toContain('An O(log n + k) walk (two stacks): 31 reads');
    const help = npmRun(PROJECT_ROOT, 'footprint', ['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain(
      'a closestFirst file: what its iterator read to give its first K',
    );
    expect(help.stdout).toContain('a ClosestIndex file: what one query read after the build');
  });

  test('a call that loops is stopped and drawn with its reason', () => {
    const run = npmRun(PROJECT_ROOT, 'footprint', ['tests/self/zoo/bugLoopReads.ts', '--n', '7']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /It failed: it read the tree more than [\d,]+ times on a tree of 7 nodes/,
    );
    expect(run.stdout).toContain('An O(log n + k) walk (two stacks)');
  });

  test('a wrong option is refused with the usage, and a tree too wide for a terminal too', () => {
    for (const args of [
      ['--k', '0'],
      ['--n', '63'],
      ['--target', 'left'],
      ['--reference', 'x'],
    ]) {
      const run = npmRun(PROJECT_ROOT, 'footprint', args);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('usage: npm run footprint');
    }
  });
});

interface TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
}
