/**
 * What the grader must say of a closestFirst zoo solution, tier by tier: 'pass', or why the tier
 * fails:
 * - 'wrongAnswer': wrong values or order, values missing or extra, or not an iterator at all;
 * - 'changedTree': the tree is not as it was, drained or abandoned (threads left behind);
 * - 'threw': the code threw;
 * - 'stackOverflow': the call stack ran out;
 * - 'timeout': a call never returns, or the iterator never ends;
 * - 'growth': lazy: reads grow faster than h to the first value or h + m to m values; space: what
 *   it holds while paused grows faster than h.
 */
export type ExpectedFirst = Record<'correct' | 'edge' | 'lazy' | 'space' | 'deep', string>;
