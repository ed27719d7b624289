import { LEETCODE_GLOBALS, provideLeetCodeGlobals } from '../grader/leetcodeGlobals';

/* LeetCode's globals, from the packages LeetCode uses, at the major versions it runs. */

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
