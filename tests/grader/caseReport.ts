import { drawTree } from '../../kata/TreeNode';
import { levelOrderOf, toTreeNode, type Shape, type SortedValues } from './shape';
import type { Trial } from './trial';
import { closestK, count } from './validator';

/*
 * How a failing case is shown to the learner: the tree (drawn when small, as a level-order array
 * otherwise), target, k, what came back, one correct answer, the reason in one sentence, the
 * console output of that call and the seed that replays it.
 */

/**
 * A case as the learner sees it. Big trees come with a description and the start of their
 * level-order array instead of a shape.
 */
export interface CaseView {
  shape?: Shape;
  description?: string;
  levelOrderStart?: (number | null)[];
  sorted: SortedValues;
  target: number;
  k: number;
}

const DRAW_MAX_NODES = 40;
const DRAW_MAX_WIDTH = 78;
export const SHOWN_ENTRIES = 40;

export function renderFailure(view: CaseView, trial: Trial): string {
  const lines = [...treeLines(view), `target: ${view.target}    k: ${view.k}`];
  if (trial.got !== undefined) lines.push(`returned:         ${trial.got}`);
  lines.push(`a correct answer: ${showValues(closestK(view.sorted, view.target, view.k))}`);
  lines.push(`why: ${asSentence(trial.reason ?? 'unknown')}`);
  if (trial.output.total > 0) {
    const shown = trial.output.lines.length;
    const of = trial.output.total > shown ? `, first ${shown} shown` : '';
    lines.push(`console output of this call (${count(trial.output.total, 'line')}${of}):`);
    lines.push(...trial.output.lines.map((line) => `  | ${line}`));
  }
  return lines.join('\n');
}

/** A reason as a sentence: a full stop, unless it ends with a question or its own stop. */
export function asSentence(reason: string): string {
  return /[.?!]$/.test(reason) ? reason : `${reason}.`;
}

function treeLines(view: CaseView): string[] {
  if (!view.shape) {
    const start = view.levelOrderStart;
    const levels = start ? [`level order: [${start.map(String).join(',')}, …]`] : [];
    return [`tree: ${view.description ?? '(not shown)'}`, ...levels];
  }
  const n = view.shape.vals.length;
  const levelOrder = levelOrderOf(view.shape);
  const array = `[${levelOrder.slice(0, SHOWN_ENTRIES).map(String).join(',')}${
    levelOrder.length > SHOWN_ENTRIES
      ? `, … ${count(levelOrder.length - SHOWN_ENTRIES, 'more entry')}`
      : ''
  }]`;
  const title = `tree (${count(n, 'node')}${view.description ? `, ${view.description}` : ''}):`;
  if (n <= DRAW_MAX_NODES) {
    const drawing = drawTree(toTreeNode(view.shape)).split('\n');
    if (drawing.every((line) => line.length <= DRAW_MAX_WIDTH)) {
      return [title, ...drawing.map((line) => `  ${line}`), `level order: ${array}`];
    }
  }
  return [`${title} level order ${array}`];
}

function showValues(values: readonly number[]): string {
  const shown = values.slice(0, SHOWN_ENTRIES).map(String);
  if (values.length > SHOWN_ENTRIES)
    shown.push(`… ${count(values.length - SHOWN_ENTRIES, 'more value')}`);
  return `[${shown.join(', ')}]`;
}
