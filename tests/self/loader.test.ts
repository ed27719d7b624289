import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CountingTree } from '../grader/countingTree';
import { balanced, evenValues } from '../grader/generators';
import { cacheCompiledIn, compileAhead, compiledSolution, mainGlobal } from '../grader/loader';
import { PROJECT_ROOT } from '../grader/paths';
import { gradeInProcess } from '../grader/process/supervisor';
import { inOrder } from '../grader/shape';
import { loadSolution, type Solution } from '../grader/solution';
import { runTrial } from '../grader/trial';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kata-loader-'));
const write = (name: string, text: string | Buffer) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};
const solutionOf = (file: string): Solution => {
  const loaded = loadSolution(file);
  if (!loaded.ok) throw new Error(loaded.reason);
  return loaded.solution;
};

describe('loading a solution', () => {
  test("runs it in Node's main context, not in Jest's sandbox (where globals are slow)", () => {
    const { fn } = solutionOf(write('plain.ts', 'export function closestKValues() { return []; }'));
    expect(Object.getPrototypeOf(fn)).toBe(mainGlobal.Function.prototype);
    expect(Object.getPrototypeOf(fn)).not.toBe(Function.prototype);
  });

  test('loads the file afresh every time, so a saved edit is graded', () => {
    const file = write('edited.ts', 'export const closestKValues = () => [1];');
    expect(solutionOf(file).fn(null, 0, 1)).toEqual([1]);
    writeFileSync(file, 'export const closestKValues = () => [2];');
    expect(solutionOf(file).fn(null, 0, 1)).toEqual([2]);
  });

  test('code pasted from LeetCode may use TreeNode without importing it', () => {
    const file = write(
      'leetcode.ts',
      'export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {\n' +
        '  const dummy = new TreeNode(target);\n  return [dummy.val].slice(0, 0).concat(root ? [root.val] : []);\n}\n' +
        'declare class TreeNode { val: number; constructor(v?: number); }\n',
    );
    expect(solutionOf(file).fn({ val: 7, left: null, right: null }, 1, 1)).toEqual([7]);
  });

  test('what it imports loads too, TypeScript included, in a fresh grading process', async () => {
    write('helper.ts', 'export const first = (xs: number[]): number[] => xs.slice(0, 1);\n');
    const kata = path.join(PROJECT_ROOT, 'kata', 'TreeNode').split(path.sep).join('/');
    const file = write(
      'imports.ts',
      `import { first } from './helper.js';\nimport { TreeNode } from '${kata}';\n` +
        'export function closestKValues(root: TreeNode | null): number[] {\n' +
        '  return first([new TreeNode(root ? root.val : 0).val]);\n}\n',
    );
    const run = await gradeInProcess(file, 272, { tiers: ['edge'] });
    expect(run.loaded).toEqual({ ok: true });
    // It ran: wrong answers (it returns one value), not a load failure.
    expect(run.results[0].kind).toBe('wrongAnswer');
  });

  describe("`instanceof TreeNode` holds for the grader's nodes, as for LeetCode's", () => {
    // Nodes still to open and values ready to take, on one stack: an in-order walk.
    const body =
      'export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {\n' +
      '  const out: number[] = [];\n  const stack: (TreeNode | number)[] = root ? [root] : [];\n' +
      '  while (stack.length) {\n    const top = stack.pop()!;\n' +
      '    if (top instanceof TreeNode) {\n      if (top.right) stack.push(top.right);\n' +
      '      stack.push(top.val);\n      if (top.left) stack.push(top.left);\n' +
      '    } else out.push(top);\n  }\n' +
      '  while (out.length > k) {\n' +
      '    if (Math.abs(out[0] - target) > Math.abs(out[out.length - 1] - target)) out.shift();\n' +
      '    else out.pop();\n  }\n  return out;\n}\n';
    const tree = CountingTree.balanced(evenValues(7));
    const declared =
      'class TreeNode { val = 0; left: TreeNode | null = null; right: TreeNode | null = null; }\n';

    test.each([
      [
        'the global TreeNode LeetCode declares',
        'declare class TreeNode { val: number; left: TreeNode | null; right: TreeNode | null; }\n',
      ],
      ['a TreeNode class of its own', declared],
    ])('%s', (_, declaration) => {
      const file = write(`instanceof-${declaration.length}.ts`, `${declaration}${body}`);
      expect(solutionOf(file).fn(tree.root, 0, 7)).toEqual(inOrder(balanced(evenValues(7))));
      // Its own objects are still its own, and other values still are not.
      const own = write(
        `own-${declaration.length}.ts`,
        `${declaration}${body.replace('root ? [root] : []', '[new TreeNode(), 5]')}`,
      );
      if (declaration === declared) expect(solutionOf(own).fn(null, 0, 2)).toEqual([5, 0]);
    });

    test('a TreeNode it imports', async () => {
      const kata = path.join(PROJECT_ROOT, 'kata', 'TreeNode').split(path.sep).join('/');
      const file = write('instanceof-imported.ts', `import { TreeNode } from '${kata}';\n${body}`);
      const run = await gradeInProcess(file, 272, { tiers: ['edge'] });
      expect(run.results[0].passed).toBe(true);
    });
  });

  test.each([
    ['a missing file', null, /does not exist/],
    ['no such function', 'function solve() { return []; }', /has no function named closestKValues/],
    ['another name', 'export function solve() { return []; }', /\(it exports: solve\)/],
    [
      'a typo in its name',
      'export const k = 3;\nexport function closestK() { return []; }\nexport function solve() {}',
      /\(it exports: closestK, k, solve\); did you mean closestK\? Name it closestKValues$/,
    ],
    ['an empty file', ' \n', /an-empty-file\.ts is empty$/],
    [
      'a syntax error',
      'export function closestKValues( {',
      /a-syntax-error\.ts: it does not compile: Expected identifier but found end of file \(line 1:34\)$/,
    ],
    [
      'a throw at top level',
      'throw new Error("boom");\nexport {};',
      /failed: it threw Error: boom$/,
    ],
    [
      'a string thrown at top level',
      'throw "the tree is empty";\nexport {};',
      /failed: it threw the string "the tree is empty"$/,
    ],
    [
      'a 10 MB message thrown at top level',
      'throw new Error("x".repeat(10_000_000));\nexport {};',
      /failed: it threw Error: x{200}… \(cut\)$/,
    ],
    [
      'a getter that loops on what the top level throws',
      'throw { get message() { for (;;); } };\nexport {};',
      /did not finish within 2 s/,
    ],
    [
      'a file saved as UTF-16',
      Buffer.from('\uFEFFexport const closestKValues = () => [];', 'utf16le'),
      /saved as UTF-16 text; save it as UTF-8/,
    ],
  ])('%s gives a clear reason', (name, text, reason) => {
    const file =
      text === null ? path.join(dir, 'absent.ts') : write(`${name.replace(/ /g, '-')}.ts`, text);
    const loaded = loadSolution(file);
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.reason).toMatch(reason);
  });

  test.each([
    ['is empty', '\n'],
    ['does not exist', null],
  ])('the kata file that %s points to npm run reset', (said, text) => {
    const kata = path.join(dir, `kata-${text === null ? 'gone' : 'blank'}.ts`);
    if (text !== null) writeFileSync(kata, text);
    jest.isolateModules(() => {
      jest.doMock('../grader/paths', () => ({
        ...jest.requireActual('../grader/paths'),
        DEFAULT_SOLUTION: kata,
      }));
      // The module again, with the kata file it knows moved here (the real one stays untouched).
      const { loadSolution: load } =
        jest.requireActual<typeof import('../grader/solution')>('../grader/solution');
      const loaded = load(kata);
      expect(!loaded.ok && loaded.reason).toMatch(
        new RegExp(`${said}: npm run reset puts the stub back \\(an attempt in it is saved`),
      );
    });
  });

  // As LeetCode's editor has it: no export; the solution's own TreeNode; output and `export {}`.
  test.each([
    [
      'no export',
      'function closestKValues(root: any, t: number, k: number): number[] {\n  return [root.val];\n}\n',
    ],
    [
      'its own TreeNode class',
      'class TreeNode {\n  val: number; left: TreeNode | null; right: TreeNode | null;\n' +
        '  constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null) {\n' +
        '    this.val = val ?? 0; this.left = left ?? null; this.right = right ?? null;\n  }\n}\n' +
        'function closestKValues(root: TreeNode | null, t: number, k: number): number[] {\n  return root ? [root.val] : [];\n}\n',
    ],
    [
      'output at top level and export {}',
      'console.log("debug");\nvar closestKValues = function (root: any, t: number, k: number) {\n  return [root.val];\n};\nexport {};\n',
    ],
  ])('a solution pasted from LeetCode loads as it is: %s', (name, text) => {
    const file = write(`leetcode-${name.replace(/\W+/g, '-')}.ts`, text);
    expect(solutionOf(file).fn({ val: 7, left: null, right: null }, 1, 1)).toEqual([7]);
  });

  test('what a file prints while it loads is kept, once', () => {
    const loaded = loadSolution(
      write(
        'prints.ts',
        'console.log("hello from the top");\nexport const closestKValues = () => [];\n',
      ),
    );
    expect(loaded.output).toEqual({ lines: ['hello from the top'], total: 1 });
  });

  test('a TreeNode imported only as a type is not looked for when the file loads', () => {
    const file = write(
      'type-only.ts',
      "import { TreeNode } from './nowhere/TreeNode';\n" +
        'export function closestKValues(root: TreeNode | null): number[] {\n  return root ? [root.val] : [];\n}\n',
    );
    expect(solutionOf(file).fn({ val: 7, left: null, right: null }, 1, 1)).toEqual([7]);
  });

  test('a large file (10 MB of comments) loads', () => {
    const file = write(
      'large.ts',
      `${'// a note\n'.repeat(1_000_000)}export const closestKValues = () => [1];\n`,
    );
    expect(solutionOf(file).fn(null, 0, 1)).toEqual([1]);
  });

  test('a file compiled ahead (while its grading process starts) is the code that process loads', async () => {
    const cache = mkdtempSync(path.join(dir, 'compiled-'));
    const file = write('ahead.ts', 'export const closestKValues = (): number[] => [5];\n');
    await compileAhead(path.relative(process.cwd(), file), cache);
    const kept = readdirSync(cache);
    expect(kept).toHaveLength(1);
    // The grading process finds it under the same key (by the resolved path), compiles nothing.
    cacheCompiledIn(cache);
    try {
      expect(compiledSolution(file)).toBe(readFileSync(path.join(cache, kept[0]), 'utf8'));
      expect(readdirSync(cache)).toEqual(kept);
    } finally {
      cacheCompiledIn(undefined);
    }
    // One that does not compile is left to the grading process, which says why; so is a huge one.
    await compileAhead(write('broken.ts', 'export const closestKValues = (=> [];\n'), cache);
    await compileAhead(path.join(dir, 'missing.ts'), cache);
    const huge = `${'// a note\n'.repeat(200_000)}export const closestKValues = () => [1];\n`;
    await compileAhead(write('huge.ts', huge), cache);
    expect(readdirSync(cache)).toEqual(kept);
  });

  test('a default export is accepted too', () => {
    expect(
      solutionOf(write('default.ts', 'export default function () { return [3]; }')).fn(null, 0, 1),
    ).toEqual([3]);
  });

  test('an exception names the line of the TypeScript source it came from', () => {
    const file = write(
      'throws.ts',
      [
        'interface Unused { a: number }',
        'type Also = string;',
        '',
        'export function closestKValues(root: any): number[] {',
        '  return [root.right.left.val];',
        '}',
        '',
      ].join('\n'),
    );
    const shape = balanced(evenValues(3));
    const trial = runTrial(solutionOf(file), CountingTree.build(shape), inOrder(shape), 0, 1);
    expect(trial.reason).toMatch(/it threw TypeError: .* at throws\.ts:5$/);
  });
});
