import { buildTree } from '../../kata/TreeNode';
import { CountingTree, TracedNode } from './countingTree';
import type { Tried, TryQuery } from './process/protocol';
import { fromTreeNode, inOrder } from './shape';
import type { Solution } from './solution';
import { limitsFor, runTrial } from './trial';
import { closestK } from './validator';

/**
 * One call of the learner's function on their own input (npm run try), guarded and judged like
 * any graded call, with the reads it made on each node. The input was checked by the command: a
 * valid search tree, a finite target, 1 <= k <= n.
 */
export function tryOne(solution: Solution, query: TryQuery): Tried {
  const shape = fromTreeNode(buildTree(query.levelOrder)!);
  const sorted = [...inOrder(shape)].sort((a, b) => a - b);
  const tree = new CountingTree({ ...shape, root: 0 }, TracedNode);
  const n = shape.vals.length;
  const trial = runTrial(solution, tree, sorted, query.target, query.k, limitsFor(n));
  return {
    passed: trial.passed,
    got: trial.passed ? `[${trial.values!.join(', ')}]` : trial.got,
    reason: trial.reason,
    correct: closestK(sorted, query.target, query.k),
    reads: trial.reads,
    readsPerNode: shape.vals.map((_, i) => TracedNode.readsOf(tree.nodeAt(i))),
    output: trial.output,
  };
}
