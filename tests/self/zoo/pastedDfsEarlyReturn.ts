// Pasted as found in a public repository (untyped parameters and all): an in-order walk that keeps
// a window of k and returns from a node no closer than the window's oldest, skipping its right
// subtree. Accepted on LeetCode's unique values; here a duplicate of the window's oldest stops it
// before a closer value. Its shrunk case once read as a near-tie ("a comparison with a tolerance
// calls it a tie") though the code has no tolerance: the case shown must name the duplicate.
// says: it left out
// says: note that the tree holds
// never says: calls a tie
import type { Expected } from './expected';

export const expected: Expected = {
  correct: 'wrongAnswer',
  edge: 'wrongAnswer',
  linear: 'pass',
  sublinear: 'growth',
  optimal: 'growth',
  space: 'pass',
  deep: 'stackOverflow',
};

function closestKValues(node, target, k) {
  const result = [];
  dfs(node, target, k, result);
  return result;
}

function dfs(node, target, k, result) {
  if (!node) {
    return;
  }
  dfs(node.left, target, k, result);
  if (result.length < k) {
    result.push(node.val);
  } else if (Math.abs(node.val - target) < Math.abs(result[0] - target)) {
    result.shift();
    result.push(node.val);
  } else {
    return;
  }
  dfs(node.right, target, k, result);
}
