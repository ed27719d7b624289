// Valid, plain-JS flavour: an object with next() and [Symbol.iterator] that always works out the
// value after the one it returns ("so hasNext is cheap"): one value read ahead, a constant per
// value, so reads stay O(h + m) and the stacks O(h); a caller's break just drops it. I expect every
// tier to pass: reading one value ahead is not reading the tree ahead.
import type { ExpectedFirst } from './expected';

export const expected: ExpectedFirst = {
  correct: 'pass',
  edge: 'pass',
  lazy: 'pass',
  space: 'pass',
  deep: 'pass',
};

// complexity: O(h) first value, O(1) amortised per value, O(h) space

export function closestFirst(root: any, target: any) {
  const lt: any[] = [];
  const ge: any[] = [];
  let n = root;
  while (n) {
    if (n.val < target) {
      lt.push(n);
      n = n.right;
    } else {
      ge.push(n);
      n = n.left;
    }
  }
  function advance(): any {
    const a = lt.length ? lt[lt.length - 1] : null;
    const b = ge.length ? ge[ge.length - 1] : null;
    if (!a && !b) return { done: true, value: undefined };
    if (a && (!b || target - a.val <= b.val - target)) {
      lt.pop();
      for (let c = a.left; c; c = c.right) lt.push(c);
      return { done: false, value: a.val };
    }
    ge.pop();
    for (let c = b.right; c; c = c.left) ge.push(c);
    return { done: false, value: b.val };
  }
  let ahead = advance();
  return {
    next() {
      const now = ahead;
      if (!now.done) ahead = advance();
      return now;
    },
    [Symbol.iterator]() {
      return this;
    },
  };
}
