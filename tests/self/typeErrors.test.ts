import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../grader/paths';
import { snapshotBuilt, typeCheckCounts, typeErrorsOf } from '../grader/typeErrors';
import { ZOO } from './zoo';
import { projectCopy } from '../../tools/files';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { bundles } = require('../grader/process/bundle.cjs') as {
  bundles(): Promise<{ cacheDir: string }>;
};

/* The file's TypeScript errors: a note on the card, as LeetCode's compiler would report them. */

const dir = mkdtempSync(path.join(os.tmpdir(), 'kata-types-'));
const kataTreeNode = path.join(PROJECT_ROOT, 'kata', 'TreeNode').split(path.sep).join('/');
const withTypeError = path.join(dir, 'typeError.ts');
writeFileSync(
  withTypeError,
  readFileSync(path.join(PROJECT_ROOT, 'solutions', 'twoStacks.ts'), 'utf8').replace(
    /'\.\.\/kata\/TreeNode'/,
    `'${kataTreeNode}'`,
  ) + '\nconst label: string = 42;\n',
);
const lines = readFileSync(withTypeError, 'utf8').split('\n').length - 1;

/*
 * What LeetCode's compiler accepts (no strict null or implicit-any checks, Node's globals) and a
 * check with TypeScript 6's defaults or without Node's types refused: each in a file of its own,
 * outside the project.
 */
const ACCEPTED: Record<string, string> = {
  "Node's globals (console, structuredClone, process, setTimeout)": `
export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  console.log(root, target, process.argv.length);
  setTimeout(() => undefined, 0);
  return structuredClone([root.val]).slice(0, k);
}`,
  'a nullable child passed on without a check': `
function values(node: TreeNode, out: number[]): number[] {
  if (!node) return out;
  values(node.left, out);
  out.push(node.val);
  return values(node.right, out);
}
export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  return values(root, []).sort((a, b) => Math.abs(a - target) - Math.abs(b - target)).slice(0, k);
}`,
  'an untyped parameter': `
function distance(value, target) {
  return Math.abs(value - target);
}
export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  return [root.val].sort((a, b) => distance(a, target) - distance(b, target)).slice(0, k);
}`,
  'an import of a package LeetCode provides as a global': `
import { MaxPriorityQueue } from '@datastructures-js/priority-queue';
import { Stack } from '@datastructures-js/stack';
export function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const heap = new MaxPriorityQueue<number>((v) => Math.abs(v - target));
  const path = new Stack<TreeNode>(root ? [root] : []);
  while (!path.isEmpty()) {
    const node = path.pop();
    heap.enqueue(node.val);
    if (heap.size() > k) heap.dequeue();
    if (node.left) path.push(node.left);
    if (node.right) path.push(node.right);
  }
  return heap.toArray();
}`,
};

/** Every other file below, written before any is checked. */
const bindCallApply = path.join(dir, 'bindCallApply.ts');
writeFileSync(
  bindCallApply,
  `${ACCEPTED['an untyped parameter']}\nclosestKValues.call(null, null, '3', 1);\n`,
);
const accepted = Object.fromEntries(
  Object.entries(ACCEPTED).map(([name, text], i) => {
    const file = path.join(dir, `${i}.ts`);
    writeFileSync(file, text);
    return [name, file];
  }),
);
const NONE_IN: [string, string][] = [
  ['the two-stacks reference', path.join(PROJECT_ROOT, 'solutions', 'twoStacks.ts')],
  ['a pasted solution with its own TreeNode', path.join(ZOO, 'pastedOwnTreeNode.ts')],
  ["a pasted solution using LeetCode's globals", path.join(ZOO, 'pastedLeetCodeGlobals.ts')],
];

/** withTypeError's text in another file (another key): checked anew. */
let copies = 0;
function copyOfWithTypeError(): string {
  const file = path.join(dir, `typeErrorCopy${copies++}.ts`);
  writeFileSync(file, readFileSync(withTypeError, 'utf8'));
  return file;
}
const CHECKER = path.join(PROJECT_ROOT, 'tests', 'grader', 'process', 'typeCheck.cjs');
const GLOBALS = path.join(PROJECT_ROOT, 'kata', 'leetcode.d.ts');
const TREE_NODE = path.join(PROJECT_ROOT, 'tests', 'grader', 'process', 'treeNode.d.ts');
const TYPE_ERROR = `line ${lines}: Type 'number' is not assignable to type 'string'.`;

describe('type errors', () => {
  /**
   * The notes of every file here, asked for at once, as one checker process checks them (the first
   * file costs 1.5 s of CPU, each after it 0.1 s). It is the first check in its cache folder, so it
   * also starts the build of the checker's start-up snapshot there (in the background, waited for
   * here), which the later checks start from.
   */
  const together = path.join(dir, 'together');
  const types = path.join(together, 'types');
  const blobs = () => readdirSync(types).filter((f) => f.endsWith('.blob'));
  const kept = () => readdirSync(types).filter((f) => f.endsWith('.json'));
  let notes: Map<string, Promise<string[] | undefined>>;
  let counted = { processes: 0, fromSnapshot: 0, builds: 0 };
  let cardCache: Promise<string[] | undefined>;
  /** The snapshot's name, once built. */
  let snapshotName = '';
  beforeAll(async () => {
    const { cacheDir } = await bundles();
    // An older checker's snapshot: building this one removes it.
    mkdirSync(types, { recursive: true });
    writeFileSync(path.join(types, 'checker-0ld.blob'), 'an older snapshot');
    const before = { ...typeCheckCounts };
    const files = [withTypeError, bindCallApply, ...Object.values(accepted)];
    notes = new Map(
      [...files, ...NONE_IN.map(([, file]) => file)].map((f) => [f, typeErrorsOf(f, together)]),
    );
    // Where the graded run keeps its checks: the card test below need not wait for the compiler.
    cardCache = typeErrorsOf(withTypeError, cacheDir);
    await Promise.all([...notes.values(), cardCache]);
    counted = {
      processes: typeCheckCounts.processes - before.processes,
      fromSnapshot: typeCheckCounts.fromSnapshot - before.fromSnapshot,
      builds: typeCheckCounts.builds - before.builds,
    };
    await snapshotBuilt();
  }, 120_000);
  // The snapshot takes 50 MB.
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("files asked for at once share one checker; the first check in a folder builds the checker's snapshot beside it (and removes older ones)", async () => {
    expect(counted).toEqual({ processes: 1, fromSnapshot: 0, builds: 1 });
    expect(await notes.get(withTypeError)).toEqual([TYPE_ERROR]);
    expect(await cardCache).toEqual([TYPE_ERROR]);
    expect(kept()).toHaveLength(notes.size);
    expect(blobs()).toHaveLength(1);
    snapshotName = /^checker-(\w+)\.blob$/.exec(blobs()[0])![1];
  });

  test("a type error is reported with its line, as LeetCode's compiler would, by a check from the snapshot", async () => {
    const before = { ...typeCheckCounts };
    const file = copyOfWithTypeError();
    expect(await typeErrorsOf(file, together)).toEqual([TYPE_ERROR]);
    expect(typeCheckCounts.fromSnapshot - before.fromSnapshot).toBe(1);
    // Kept by the file's text: the answer is on disk for the next run, which starts no checker.
    expect(kept()).toHaveLength(notes.size + 1);
    expect(await typeErrorsOf(file, together)).toEqual([TYPE_ERROR]);
    expect(typeCheckCounts.processes - before.processes).toBe(1);
  }, 120_000);

  test('a snapshot whose declarations changed on disk (an npm install) is read afresh, then removed', async () => {
    const [blob] = blobs();
    const declarations = require.resolve('typescript/lib/lib.es5.d.ts');
    const { atime, mtime } = statSync(declarations);
    const before = { ...typeCheckCounts };
    utimesSync(declarations, atime, new Date(mtime.getTime() + 1000));
    try {
      expect(await typeErrorsOf(copyOfWithTypeError(), together)).toEqual([TYPE_ERROR]);
    } finally {
      utimesSync(declarations, atime, mtime);
    }
    expect(typeCheckCounts.processes - before.processes).toBe(1);
    expect(typeCheckCounts.fromSnapshot - before.fromSnapshot).toBe(1);
    // The next check builds another.
    expect(blobs()).toEqual([]);
    expect(readdirSync(types)).not.toContain(`${blob}.refused`);
  }, 120_000);

  test('a snapshot Node cannot start from is removed and never built again; the note comes all the same', async () => {
    const blob = `checker-${snapshotName}.blob`;
    writeFileSync(path.join(types, blob), 'not a snapshot');
    const before = { ...typeCheckCounts };
    expect(await typeErrorsOf(copyOfWithTypeError(), together)).toEqual([TYPE_ERROR]);
    // Tried from the snapshot, then checked plainly.
    expect(typeCheckCounts.processes - before.processes).toBe(2);
    expect(blobs()).toEqual([]);
    // Plainly from now on: no snapshot built, none started from.
    expect(await typeErrorsOf(copyOfWithTypeError(), together)).toEqual([TYPE_ERROR]);
    expect(typeCheckCounts.processes - before.processes).toBe(3);
    expect(typeCheckCounts.fromSnapshot - before.fromSnapshot).toBe(1);
    expect(typeCheckCounts.builds - before.builds).toBe(0);
    expect(readdirSync(types)).toContain(`${blob}.refused`);
    expect(blobs()).toEqual([]);
  }, 120_000);

  test('a snapshot whose place is taken (by a folder) is marked so, never built there, not even once', () => {
    // Its place is taken by a folder.
    const blob = path.join(mkdtempSync(path.join(dir, 'taken-')), 'checker.blob');
    mkdirSync(blob);
    writeFileSync(`${blob}.building`, '');
    const run = spawnSync(process.execPath, [CHECKER, '--snapshot', blob, GLOBALS], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status).toBe(0);
    expect(readdirSync(path.dirname(blob)).sort()).toEqual([
      'checker.blob',
      'checker.blob.refused',
    ]);
    // Refused before a build (3 s of CPU) that could never be put in place.
    expect(readFileSync(`${blob}.refused`, 'utf8')).toContain(
      'is taken by something other than a file',
    );
  }, 120_000);

  test('a snapshot built in a copy of the project that shares its node_modules serves the project once the copy is gone', () => {
    const copy = projectCopy('kata-types-copy-');
    const blob = path.join(mkdtempSync(path.join(dir, 'shared-')), 'checker.blob');
    const copied = (relative: string) => path.join(copy, ...relative.split('/'));
    const built = spawnSync(
      process.execPath,
      [
        copied('tests/grader/process/typeCheck.cjs'),
        '--snapshot',
        blob,
        copied('kata/leetcode.d.ts'),
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    rmSync(copy, { recursive: true, force: true });
    expect([built.status, readdirSync(path.dirname(blob))]).toEqual([0, ['checker.blob']]);
    const [pasted, typed] = [path.join(dir, 'pastedOut.json'), path.join(dir, 'typedOut.json')];
    const run = spawnSync(
      process.execPath,
      [
        '--snapshot-blob',
        blob,
        ...[NONE_IN[2][1], pasted, GLOBALS],
        ...[copyOfWithTypeError(), typed, TREE_NODE],
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    // 0, not "out of date": every file the snapshot holds is where it was.
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(pasted, 'utf8'))).toEqual([]);
    expect(JSON.parse(readFileSync(typed, 'utf8'))).toEqual([TYPE_ERROR]);
  }, 120_000);

  test.each(NONE_IN)('none in %s', async (_, file) => {
    expect(await notes.get(file)).toEqual([]);
  });

  test("what LeetCode's flags refuse is still noted: a call's arguments (strictBindCallApply)", async () => {
    expect(await notes.get(bindCallApply)).toEqual([
      "line 8: Argument of type 'string' is not assignable to parameter of type 'number'.",
    ]);
  });

  test.each(Object.keys(ACCEPTED))(
    "none for what LeetCode's compiler accepts: %s",
    async (name) => {
      expect(await notes.get(accepted[name])).toEqual([]);
    },
  );

  test('the card shows them as a note, not a tier', async () => {
    const run = spawnSync(process.execPath, [require.resolve('jest/bin/jest')], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, KATA_SOLUTION: withTypeError, KATA_SEED: '', NO_COLOR: '1' },
      timeout: 500_000, // a guard against a hang, not a limit
    });
    expect(run.stdout).toContain(
      `Note: TypeScript finds errors in your file (LeetCode's compiler would refuse it; the grader ran it all the same):\n  line ${lines}: Type 'number' is not assignable to type 'string'.`,
    );
    expect(run.stdout).toContain('7 of 7 tiers pass');
    // Below the card: the card never waits for the compiler.
    expect(run.stdout.indexOf('Note: TypeScript')).toBeGreaterThan(
      run.stdout.indexOf('tiers pass'),
    );
  }, 600_000);
});
