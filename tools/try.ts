import './pipe';
import { existsSync } from 'node:fs';
import pc from 'picocolors';
import { buildTree, drawTree, type TreeNode } from '../kata/TreeNode';
import type { Exercise } from '../tests/grader/exercises/exercise';
import { EXERCISES, exerciseOfFile, MAIN_EXERCISE } from '../tests/grader/exercises/index';
import { displayPath, fromRoot, resolveAsTyped, solutionFile } from '../tests/grader/paths';
import type { TryQuery } from '../tests/grader/process/protocol';
import { gradeInProcess } from '../tests/grader/process/supervisor';
import { DEFAULT_SEED } from '../tests/grader/seed';
import { GradingStatus } from '../tests/grader/statusLine';
import { count, thousands } from '../tests/grader/validator';
import { exerciseArgument, parseCommand, stop, usageError } from './cli';
import { fit, fitWidth } from '../tests/grader/terminalText';

/*
 * LeetCode's "run on my input": one call of your function on a tree, target and k of your own,
 * guarded like any graded call (in a grading process of its own), with the tree drawn, the answer,
 * whether it is valid (and one correct answer when not), what the call printed and the reads.
 */

/** Follow-ups asked for k values as the main kata is (their calls take the main form). */
const kValuesFollowUps = EXERCISES.filter(
  (e) => e !== MAIN_EXERCISE && e.protocol !== 'closestFirst',
);

const spec = {
  name: 'try',
  usage: [
    'usage: npm run try -- "<level-order array>" <target> <k> [--file <file>]',
    '  e.g. npm run try -- "[4,2,5,1,3]" 3.714286 2',
    '  the array as on LeetCode: level order, null for a missing child; the tree must',
    '  be a binary search tree (equal values on either side); 1 <= k <= its nodes',
    '   or: npm run try -- closestFirst "<level-order array>" <target> [<m>]',
    '         [--file <file>]',
    '  e.g. npm run try -- closestFirst "[4,2,5,1,3]" 3.714286 2',
    '  the follow-up: the first m values your iterator gives (all when m is left',
    '  out), from kata/closestFirst.ts, or from <file> (a file exporting closestFirst',
    '  needs no closestFirst before the array)',
    ...kValuesFollowUps.map(
      (e) =>
        `   or: npm run try -- ${e.id} "<level-order array>" <target> <k> [--file <file>]\n` +
        `         the main form, on ${e.kataFile} or <file>`,
    ),
  ].join('\n'),
  options: { file: { type: 'string' } },
  positionals: 4,
} as const;

const BOUND = 1e9;
/** Trees up to this many nodes are drawn; larger ones are shown as their level order. */
const DRAWN = 63;

interface Input {
  query: TryQuery;
  file: string;
  root: TreeNode;
  exercise: Exercise;
  /** For a follow-up: whether m was left out (every value, then the end). */
  drains: boolean;
}

/** The exercise: named first, else the file's (--file), else the main kata. */
function exerciseOf(named: Exercise | undefined, file: string | undefined): Exercise {
  const ofFile = file === undefined ? undefined : exerciseOfFile(file);
  if (named && ofFile && ofFile !== named) {
    usageError(
      spec,
      `${displayPath(file!)} is written for ${ofFile.id}, not ${named.id} (it exports ${ofFile.exportName})`,
    );
  }
  return named ?? ofFile ?? MAIN_EXERCISE;
}

function parseInput(): Input {
  const { values, positionals } = parseCommand(spec);
  const named = exerciseArgument(positionals);
  const chosen = values.file ? resolveAsTyped(values.file) : undefined;
  if (chosen !== undefined && !existsSync(chosen)) {
    usageError(spec, `${displayPath(chosen)} does not exist`);
  }
  // Named only when a name was typed (the rest is then shorter).
  const exercise = exerciseOf(
    named.rest.length < positionals.length ? named.exercise : undefined,
    chosen,
  );
  // Asked for k values (the main form), or for the first m values of an iterator.
  const main = exercise.protocol !== 'closestFirst';
  const rest = named.rest;
  if (main ? rest.length !== 3 : rest.length < 2 || rest.length > 3) {
    usageError(
      spec,
      main
        ? `it takes three arguments: the tree, the target and k`
        : `${exercise.id} takes the tree, the target and, if you like, m`,
    );
  }
  const [treeText, targetText, kText] = rest;
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
  const drains = kText === undefined;
  const k = drains ? n : Number(kText);
  const letter = main ? 'k' : 'm';
  if (!Number.isInteger(k) || k < 1 || k > n) {
    usageError(
      spec,
      `${letter} must be a whole number from 1 to ${n} (the tree's nodes), not ${kText}`,
    );
  }
  const file =
    chosen ?? (exercise === MAIN_EXERCISE ? solutionFile() : fromRoot(exercise.kataFile));
  if (!existsSync(file)) usageError(spec, `${displayPath(file)} does not exist`);
  const query = { levelOrder: levelOrder as (number | null)[], target, k };
  return { query, file, root, exercise, drains };
}

/** What the call was, what it gave, and what valid means, in the exercise's words. */
function wordsFor({ exercise, query, drains }: Input) {
  if (exercise.protocol !== 'closestFirst') {
    const args = `${query.target}, ${query.k}`;
    return {
      call:
        exercise.protocol === 'kValues'
          ? `${exercise.exportName}(root, ${args})`
          : `new ${exercise.exportName}(root).closestKValues(${args})`,
      returned: 'returned:        ',
      valid: 'valid: these are k values closest to the target',
      correct: 'a correct answer:',
    };
  }
  const asked = drains ? 'every value' : `the first ${count(query.k, 'value')}`;
  return {
    call: `${exercise.exportName}(root, ${query.target}), ${asked}`,
    returned: 'it gave:         ',
    valid: drains
      ? 'valid: every value once, closest first, and then the end'
      : `valid: the ${count(query.k, 'value')} closest to the target, closest first`,
    correct: 'closest first:   ',
  };
}

async function main(): Promise<number> {
  const input = parseInput();
  const { query, file, root, exercise } = input;
  const words = wordsFor(input);
  const c = pc.createColors(pc.isColorSupported);
  const width = fitWidth();
  /** A line fitted to the terminal's width (as it is for a pipe); the tree is drawn as it is. */
  const say = (text: string) => console.log(fit(text, width));
  const nodes = query.levelOrder.filter((v): v is number => v !== null);
  say(c.bold(`${words.call}, from ${displayPath(file)}`));
  say('');
  console.log(
    nodes.length <= DRAWN
      ? drawTree(root)
      : `a tree of ${count(nodes.length, 'node')}: ${JSON.stringify(query.levelOrder).slice(0, 200)}`,
  );
  console.log('');
  // A call that loops runs to its time limit: a terminal sees that it is running meanwhile.
  const status = new GradingStatus({ tiers: [] }, undefined, `running ${exercise.exportName}…`);
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
  say(`${words.returned} ${tried.got ?? '(nothing)'}`);
  if (tried.passed) say(c.green(words.valid));
  else {
    say(`${words.correct} [${tried.correct.join(', ')}]`);
    say(c.red(`not valid: ${tried.reason}`));
  }
  const read = nodes
    .map((value, i) => [value, tried.readsPerNode[i]] as const)
    .filter(([, reads]) => reads > 0);
  // An index's build is not counted with its query (as in npm test, whose build tier counts it).
  const whose = exercise.protocol === 'index' ? ' by the query (the build is not counted)' : '';
  say(
    `reads: ${count(tried.reads, 'read')} of val, left and right${whose}, on ${thousands(read.length)} of ${count(nodes.length, 'node')}`,
  );
  if (nodes.length <= DRAWN && read.length > 0) {
    say(c.dim(`  per node: ${read.map(([value, reads]) => `${value} ×${reads}`).join(', ')}`));
  }
  return tried.passed ? 0 : 1;
}

main().then((code) => process.exit(code));
