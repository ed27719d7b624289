import { CountingNode } from './countingTree';
import {
  count,
  describeValue,
  distance,
  isClosestWindow,
  judgeAnswer,
  ProtocolBreach,
  type AnswerJudge,
} from './validator';

/*
 * closestFirst's call protocol (exercises/closestFirst.ts), as the engine calls every solution:
 * with (root, target, k), for an answer. The learner's function is called with (root, target); the
 * first k values its iterator gives are the answer, in the order given. Below the tree's size the
 * caller then stops, as a `for...of` loop's `break` does: it calls the iterator's return(), if it
 * has one (a Morris iterator undoes its threads there). At the tree's size it drains: it asks once
 * more, and the iterator must say it is done. So every engine tier grades the iterator: correct
 * and edge its first k values, optimal its reads for them (its lazy tier), space what it holds
 * while giving them, deep both on long paths.
 */

// Taken before any learner code runs: the learner may replace Array.prototype's methods.
const { apply, defineProperty } = Reflect;

/** The engine's call of a closestFirst: the first k values, all of them at the tree's size. */
export function takesFirstValues(
  closestFirst: (...args: never[]) => unknown,
): (root: unknown, target: number, k: number) => unknown[] {
  return (root, target, k) => {
    // An empty tree is drained at once: its iterator's first next() must say done.
    const size =
      root === null ? 0 : root instanceof CountingNode ? CountingNode.sizeOfTreeOf(root) : null;
    const drains = k === size;
    const iterator = iteratorOf(apply(closestFirst, undefined, [root, target]));
    const values: unknown[] = [];
    while (values.length < (drains ? k + 1 : k)) {
      const step: unknown = apply(iterator.next, iterator, []);
      if (typeof step !== 'object' || step === null) {
        throw new ProtocolBreach(
          `its iterator's next() returned ${describeValue(step)}, not an object { value, done }`,
        );
      }
      if ((step as IteratorResult<unknown>).done) break;
      defineProperty(values, values.length, {
        value: (step as IteratorResult<unknown>).value,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    }
    if (!drains && typeof iterator.return === 'function') apply(iterator.return, iterator, []);
    return values;
  };
}

function iteratorOf(made: unknown): { next: () => unknown; return?: () => unknown } {
  const object = typeof made === 'object' || typeof made === 'function' ? made : null;
  const it = object as Partial<Iterator<unknown> & Iterable<unknown>> | null;
  if (it && typeof it.next === 'function') return it as Iterator<unknown>;
  if (it && typeof it[Symbol.iterator] === 'function') {
    const iterator: unknown = apply(it[Symbol.iterator]!, it, []);
    if (
      typeof iterator === 'object' &&
      iterator !== null &&
      typeof (iterator as Iterator<unknown>).next === 'function'
    ) {
      return iterator as Iterator<unknown>;
    }
  }
  throw new ProtocolBreach(
    `it returned ${describeValue(made)}, not an iterator (a generator, an object with next(), or an iterable)`,
  );
}

/**
 * The first k values given, judged: k values (all of them, and no more, when k is the tree's
 * size), as a set the k closest (all numbers, then), each no farther from the target than the next.
 */
export const judgeFirstValues: AnswerJudge = (sorted, target, k, returned) => {
  if (returned.kind !== 'array') return judgeAnswer(sorted, target, k, returned);
  const n = sorted.length;
  if (k === n && returned.length > n) {
    return {
      reason:
        `its iterator did not end: it gave a value more than the tree holds ` +
        `(${count(n, 'value')}); once every value is given, next() must say done`,
    };
  }
  if (returned.length < k) {
    const asked =
      k === n ? `the tree holds ${count(n, 'value')}` : `${count(k, 'value')} were asked for`;
    return { reason: `its iterator ended after ${count(returned.length, 'value')}; ${asked}` };
  }
  const items = returned.items;
  const wrong = isClosestWindow(sorted, target, k, items)
    ? null
    : judgeAnswer(sorted, target, k, returned);
  // The main kata's words for an answer ("it returned 5 twice"), said of values given one by one.
  if (wrong) return { ...wrong, reason: wrong.reason.replace(/\breturned\b/g, 'gave') };
  for (let i = 1; i < items.length; i++) {
    const [before, after] = [items[i - 1] as number, items[i] as number];
    if (distance(after, target) < distance(before, target)) {
      return {
        reason:
          `it gave ${before} and then ${after}, which is closer to the target ${target}: ` +
          'values must come closest first',
      };
    }
  }
  return null;
};
