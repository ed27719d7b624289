import { type CountingNode, CountingTree, uncounted } from '../countingTree';
import { describeThrown, type GuardOutcome } from '../guard';
import { power } from '../growth';
import type { Solution } from '../solution';
import { limitsFor, runTrial, type CallLimits } from '../trial';
import { balancedLayoutOf } from '../workloads';
import { failedMeasurement, type CheckFailureKind, type CheckResult } from './tier';

/*
 * What ClosestIndex's own checks (queries.ts, indexSpace.ts) share: an index built on a balanced
 * tree of n nodes by its first query, judged as any call is, and what they say when the queries
 * asked of it after that do not finish.
 */

export const INDEX_K = 4;

/**
 * Makes every node object of the tree (uncounted) before the index is built on it, so that what
 * the build's call adds is the learner's: the space check's bytes, and the memory watch's growth
 * of that call (2^20 node objects are the grader's, not the index's).
 */
export function makeEveryNode(tree: CountingTree): void {
  uncounted(() => {
    const stack: CountingNode[] = [tree.root];
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (node.left) stack.push(node.left);
      if (node.right) stack.push(node.right);
    }
  });
}

/**
 * A balanced tree of n nodes and the index built on it by a first query (indexCalls.ts), or the
 * failed check when that call fails (a wrong answer says so here). `before` runs on the tree before
 * that call (the space check makes every node object first, and settles the heap).
 */
export function indexOnTree(
  solution: Solution,
  n: number,
  check: string,
  target: number,
  limits: CallLimits = limitsFor(n),
  before: (tree: CountingTree) => void = () => {},
): { ok: true; tree: CountingTree } | { ok: false; result: CheckResult } {
  const { layout, sorted } = balancedLayoutOf(n);
  const tree = new CountingTree(layout);
  before(tree);
  const first = runTrial(solution, tree, sorted, target, INDEX_K, limits);
  if (first.passed) return { ok: true, tree };
  const message = `at n = ${power(n)}, the build and a first query: ${first.reason}`;
  return { ok: false, result: failedMeasurement(check, { trial: first, message }) };
}

/** A check failed by queries asked after the build that did not finish: why, and its kind. */
export function unfinishedQueries(
  check: string,
  n: number,
  outcome: Exclude<GuardOutcome<unknown>, { status: 'ok' }>,
): CheckResult {
  const [kind, what]: [CheckFailureKind, string] =
    outcome.status === 'threw'
      ? ['threw', `a query threw ${describeThrown(outcome.error)}`]
      : outcome.status === 'stackOverflow'
        ? ['stackOverflow', 'a query overflowed the call stack']
        : [
            'timeout',
            `its queries did not finish within ${(outcome.timeoutMs / 1000).toFixed(1)} s`,
          ];
  const message = `at n = ${power(n)}: ${what}`;
  return { name: check, passed: false, kind, message, figure: message };
}
