import './pipe';
import { existsSync } from 'node:fs';
import pc from 'picocolors';
import { buildTree, drawTree, type TreeNode } from '../kata/TreeNode';
import { MAIN_EXERCISE } from '../tests/grader/exercises/index';
import { displayPath, resolveAsTyped, solutionFile } from '../tests/grader/paths';
import type { TryQuery } from '../tests/grader/process/protocol';
import { gradeInProcess } from '../tests/grader/process/supervisor';
import { DEFAULT_SEED } from '../tests/grader/seed';
import { GradingStatus } from '../tests/grader/statusLine';
import { count } from '../tests/grader/validator';
import { parseCommand, stop, usageError } from './cli';
import { fit, fitWidth } from '../tests/grader/terminalText';

/*
 * LeetCode's "run on my input": one call of your function on a tree, target and k of your own,
 * guarded like any graded call (in a grading process of its own), with the tree drawn, the answer,
 * whether it is valid (and one correct answer when not), what the call printed and the reads.
 */

const spec = {
  name: 'try',
  usage: [
    'usage: npm run try -- "<level-order array>" <target> <k> [--file <file>]',
    '  e.g. npm run try -- "[4,2,5,1,3]" 3.714286 2',
    '  the array as on LeetCode: level order, null for a missing child; the tree must be a',
    '  binary search tree (equal values on either side); 1 <= k <= the number of nodes',
  ].join('\n'),
  options: { file: { type: 'string' } },
  positionals: 3,
} as const;

const BOUND = 1e9;
/** Trees up to this many nodes are drawn; larger ones are shown as their level order. */
const DRAWN = 63;

function parseInput(): { query: TryQuery; file: string; root: TreeNode } {
  const { values, positionals } = parseCommand(spec);
  if (positionals.length < 3) {
    usageError(spec, 'it takes three arguments: the tree, the target and k');
  }
  const [treeText, targetText, kText] = positionals;
  let levelOrder: unknown;
  try {
    levelOrder = JSON.parse(treeText);
  } catch {
    usageError(spec, `the tree ${treeText} is not an array such as [4,2,5,1,3] (null for no node)`);
  }
  if (!Array.isArray(levelOrder) || levelOrder.length === 0) {
    usageError(spec, `the tree ${treeText} is not a non-empty array such as [4,2,5,1,3]`);
  }
  const bad = levelOrder.findIndex(
    (v) => v !== null && !(Number.isInteger(v) && Math.abs(v as number) <= BOUND),
  );
  if (bad >= 0) {
    usageError(
      spec,
      `entry ${bad} of the tree (${JSON.stringify(levelOrder[bad])}) is not a whole number from -10^9 to 10^9, or null`,
    );
  }
  let root: TreeNode | null = null;
  try {
    root = buildTree(levelOrder as (number | null)[]);
  } catch (error) {
    usageError(
      spec,
      `the tree ${treeText}: ${(error as Error).message.replace(/^buildTree: /, '')}`,
    );
  }
  if (!root) usageError(spec, 'the tree has no nodes: its root is null');
  const n = levelOrder.filter((v) => v !== null).length;
  const target = Number(targetText);
  if (targetText.trim() === '' || !Number.isFinite(target) || Math.abs(target) > BOUND) {
    usageError(spec, `the target ${targetText} is not a number from -10^9 to 10^9`);
  }
  const k = Number(kText);
  if (!Number.isInteger(k) || k < 1 || k > n) {
    usageError(spec, `k must be a whole number from 1 to ${n} (the tree's nodes), not ${kText}`);
  }
  const file = values.file ? resolveAsTyped(values.file) : solutionFile();
  if (!existsSync(file)) usageError(spec, `${displayPath(file)} does not exist`);
  return { query: { levelOrder: levelOrder as (number | null)[], target, k }, file, root };
}

async function main(): Promise<number> {
  const { query, file, root } = parseInput();
  const c = pc.createColors(pc.isColorSupported);
  const width = fitWidth();
  /** A line fitted to the terminal's width (as it is for a pipe); the tree is drawn as it is. */
  const say = (text: string) => console.log(fit(text, width));
  const nodes = query.levelOrder.filter((v): v is number => v !== null);
  say(
    c.bold(
      `${MAIN_EXERCISE.exportName}(root, ${query.target}, ${query.k}), from ${displayPath(file)}`,
    ),
  );
  say('');
  console.log(
    nodes.length <= DRAWN
      ? drawTree(root)
      : `a tree of ${count(nodes.length, 'node')}: ${JSON.stringify(query.levelOrder).slice(0, 200)}`,
  );
  console.log('');
  // A call that loops runs to its time limit: a terminal sees that it is running meanwhile.
  const status = new GradingStatus(
    { tiers: [] },
    undefined,
    `running ${MAIN_EXERCISE.exportName}…`,
  );
  const run = await gradeInProcess(file, DEFAULT_SEED, { tiers: [], tryOne: query });
  status.stop();
  if (!run.loaded.ok) stop(spec.name, run.loaded.reason);
  const tried = run.tried;
  if (!tried) stop(spec.name, run.lateFault ?? 'the call did not come back');
  if (tried.output.total > 0) {
    say(c.dim(`it printed (${count(tried.output.total, 'line')}):`));
    for (const line of tried.output.lines) say(c.dim(`  ${line}`));
    if (tried.output.total > tried.output.lines.length) {
      say(c.dim(`  … ${count(tried.output.total - tried.output.lines.length, 'more line')}`));
    }
  }
  say(`returned:         ${tried.got ?? '(nothing)'}`);
  if (tried.passed) say(c.green('valid: these are k values closest to the target'));
  else {
    say(`a correct answer: [${tried.correct.join(', ')}]`);
    say(c.red(`not valid: ${tried.reason}`));
  }
  const read = nodes
    .map((value, i) => [value, tried.readsPerNode[i]] as const)
    .filter(([, reads]) => reads > 0);
  say(
    `reads: ${count(tried.reads, 'read')} of val, left and right, on ${read.length} of ${count(nodes.length, 'node')}`,
  );
  if (nodes.length <= DRAWN && read.length > 0) {
    say(c.dim(`  per node: ${read.map(([value, reads]) => `${value} ×${reads}`).join(', ')}`));
  }
  return tried.passed ? 0 : 1;
}

main().then((code) => process.exit(code));
