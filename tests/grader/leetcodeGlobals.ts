/*
 * What LeetCode's JavaScript and TypeScript environment gives every solution without an import,
 * from the same packages at the versions its environment page lists (package.json pins them):
 * lodash as `_`, and each class @datastructures-js exports under its own name: the priority queues
 * (priority-queue 6, where dequeue() gives the value itself; v5 gave { element, priority }),
 * Queue, Deque, the heaps, Stack, the linked lists, EnhancedSet, the search trees, Trie and the
 * graphs. Each is loaded on first use: a grading process whose solution never names them never
 * pays for them (lodash alone costs a process ~20 ms).
 */

/** Each @datastructures-js package, with the classes it exports (and LeetCode declares). */
const DATA_STRUCTURES: Record<string, string[]> = {
  'priority-queue': ['PriorityQueue', 'MinPriorityQueue', 'MaxPriorityQueue'],
  queue: ['Queue'],
  deque: ['Deque'],
  heap: ['Heap', 'MinHeap', 'MaxHeap'],
  stack: ['Stack'],
  'linked-list': ['LinkedList', 'LinkedListNode', 'DoublyLinkedList', 'DoublyLinkedListNode'],
  set: ['EnhancedSet'],
  'binary-search-tree': ['BinarySearchTree', 'BinarySearchTreeNode', 'AvlTree', 'AvlTreeNode'],
  trie: ['Trie', 'TrieNode'],
  graph: ['Graph', 'DirectedGraph'],
};

/** Each global, from its package (loaded by the caller's require: the main context's). */
const GLOBALS: Record<string, (load: NodeJS.Require) => unknown> = {
  ...Object.fromEntries(
    Object.entries(DATA_STRUCTURES).flatMap(([pkg, classes]) =>
      classes.map((name) => [
        name,
        (load: NodeJS.Require) =>
          (load(`@datastructures-js/${pkg}`) as Record<string, unknown>)[name],
      ]),
    ),
  ),
  _: (load) => load('lodash'),
};

export const LEETCODE_GLOBALS = Object.keys(GLOBALS);

/** Where `code` names a global: as a whole word, not a property (`x._` or `a.Queue`). */
const names = (code: string, name: string) =>
  new RegExp(`(?<![\\w$.])${name.replace('$', '\\$')}(?![\\w$])`).test(code);

/** Whether `code` names any of them (the type check then declares them). */
export function namesLeetCodeGlobal(code: string): boolean {
  return LEETCODE_GLOBALS.some((name) => names(code, name));
}

/** Takes them off `global` again, whoever set them last: the next file gets LeetCode's afresh. */
export function withdrawLeetCodeGlobals(global: object): void {
  for (const name of Object.keys(GLOBALS)) Reflect.deleteProperty(global, name);
}

/**
 * Defines them on `global` where it has none of its own (a solution may declare its own Queue).
 * Those `code` names are loaded now, in the grader's time: loading one inside a call (lodash takes
 * tens of milliseconds on a busy machine) could be cut short by the call's clock, and a module
 * stopped half-way would stay in the require cache half made. The rest are loaded on first use.
 */
export function provideLeetCodeGlobals(global: object, code: string, load: NodeJS.Require): void {
  for (const [name, from] of Object.entries(GLOBALS)) {
    if (Object.prototype.hasOwnProperty.call(global, name)) continue;
    // A plain value from then on, which the solution may also replace.
    const settle = (value: unknown) => {
      Object.defineProperty(global, name, { value, writable: true, configurable: true });
      return value;
    };
    if (names(code, name)) settle(from(load));
    else
      Object.defineProperty(global, name, {
        configurable: true,
        get: () => settle(from(load)),
        set: settle,
      });
  }
}
