import { CountingTree } from '../grader/countingTree';
import { EXERCISES, exerciseOfSource } from '../grader/exercises/index';
import { judgeFirstValues, takesFirstValues } from '../grader/firstValues';
import { ProtocolBreach, type Returned } from '../grader/validator';

/*
 * closestFirst's call protocol (firstValues.ts): the engine takes the first k values of the
 * learner's iterator as an answer, calls return() when it stops early, and drains it (one look past
 * the last value) at the tree's size; the judge holds the order and the end.
 */

const sorted = [0, 2, 4, 6, 8, 10, 12];
const tree = CountingTree.balanced(sorted);
const answer = (items: number[]): Returned => ({ kind: 'array', length: items.length, items });

describe('the call', () => {
  function* closestOf(values: readonly number[], target: number, log: string[]) {
    try {
      const byDistance = [...values].sort((a, b) => Math.abs(a - target) - Math.abs(b - target));
      for (const v of byDistance) {
        log.push(`gave ${v}`);
        yield v;
      }
    } finally {
      log.push('finally');
    }
  }

  test('below the tree size: k values, then return() as a break does', () => {
    const log: string[] = [];
    const call = takesFirstValues(() => closestOf(sorted, 5, log));
    expect(call(tree.root, 5, 3)).toEqual([4, 6, 2]);
    expect(log).toEqual(['gave 4', 'gave 6', 'gave 2', 'finally']);
  });

  test('at the tree size: every value, and one look more for the end', () => {
    const log: string[] = [];
    const call = takesFirstValues(() => closestOf(sorted, 5, log));
    expect(call(tree.root, 5, 7)).toHaveLength(7);
    // The generator ran to its end: its finally ran once, after the last value.
    expect(log.at(-1)).toBe('finally');
    expect(log.filter((line) => line === 'finally')).toHaveLength(1);
  });

  test('an iterable, an object with next(), and the root and target it was given', () => {
    const seen: unknown[] = [];
    const array = takesFirstValues((root: unknown, target: number) => {
      seen.push(root === tree.root, target);
      return [4, 6];
    });
    expect(array(tree.root, 5, 2)).toEqual([4, 6]);
    expect(seen).toEqual([true, 5]);
    let i = 0;
    const object = takesFirstValues(() => ({ next: () => ({ value: i++, done: false }) }));
    expect(object(tree.root, 5, 3)).toEqual([0, 1, 2]);
  });

  test('anything else breaks the protocol, in one sentence', () => {
    expect(() => takesFirstValues(() => 42)(tree.root, 5, 1)).toThrow(ProtocolBreach);
    try {
      takesFirstValues(() => 42)(tree.root, 5, 1);
    } catch (breach) {
      expect((breach as ProtocolBreach).reason).toBe(
        'it returned 42, not an iterator (a generator, an object with next(), or an iterable)',
      );
    }
    const badNext = takesFirstValues(() => ({ next: () => 7 }));
    expect(() => badNext(tree.root, 5, 1)).toThrow(ProtocolBreach);
  });
});

describe('the judge', () => {
  test('the k closest, closest first, pass', () => {
    expect(judgeFirstValues(sorted, 5, 3, answer([4, 6, 2]))).toBeNull();
    expect(judgeFirstValues(sorted, 5, 7, answer([4, 6, 2, 8, 0, 10, 12]))).toBeNull();
  });

  test('out of order fails, naming the two values', () => {
    expect(judgeFirstValues(sorted, 5, 3, answer([4, 2, 6]))?.reason).toBe(
      'it gave 2 and then 6, which is closer to the target 5: values must come closest first',
    );
  });

  test('an iterator that ends early, or does not end, fails so', () => {
    expect(judgeFirstValues(sorted, 5, 3, answer([4, 6]))?.reason).toBe(
      'its iterator ended after 2 values; 3 values were asked for',
    );
    expect(judgeFirstValues(sorted, 5, 7, answer([4, 6, 2, 8, 0, 10]))?.reason).toBe(
      'its iterator ended after 6 values; the tree holds 7 values',
    );
    expect(judgeFirstValues(sorted, 5, 7, answer([4, 6, 2, 8, 0, 10, 12, 12]))?.reason).toMatch(
      /^its iterator did not end: it gave a value more than the tree holds \(7 values\)/,
    );
  });

  test("a wrong value is said in the main kata's words, of values given", () => {
    expect(judgeFirstValues(sorted, 5, 2, answer([4, 5.5]))?.reason).toBe(
      'it gave 5.5, which is not in the tree',
    );
  });
});

test('a file is graded as the exercise whose export it declares; the main kata otherwise', () => {
  const [main, first] = EXERCISES;
  expect(exerciseOfSource('export function* closestFirst(root, target) {}')).toBe(first);
  expect(exerciseOfSource('const closestFirst = (root, target) => [];')).toBe(first);
  expect(exerciseOfSource('export { closestFirst };')).toBe(first);
  // A follow-up that reuses a closestKValues of its own is still the follow-up.
  expect(exerciseOfSource('function closestKValues() {}\nfunction closestFirst() {}')).toBe(first);
  expect(exerciseOfSource('function closestKValues(root, target, k) {}')).toBe(main);
  expect(exerciseOfSource('function closestFirstOf() {}')).toBe(main);
  // A local of that name in a main kata solution (leetcodeGlobals.test's pasted heap solution).
  expect(
    exerciseOfSource('function closestKValues(root, target, k) {\n  const closestFirst = [];\n}'),
  ).toBe(main);
});
