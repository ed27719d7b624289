import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TreeNode } from '../../kata/TreeNode';
import { CountingNode, plainCopy } from './countingTree';
import { describeThrown, runFairly, type CapturedOutput } from './guard';
import {
  changedIntrinsic,
  changedIntrinsicReason,
  noteIntrinsics,
  restoreIntrinsics,
} from './intrinsics';
import {
  CompileError,
  compiledSolution,
  evaluateSolution,
  mainGlobal,
  realRequire,
} from './loader';
import { provideLeetCodeGlobals, withdrawLeetCodeGlobals } from './leetcodeGlobals';
import { exerciseOfFile } from './exercises/index';
import type { Exercise } from './exercises/exercise';
import { judgeFirstValues, takesFirstValues } from './firstValues';
import { builds, queries } from './indexCalls';
import type { AnswerJudge } from './validator';
import { DEFAULT_SOLUTION, displayPath } from './paths';

/** The learner's function as the grader calls it (the main kata's call protocol). */
export type SolutionFn = (root: TreeNode | null, target: number, k: number) => unknown;

export interface Solution {
  /** The learner's export, called as the engine calls every exercise (its call protocol). */
  readonly fn: SolutionFn;
  /** Absolute path of the file graded. */
  readonly file: string;
  /** The exercise it answers; the main kata when absent (the engine's own known solutions). */
  readonly exercise?: Exercise;
  /** How its answers are judged, where its exercise judges its own way (firstValues.ts). */
  readonly judge?: AnswerJudge;
  /** Its protocol's other calls, by name, for the tiers that make them (exercise.ts `runs`). */
  readonly calls?: Readonly<Record<string, SolutionFn>>;
}

/** A file loaded or not, with what its top level printed (shown once, not once per tier). */
export type Loaded =
  | { ok: true; solution: Solution; output: CapturedOutput }
  | { ok: false; file: string; reason: string; output: CapturedOutput };

const LOAD_TIMEOUT_MS = 2000;

/**
 * Loads a solution file under the guard: top-level code that loops forever, throws or does not
 * compile ends in a reason, never a hang.
 */
export function loadSolution(given: string): Loaded {
  const file = path.resolve(given);
  const shown = displayPath(file);
  let output: CapturedOutput = { lines: [], total: 0 };
  const fail = (reason: string): Loaded => ({ ok: false, file, reason, output });
  if (!existsSync(file)) return fail(`${shown} does not exist${resetNote(file)}`);
  // LeetCode declares TreeNode for you; pasted code that says `new TreeNode(...)` finds it here,
  // and its priority queues, queues, deques and lodash too.
  (mainGlobal as { TreeNode?: unknown }).TreeNode ??= TreeNode;
  cloneNodesAsPlain();
  noteIntrinsics();
  const exercise = exerciseOfFile(file);
  let code: string;
  try {
    code = compiledSolution(file);
  } catch (error) {
    if (!(error instanceof CompileError)) throw error;
    return fail(`${shown}: ${error.message}`);
  }
  provideLeetCodeGlobals(mainGlobal, code, realRequire);
  // What the top level throws is read (its message, its getters) while the guard still holds.
  const guarded = runFairly(
    () => {
      let exports: Record<string, unknown> | null;
      try {
        exports = evaluateSolution(file, code) as Record<string, unknown> | null;
      } catch (error) {
        return { thrown: describeThrown(error, 6), found: null, changed: changedIntrinsic() };
      }
      // Read under the guard too: the exports are the learner's object, getters and all.
      return {
        thrown: null,
        found: solutionIn(exports, exercise.exportName),
        changed: changedIntrinsic(),
      };
    },
    LOAD_TIMEOUT_MS,
    restoreIntrinsics,
  );
  const { outcome } = guarded;
  output = guarded.output;
  const restored =
    outcome.status !== 'ok' || outcome.value.changed !== null ? restoreIntrinsics() : true;
  if (outcome.status === 'timeout') {
    return fail(
      `loading ${shown} did not finish within ${LOAD_TIMEOUT_MS / 1000} s: is there an endless loop at top level?`,
    );
  }
  if (outcome.status === 'stackOverflow') return fail(`loading ${shown} overflowed the stack`);
  if (outcome.status === 'threw') throw outcome.error; // the grader's own failure
  if (outcome.value.thrown !== null) {
    if (/Maximum call stack size exceeded/.test(outcome.value.thrown)) {
      return fail(`loading ${shown} overflowed the stack`);
    }
    return fail(`loading ${shown} failed: it threw ${outcome.value.thrown}`);
  }
  if (outcome.value.changed !== null) {
    return fail(changedIntrinsicReason(outcome.value.changed, `loading ${shown}`, restored));
  }
  const { fn, names, functions } = outcome.value.found!;
  if (fn) {
    const solution: Solution =
      exercise.protocol === 'closestFirst'
        ? { fn: takesFirstValues(fn), file, exercise, judge: judgeFirstValues }
        : exercise.protocol === 'index'
          ? { fn: queries(fn as never), file, exercise, calls: { build: builds(fn as never) } }
          : { fn, file, exercise };
    return { ok: true, solution, output };
  }
  if (readFileSync(file, 'utf8').trim() === '') {
    return fail(`${shown} is empty${resetNote(file)}`);
  }
  const found = names.length > 0 ? ` (it exports: ${names.join(', ')})` : '';
  const meant = nearestName(functions, exercise.exportName);
  const { exportName, declaration } = exercise;
  return fail(
    `${shown} has no function named ${exportName}${found}; ` +
      (meant
        ? `did you mean ${meant}? Name it ${exportName}`
        : `write \`${declaration}\` (with or without export)`),
  );
}

/** Where the kata's own file is gone or blank, the command that puts the stub back. */
function resetNote(file: string): string {
  return file === DEFAULT_SOLUTION
    ? ': npm run reset puts the stub back (an attempt in it is saved in attempts/ first)'
    : '';
}

/**
 * The exported function the learner most likely meant as the exercise's export: the one whose
 * name is fewest edits away (a typo, a shortened name, another case); any one, when it is the
 * only one.
 */
function nearestName(functions: string[], exportName: string): string | undefined {
  const wanted = exportName.toLowerCase();
  const distance = (name: string) => editDistance(name.toLowerCase(), wanted);
  return [...functions].sort((a, b) => distance(a) - distance(b))[0];
}

/** Levenshtein distance: single-character insertions, deletions and substitutions. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}

/**
 * The function to grade among a file's exports, or the names it exports instead (and which of
 * them are functions).
 */
function solutionIn(
  exports: Record<string, unknown> | null,
  exportName: string,
): {
  fn?: SolutionFn;
  names: string[];
  functions: string[];
} {
  const fn = exports?.[exportName] ?? exports?.default ?? methodOfAClass(exports, exportName);
  if (typeof fn === 'function') return { fn: fn as SolutionFn, names: [], functions: [] };
  const names = exports ? Object.keys(exports).filter((key) => key !== '__esModule') : [];
  const functions = names.filter((name) => typeof exports![name] === 'function');
  return {
    names: names.map((name) => name.slice(0, 100)),
    functions: functions.map((name) => name.slice(0, 100)),
  };
}

/**
 * LeetCode's habit in Java, C++ and Python: `class Solution { closestKValues(...) }`. Called as
 * LeetCode calls it, on a new instance for every call (the constructor runs inside the call).
 */
function methodOfAClass(
  exports: Record<string, unknown> | null,
  method: string,
): SolutionFn | undefined {
  const found = Object.values(exports ?? {}).find(
    (value): value is new () => Record<string, SolutionFn> =>
      typeof value === 'function' &&
      typeof (value.prototype as Record<string, unknown> | undefined)?.[method] === 'function',
  );
  return found && ((root, target, k) => new found()[method](root, target, k));
}

const cloneWrapped = Symbol('kata: structuredClone sees counting nodes');
let nativeClone: typeof structuredClone | undefined;

/**
 * Takes back what loading a file set in the realm (TreeNode and LeetCode's other globals,
 * structuredClone's wrapper), so that a process grading another file after it (a pool's,
 * supervisor.ts) starts as a new one.
 */
export function unloadSolutions(): void {
  Reflect.deleteProperty(mainGlobal, 'TreeNode');
  withdrawLeetCodeGlobals(mainGlobal);
  if (nativeClone) mainGlobal.structuredClone = nativeClone;
}

/**
 * structuredClone(root) copies a plain (LeetCode) tree; a counting node keeps its fields behind
 * getters, which structuredClone does not call, so it would give `{}`. Given a counting node, it
 * gives the copy a plain tree would, made of plain nodes and read (and counted) like JSON.stringify.
 */
function cloneNodesAsPlain(): void {
  const native = mainGlobal.structuredClone as typeof structuredClone & { [cloneWrapped]?: true };
  if (native[cloneWrapped]) return;
  nativeClone = native;
  const wrapped = ((value: unknown, options?: StructuredSerializeOptions) =>
    value instanceof CountingNode ? plainCopy(value) : native(value, options)) as typeof native;
  wrapped[cloneWrapped] = true;
  mainGlobal.structuredClone = wrapped;
}

/** By solution loaded: a file loaded again after a save is read again. */
const sources = new WeakMap<Solution, string>();

/** The solution's source text, read once (for hints about a wrong answer's cause). */
export function sourceOf(solution: Solution): string {
  let source = sources.get(solution);
  if (source === undefined) {
    try {
      source = readFileSync(solution.file, 'utf8');
    } catch {
      source = '';
    }
    sources.set(solution, source);
  }
  return source;
}
