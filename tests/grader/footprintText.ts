import pc from 'picocolors';
import { wrap, WIDTH } from './terminalText';
import { count } from './validator';

/** One call's reads on a balanced tree of values 1..n, node by node (footprint.ts measures it). */
export interface Footprint {
  /** The values 1 to n, in order; node i holds values[i]. */
  values: number[];
  /** Depth of node i (the root is 0). */
  depth: number[];
  /** The node above node i, or -1 for the root. */
  parent: number[];
  target: number;
  k: number;
  /** How often node i was read (val, left and right together). */
  reads: number[];
  /** The values returned, when the call returned a valid answer. */
  answer: readonly number[] | null;
  /** Why the call failed, when it did. */
  failure?: string;
}

/**
 * What a footprint is of, in its exercise's words (footprint.ts's footprintWords): the main kata's
 * call, the first k values of a closestFirst iterator, one query of a ClosestIndex after its build.
 */
export interface FootprintWords {
  /** The title of the learner's picture. */
  yours: string;
  /** What ● marks: the values "returned", or "given" by an iterator. */
  returned: string;
  /** What the reads counted, said under the pictures, where it is not the whole call. */
  note?: string;
  /**
   * Said instead of the learner's picture when it read no node and did not fail (an index's query
   * on its own arrays): an empty drawing would say nothing.
   */
  noReads?: string;
}

export const MAIN_WORDS: FootprintWords = { yours: 'Your code', returned: 'returned' };

/*
 * A footprint drawn for the terminal: every node at its place in order, left to right (so the
 * tree is also a number line), on the row of its depth, marked by how often it was read; the
 * values returned in green, the target under the tree. A 31-node tree fits 76 columns: the card
 * indents a failure's message by 4, and still fits 80.
 */

/** Columns a footprint may take on the card: a terminal's 80 less the card's indent. */
export const CARD_WIDTH = 76;
/** How a footprint story opens (footprint.ts): the run's text finds a check's footprint by it. */
export const FOOTPRINT_OPENING = 'One query on';
const MARGIN = 3;

/** "13" not read, "13•" read once, "13×8" read eight times. */
function label(value: number, reads: number): string {
  return reads === 0 ? String(value) : reads === 1 ? `${value}•` : `${value}×${reads}`;
}

export function renderFootprint(
  fp: Footprint,
  title: string,
  color = pc.isColorSupported,
  width = WIDTH,
): string {
  const c = pc.createColors(color);
  const n = fp.values.length;
  const step = n > 1 ? Math.min(10, (width - 2 * MARGIN) / (n - 1)) : 0;
  const x = (i: number) => MARGIN + Math.round(i * step);
  const height = Math.max(...fp.depth) + 1;
  const answer = new Set(fp.answer ?? []);
  const paint = (i: number) =>
    answer.has(fp.values[i])
      ? (s: string) => c.bold(c.green(s))
      : fp.reads[i] === 0
        ? c.dim
        : fp.reads[i] > 1
          ? (s: string) => c.bold(c.yellow(s))
          : (s: string) => s;
  // Labels centred on their columns, pushed right to keep a space between them; plain text is
  // measured, colours added per label. Undefined when they run past the edge.
  const place = (nodes: number[]): string | undefined => {
    let row = '';
    let end = 0;
    for (const i of nodes) {
      const text = label(fp.values[i], fp.reads[i]);
      const start = Math.max(end + (end > 0 ? 1 : 0), x(i) - (text.length >> 1));
      row += ' '.repeat(start - end) + paint(i)(text);
      end = start + text.length;
    }
    return end <= width ? row : undefined;
  };
  const rows: string[] = [];
  for (let d = 0; d < height; d++) {
    // One row of nodes (two, every other node on each, when the leaves' labels are too long for
    // one), then the slashes down to the next.
    const level = fp.values.map((_, i) => i).filter((i) => fp.depth[i] === d);
    const row = place(level);
    if (row !== undefined) rows.push(row);
    else for (const half of [0, 1]) rows.push(place(level.filter((_, j) => j % 2 === half)) ?? '');
    if (d === height - 1) break;
    const links = Array<string>(width).fill(' ');
    for (let i = 0; i < n; i++) {
      if (fp.depth[i] !== d + 1) continue;
      const p = fp.parent[i];
      links[Math.round((x(i) + x(p)) / 2)] = i < p ? '/' : '\\';
    }
    rows.push(links.join('').trimEnd());
  }
  // Under the tree, the number line: the values returned, then the target.
  const marks = Array<string>(width).fill(' ');
  fp.values.forEach((value, i) => answer.has(value) && (marks[x(i)] = '●'));
  rows.push(c.green(marks.join('').trimEnd()));
  const at = Math.min(width - 1, Math.max(0, Math.round(MARGIN + (fp.target - 1) * step)));
  const mark = `▲ target ${fp.target}`;
  rows.push(
    at + mark.length <= width
      ? ' '.repeat(at) + mark
      : `${' '.repeat(Math.max(0, at - mark.length + 1))}target ${fp.target} ▲`,
  );
  const total = fp.reads.reduce((a, b) => a + b, 0);
  const read = fp.reads.filter((r) => r > 0).length;
  const head = c.bold(`${title}: ${count(total, 'read')}, ${read} of ${n} nodes read`);
  return [head, ...(fp.failure ? [`It failed: ${fp.failure}`] : []), ...rows].join('\n');
}

/** Whether a footprint is of a call that read no node and did not fail. */
export function readNothing(fp: Footprint): boolean {
  return !fp.failure && fp.reads.every((reads) => reads === 0);
}

/** Yours above a reference's (its title says which), on the same query, and what marks mean. */
export function renderFootprints(
  yours: Footprint,
  reference: { title: string; footprint: Footprint },
  color = pc.isColorSupported,
  width = WIDTH,
  words: FootprintWords = MAIN_WORDS,
): string {
  const c = pc.createColors(color);
  const mine =
    words.noReads && readNothing(yours)
      ? [
          c.bold(`${words.yours}: no node read`),
          ...wrap(words.noReads, width),
          `It ${words.returned} ${(yours.answer ?? []).join(', ')}.`,
        ].join('\n')
      : renderFootprint(yours, words.yours, color, width);
  const key = `target ${yours.target}, k = ${yours.k} · 13 not read · 13• once · 13×8 eight times · ● ${words.returned}`;
  return [
    mine,
    '',
    renderFootprint(reference.footprint, reference.title, color, width),
    c.dim(key),
    ...(words.note ? wrap(words.note, width).map((line) => c.dim(line)) : []),
  ].join('\n');
}
