// Eager, plain-JS flavour: a breadth-first walk puts every value into a queue, the queue is
// sorted by distance and handed back through an object whose [Symbol.iterator] walks it. The
// order is right and nothing recurses (correct, edge, deep pass); every node is read before the
// first value (lazy: growth) and the array of all values is held while paused (space: growth).
import type { ExpectedFirst } from './expected';

export const expected: ExpectedFirst = {
  correct: 'pass',
  edge: 'pass',
  lazy: 'growth',
  space: 'growth',
  deep: 'pass',
};

export function closestFirst(root: any, target: any) {
  const queue: any[] = [];
  if (root) queue.push(root);
  const values: any[] = [];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    values.push(node.val);
    if (node.left) queue.push(node.left);
    if (node.right) queue.push(node.right);
  }
  values.sort((a, b) => Math.abs(a - target) - Math.abs(b - target));
  return {
    [Symbol.iterator]: function* () {
      for (let i = 0; i < values.length; i++) yield values[i];
    },
  };
}
