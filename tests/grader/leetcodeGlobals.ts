/*
 * What LeetCode's JavaScript and TypeScript environment gives every solution without an import,
 * from the same packages: PriorityQueue, MinPriorityQueue and MaxPriorityQueue
 * (@datastructures-js/priority-queue 6, where dequeue() gives the value itself; v5 gave
 * { element, priority }), Queue (@datastructures-js/queue 4), Deque (@datastructures-js/deque 1)
 * and lodash as `_`. Each is loaded on first use: a grading process whose solution never names
 * them never pays for them (lodash alone costs a process ~20 ms).
 */

/** Each global, from its package (loaded by the caller's require: the main context's). */
const GLOBALS: Record<string, (load: NodeJS.Require) => unknown> = {
  PriorityQueue: (load) => priorityQueues(load).PriorityQueue,
  MinPriorityQueue: (load) => priorityQueues(load).MinPriorityQueue,
  MaxPriorityQueue: (load) => priorityQueues(load).MaxPriorityQueue,
  Queue: (load) => (load('@datastructures-js/queue') as { Queue: unknown }).Queue,
  Deque: (load) => (load('@datastructures-js/deque') as { Deque: unknown }).Deque,
  _: (load) => load('lodash'),
};

const priorityQueues = (load: NodeJS.Require) =>
  load('@datastructures-js/priority-queue') as Record<string, unknown>;

export const LEETCODE_GLOBALS = Object.keys(GLOBALS);

/** Where `code` names a global: as a whole word, not a property (`x._` or `a.Queue`). */
const names = (code: string, name: string) =>
  new RegExp(`(?<![\\w$.])${name.replace('$', '\\$')}(?![\\w$])`).test(code);

/** Whether `code` names any of them (the type check then declares them). */
export function namesLeetCodeGlobal(code: string): boolean {
  return LEETCODE_GLOBALS.some((name) => names(code, name));
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
