import './pipe';
import pc from 'picocolors';
import type { TreeNode } from '../kata/TreeNode';
import { balanced, evenValues, seededRandom } from '../tests/grader/generators';
import { toTreeNode } from '../tests/grader/shape';
import { loadSolution, type SolutionFn } from '../tests/grader/solution';
import { parseCommand, usageError } from './cli';
import { loadReferences } from './references';
import { microsPerCall } from '../tests/grader/timing';

/*
 * npm run bench: times every reference on a balanced tree of 10^6 nodes (k = 10, 1,024 seeded
 * targets across the range), median of repeated batches, beside one full traversal of the tree:
 * the cost any O(n) solution pays at least. Timings are for this report only, never for a grade.
 * npm run bench -- --grader times the grader's own commands instead (benchGrader.ts);
 * `-- --nodes N` another size of tree (the self-test's smaller one).
 */

const spec = {
  name: 'bench',
  usage: [
    'usage: npm run bench [-- --nodes N | --grader [--runs R]]',
    '  times every reference on a balanced tree of N nodes (default 1,000,000)',
    "  --grader: times the grader's own commands instead, R runs each (default 5)",
  ].join('\n'),
  options: { nodes: { type: 'string' }, grader: { type: 'boolean' }, runs: { type: 'string' } },
  positionals: 0,
} as const;
const { values } = parseCommand(spec);

function nodesAsked(): number {
  if (values.nodes === undefined) return 1_000_000;
  const n = Number(values.nodes);
  if (!Number.isInteger(n) || n < 1 || n > 4_000_000) {
    usageError(spec, '--nodes takes a whole number from 1 to 4,000,000');
  }
  return n;
}

const K = 10;
/** Batches of at least this long, timed this many times; the median is shown. */
const BATCH_MS = 20;
const ROUNDS = 7;

function traverse(node: TreeNode | null): number {
  let sum = 0;
  const stack: TreeNode[] = [];
  while (node || stack.length > 0) {
    while (node) {
      stack.push(node);
      node = node.left;
    }
    node = stack.pop()!;
    sum += node.val;
    node = node.right;
  }
  return sum;
}

function benchReferences(): void {
  const N = nodesAsked();
  const sorted = evenValues(N);
  const root = toTreeNode(balanced(sorted));
  const random = seededRandom(11);
  const targets = Array.from({ length: 1024 }, () => (random() * 2 - 1) * N);

  const traversal = microsPerCall(() => traverse(root), ROUNDS, BATCH_MS);
  console.log(
    pc.bold(
      `Balanced tree of ${N.toLocaleString('en-US')} nodes, k = ${K}, median of ${ROUNDS} batches`,
    ),
  );
  console.log(
    `  ${'full traversal (the floor of any O(n) solution)'.padEnd(50)} ${format(traversal)}`,
  );
  console.log('');
  console.log(
    `  ${'reference'.padEnd(16)} ${'time per query'.padStart(16)}   speed-up over a full traversal`,
  );
  for (const reference of loadReferences()) {
    const loaded = loadSolution(reference.file);
    if (!loaded.ok) throw new Error(loaded.reason);
    const fn: SolutionFn = loaded.solution.fn;
    const micros = microsPerCall((i) => fn(root, targets[i % targets.length], K), ROUNDS, BATCH_MS);
    const speedUp = traversal / micros;
    const ratio =
      speedUp >= 1
        ? `${Math.round(speedUp).toLocaleString('en-US')}x faster`
        : `${(1 / speedUp).toFixed(1)}x slower`;
    console.log(`  ${reference.name.padEnd(16)} ${format(micros).padStart(16)}   ${ratio}`);
  }
}

function format(micros: number): string {
  return micros >= 1000 ? `${(micros / 1000).toFixed(1)} ms` : `${micros.toFixed(2)} µs`;
}

// npm run bench -- --grader: the grader's own commands instead (benchGrader.ts).
// eslint-disable-next-line @typescript-eslint/no-require-imports
if (values.grader) require('./benchGrader');
else benchReferences();
