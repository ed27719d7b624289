import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LEETCODE_GLOBALS, provideLeetCodeGlobals } from '../grader/leetcodeGlobals';
import { PROJECT_ROOT } from '../grader/paths';
import { gradeInProcess } from '../grader/process/supervisor';
import { DEFAULT_SEED } from '../grader/seed';
import { typeErrorsOf } from '../grader/typeErrors';
import { verdictsOf, ZOO } from './zoo';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { bundles } = require('../grader/process/bundle.cjs') as {
  bundles(): Promise<{ cacheDir: string }>;
};

/* LeetCode's globals, from the packages LeetCode uses, at the versions it lists. */

/** LeetCode's environment page (as archived in 2026): each @datastructures-js package's version. */
const LEETCODE_VERSIONS = {
  'priority-queue': '6.3.5',
  queue: '4.3.0',
  deque: '1.0.8',
  heap: '4.3.7',
  stack: '3.1.6',
  'linked-list': '6.1.4',
  set: '4.2.2',
  'binary-search-tree': '5.4.0',
  trie: '4.2.3',
  graph: '5.3.1',
};
type Globals = Record<string, unknown> & {
  MaxPriorityQueue: typeof MaxPriorityQueue;
  MinPriorityQueue: typeof MinPriorityQueue;
  PriorityQueue: typeof PriorityQueue;
  Queue: typeof Queue;
  Deque: typeof Deque;
  _: typeof _;
};

describe("LeetCode's globals", () => {
  test('the priority queues are v6: dequeue() gives the value itself', () => {
    const g = {} as Globals;
    provideLeetCodeGlobals(g, '', require);
    const max = new g.MaxPriorityQueue<number>();
    for (const x of [3, 9, 1]) max.enqueue(x);
    expect(max.dequeue()).toBe(9);
    const byDistance = new g.MinPriorityQueue<number>((v) => Math.abs(v - 5));
    for (const x of [1, 6, 10]) byDistance.enqueue(x);
    expect(byDistance.front()).toBe(6);
    const custom = new g.PriorityQueue<number>((a, b) => b - a);
    custom.enqueue(2).enqueue(7);
    expect(custom.dequeue()).toBe(7);
  });

  test('Queue, Deque and lodash work as LeetCode has them', () => {
    const g = {} as Globals;
    provideLeetCodeGlobals(g, '', require);
    const queue = new g.Queue<number>([1, 2]);
    queue.enqueue(3);
    expect([queue.dequeue(), queue.size()]).toEqual([1, 2]);
    const deque = new g.Deque<number>();
    deque.pushBack(1);
    deque.pushFront(0);
    expect([deque.popBack(), deque.popFront()]).toEqual([1, 0]);
    expect(g._.chunk([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
  });

  test('those the code names are loaded before it runs, the rest on first use', () => {
    const g = {} as Globals;
    provideLeetCodeGlobals(
      g,
      'const heap = new MaxPriorityQueue();\nreturn _.take(a.Queue, k);',
      require,
    );
    const how = (name: string) =>
      'value' in Object.getOwnPropertyDescriptor(g, name)! ? 'loaded' : 'on first use';
    expect(['MaxPriorityQueue', '_', 'Queue', 'Deque'].map(how)).toEqual([
      'loaded',
      'loaded',
      'on first use', // a.Queue is a property, not the global
      'on first use',
    ]);
  });

  test("a solution's own Queue is kept, and one it assigns replaces LeetCode's", () => {
    const own = class Queue {};
    const g = { Queue: own } as unknown as Globals;
    provideLeetCodeGlobals(g, '', require);
    expect(g.Queue).toBe(own);
    expect(Object.keys(g)).toEqual(['Queue']); // the rest stay out of for-in and Object.keys
    g._ = 'mine' as unknown as typeof _;
    expect(g._).toBe('mine');
    expect(LEETCODE_GLOBALS).toEqual(
      expect.arrayContaining(['PriorityQueue', 'MinPriorityQueue', 'MaxPriorityQueue', 'Deque']),
    );
  });
});

/*
 * Solutions written on LeetCode with the rest of its @datastructures-js classes, pasted as they
 * are into a file outside the project (no import: LeetCode declares them): each passes correct
 * (the zoo's pastedMaxHeap and pastedStackWalk are graded on every tier) and gets no type note.
 */
const PASTED: Record<string, string> = {
  heap: `
function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const farthestFirst = new Heap<number>((a, b) => Math.abs(b - target) - Math.abs(a - target));
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    if (!node) continue;
    farthestFirst.push(node.val);
    if (farthestFirst.size() > k) farthestFirst.pop();
    stack.push(node.left, node.right);
  }
  const closestFirst: Heap<number> = new MinHeap<number>((v) => Math.abs(v - target));
  for (const v of farthestFirst.toArray()) closestFirst.push(v);
  const out: number[] = [];
  while (!closestFirst.isEmpty()) out.push(closestFirst.pop());
  return out;
}`,
  stack: `
function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const path = new Stack<TreeNode>();
  const window: number[] = [];
  let node = root;
  while (node || !path.isEmpty()) {
    while (node) {
      path.push(node);
      node = node.left;
    }
    node = path.pop();
    if (window.length < k) window.push(node.val);
    else if (Math.abs(node.val - target) < Math.abs(window[0] - target)) {
      window.shift();
      window.push(node.val);
    } else if (node.val >= target) break; // the rest are as far or farther
    node = node.right;
  }
  return window;
}`,
  'linked-list': `
function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const sorted = new LinkedList<number>();
  const inorder = (node: TreeNode) => {
    if (!node) return;
    inorder(node.left);
    sorted.insertLast(node.val);
    inorder(node.right);
  };
  inorder(root);
  const window = new DoublyLinkedList<number>();
  for (let item: LinkedListNode = sorted.head(); item; item = item.getNext()) {
    const v: number = item.getValue();
    if (window.count() < k) window.insertLast(v);
    else if (Math.abs(v - target) < Math.abs(window.head().getValue() - target)) {
      window.removeFirst();
      window.insertLast(v);
    } else if (v >= target) break; // the rest are as far or farther
  }
  return window.toArray().map((item: DoublyLinkedListNode) => item.getValue());
}`,
  set: `
function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const seen = new EnhancedSet<TreeNode>();
  const values: number[] = [];
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    if (!node || seen.has(node)) continue;
    seen.add(node);
    values.push(node.val);
    stack.push(node.left, node.right);
  }
  return values.sort((a, b) => Math.abs(a - target) - Math.abs(b - target)).slice(0, k);
}`,
  'binary-search-tree': `
function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  // [value, its place in the walk]: equal values stay apart.
  const byValue = new AvlTree<[number, number]>((a, b) => a[0] - b[0] || a[1] - b[1]);
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    if (!node) continue;
    byValue.insert([node.val, byValue.count()]);
    stack.push(node.left, node.right);
  }
  const sorted: number[] = [];
  byValue.traverseInOrder((entry: AvlTreeNode<[number, number]>) => {
    sorted.push(entry.getValue()[0]);
  });
  let lo = 0;
  let hi = sorted.length - k;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (target - sorted[mid] > sorted[mid + k] - target) lo = mid + 1;
    else hi = mid;
  }
  return sorted.slice(lo, lo + k);
}`,
  'binary-search-tree, unbalanced': `
function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const byValue = new BinarySearchTree<[number, number]>((a, b) => a[0] - b[0] || a[1] - b[1]);
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    if (!node) continue;
    byValue.insertIterative([node.val, byValue.count()]);
    stack.push(node.right, node.left);
  }
  const out: number[] = [];
  // In order: the k values closest to the target are a window of the sorted ones.
  byValue.traverseInOrderIterative((entry: BinarySearchTreeNode<[number, number]>) => {
    const v = entry.getValue()[0];
    if (out.length < k) out.push(v);
    else if (Math.abs(v - target) < Math.abs(out[0] - target)) {
      out.shift();
      out.push(v);
    }
  });
  return out;
}`,
  trie: `
function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const visited = new Trie();
  const values: number[] = [];
  const stack: [TreeNode, string][] = [[root, '1']];
  while (stack.length) {
    const [node, id] = stack.pop();
    if (!node || visited.has(id)) continue;
    visited.insert(id);
    const end: TrieNode = visited.find(id);
    if (end.isEndOfWord()) values.push(node.val);
    stack.push([node.left, id + '0'], [node.right, id + '1']);
  }
  return values.sort((a, b) => Math.abs(a - target) - Math.abs(b - target)).slice(0, k);
}`,
  graph: `
function closestKValues(root: TreeNode | null, target: number, k: number): number[] {
  const tree: DirectedGraph<number, number> = new Graph<number, number>();
  let count = 0;
  const add = (node: TreeNode): number => {
    const key = count++;
    tree.addVertex(key, node.val);
    if (node.left) tree.addEdge(key, add(node.left));
    if (node.right) tree.addEdge(key, add(node.right));
    return key;
  };
  add(root);
  const values: number[] = [];
  tree.traverseBfs(0, (_key, value) => values.push(value));
  return values.sort((a, b) => Math.abs(a - target) - Math.abs(b - target)).slice(0, k);
}`,
};

describe("LeetCode's @datastructures-js globals", () => {
  test('are the classes each package exports, at the version LeetCode lists', async () => {
    const g: Record<string, unknown> = {};
    provideLeetCodeGlobals(g, '', require);
    for (const [pkg, version] of Object.entries(LEETCODE_VERSIONS)) {
      const from = `@datastructures-js/${pkg}`;
      const manifest = readFileSync(require.resolve(`${from}/package.json`), 'utf8');
      expect([from, (JSON.parse(manifest) as { version: string }).version]).toEqual([
        from,
        version,
      ]);
      const exported = Object.entries((await import(from)) as Record<string, unknown>);
      for (const [name, value] of exported.filter(([, value]) => typeof value === 'function'))
        expect([name, g[name]]).toEqual([name, value]);
    }
  });

  test('the README names each package at that version', () => {
    const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    for (const [pkg, version] of Object.entries(LEETCODE_VERSIONS))
      expect(readme).toContain(`(${pkg} ${version}`);
  });

  test('each of the newer ones is used by a pasted solution, below or in the zoo', () => {
    const pasted = [
      ...Object.values(PASTED),
      ...['pastedMaxHeap.ts', 'pastedStackWalk.ts'].map((name) =>
        readFileSync(path.join(ZOO, name), 'utf8'),
      ),
    ];
    const named = (name: string) => pasted.some((code) => new RegExp(`\\b${name}\\b`).test(code));
    const older = ['PriorityQueue', 'MinPriorityQueue', 'MaxPriorityQueue', 'Queue', 'Deque', '_'];
    expect(LEETCODE_GLOBALS.filter((name) => !older.includes(name) && !named(name))).toEqual([]);
  });

  const dir = mkdtempSync(path.join(os.tmpdir(), 'kata-pasted-'));
  test('a pasted solution that imports one, outside the project, finds it', async () => {
    const file = path.join(dir, 'imports.ts');
    writeFileSync(
      file,
      `import { Stack } from '@datastructures-js/stack';\n${PASTED.stack.replace('function', 'export function')}`,
    );
    const run = await gradeInProcess(file, DEFAULT_SEED, { tiers: ['correct'] });
    expect(verdictsOf(run.results)).toEqual({ correct: 'pass' });
  }, 300_000);

  // Their type notes, asked for at once: one checker process reads LeetCode's declarations once.
  const pasted = Object.fromEntries(
    Object.entries(PASTED).map(([name, text]) => {
      const file = path.join(dir, `${name}.ts`);
      writeFileSync(file, text);
      return [name, file];
    }),
  );
  let notes: Record<string, Promise<string[] | undefined>>;
  beforeAll(async () => {
    // Where graded runs keep theirs, beside the checker's snapshot (typeErrors.ts).
    const { cacheDir } = await bundles();
    notes = Object.fromEntries(
      Object.entries(pasted).map(([name, file]) => [name, typeErrorsOf(file, cacheDir)]),
    );
  });

  test.each(Object.keys(PASTED))(
    'a pasted solution using %s passes correct, with no type note',
    async (name) => {
      const run = await gradeInProcess(pasted[name], DEFAULT_SEED, { tiers: ['correct'] });
      expect(verdictsOf(run.results)).toEqual({ correct: 'pass' });
      expect(await notes[name]).toEqual([]);
    },
    300_000,
  );
});
