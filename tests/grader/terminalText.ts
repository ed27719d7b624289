/*
 * Text fitted to the terminal it is printed on: lines wrapped at words, each continuation indented
 * under its line's own text (a hanging indent), to the terminal's width (80 to 160 columns, as the
 * footprints are drawn). Printed to a pipe or a file, text is left as it is.
 */

/** Columns of a terminal: 80 at least (npm run footprint draws for them), and where there is none. */
export const WIDTH = 80;
/** Wider than this, a 31-node footprint only spreads out: its leaves fit one row from about 150. */
const WIDEST = 160;

/** The columns to draw for: the terminal's, from 80 to WIDEST; 80 where there is no terminal. */
export function terminalWidth(columns: number | undefined): number {
  return Math.min(WIDEST, Math.max(WIDTH, columns ?? WIDTH));
}

/** The columns to fit `stream`'s output to; undefined when it is not a terminal. */
export function fitWidth(stream: NodeJS.WriteStream = process.stdout): number | undefined {
  return stream.isTTY ? terminalWidth(stream.columns) : undefined;
}

// eslint-disable-next-line no-control-regex
const COLOR = /\x1b\[[0-9;]*m/g;

/** The columns `text` takes on a terminal: its characters less colour codes. */
export const visibleLength = (text: string) => [...text.replace(COLOR, '')].length;

/** How much further a line's continuations are indented than the line itself. */
const HANG = 2;

/**
 * `text` as lines of at most `width` columns, broken at spaces (a word longer than a line after
 * its commas, else it keeps a line of its own); the first line starts with what `text` starts
 * with, the others with `hang`. Spaces between words stay as they are (a card's aligned columns),
 * except where a line breaks.
 */
export function wrap(text: string, width: number, hang = ''): string[] {
  const [, lead, rest] = /^(\s*)([\s\S]*)$/.exec(text.replace(/\s*\n\s*/g, ' '))!;
  const lines: string[] = [];
  let line = lead;
  let empty = true;
  for (const [, space, word] of rest.matchAll(/(\s*)(\S+)/g)) {
    // A word longer than a line (a level order) breaks after its commas.
    const pieces = visibleLength(word) > width - hang.length ? word.split(/(?<=,)/) : [word];
    pieces.forEach((piece, i) => {
      const gap = i === 0 ? space : '';
      if (!empty && visibleLength(line + gap + piece) > width) {
        lines.push(line);
        line = hang + piece;
      } else line += (empty ? '' : gap) + piece;
      empty = false;
    });
  }
  lines.push(line);
  return lines;
}

/**
 * Every line of `text` wrapped to `width`, continuing two columns in from where its text starts;
 * unchanged when there is no width (not a terminal). A line that fits stays as it is.
 */
export function fit(text: string, width: number | undefined): string {
  if (width === undefined) return text;
  return text
    .split('\n')
    .flatMap((line) =>
      visibleLength(line) <= width
        ? [line]
        : wrap(line, width, ' '.repeat(visibleLength(/^\s*/.exec(line)![0]) + HANG)),
    )
    .join('\n');
}
