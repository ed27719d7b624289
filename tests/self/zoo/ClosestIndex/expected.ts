/**
 * What the grader must say of a ClosestIndex zoo solution, tier by tier: 'pass', or why the tier
 * fails:
 * - 'wrongAnswer': a wrong answer to some query, a later query's included (one that an earlier
 *   query changed);
 * - 'changedTree': the tree is not as it was after the constructor or after a query;
 * - 'threw': the constructor or a query threw;
 * - 'stackOverflow': the call stack ran out;
 * - 'timeout': the constructor or a query never returns;
 * - 'readLimit': it read far more nodes than any honest index could;
 * - 'growth': build: the constructor's reads grow faster than n; query: a query's reads (or, on
 *   the index's own arrays, its CPU time) grow faster than log n + k; space: what the index keeps
 *   grows with the number of queries asked, or faster than n.
 */
export type ExpectedIndex = Record<
  'correct' | 'edge' | 'build' | 'query' | 'space' | 'deep',
  string
>;
