import pc from 'picocolors';
import { fit, wrap } from '../tests/grader/terminalText';

/*
 * Markdown as a terminal shows it (kata/PROBLEM.md in the interview, a hint): headings in bold
 * and underlined with a rule, **bold** in bold, _emphasis_ in italics, `code` in cyan (its
 * backticks kept where there is no colour, so that code still stands out), a fenced block
 * indented, and paragraphs and list items joined and wrapped to the width at words, a list item's
 * lines hanging under its text. Only what the kata's own files use.
 */

const FENCE = /^\s*```/;
const HEADING = /^(#{1,6})\s+(.*)$/;
const ITEM = /^(\s*)([-*]|\d+\.)\s+/;
/** A fenced block's indent. */
const CODE_INDENT = '  ';

export function renderMarkdown(text: string, width: number, color = pc.isColorSupported): string {
  const c = pc.createColors(color);
  const out: string[] = [];
  /** The paragraph or list item being gathered, and where its wrapped lines hang. */
  let block: { text: string; hang: string } | undefined;
  const flush = () => {
    if (block) out.push(...wrap(inline(block.text, c, color), width, block.hang));
    block = undefined;
  };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (FENCE.test(line)) {
      flush();
      const code: string[] = [];
      for (i++; i < lines.length && !FENCE.test(lines[i]); i++) code.push(lines[i]);
      // Indented where the whole block then fits: a drawing is never broken for its indent.
      const indent = Math.max(...code.map((l) => l.length)) + CODE_INDENT.length <= width;
      const shown = code.map((l) => (l ? (indent ? CODE_INDENT : '') + c.cyan(l) : l));
      out.push(fit(shown.join('\n'), width));
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      const title = heading[2].trim();
      out.push(...wrap(c.bold(inline(title, c, color)), width));
      if (heading[1].length <= 2) out.push(c.dim('─'.repeat(Math.min(width, title.length))));
      continue;
    }
    if (line.trim() === '') {
      flush();
      out.push('');
      continue;
    }
    const item = ITEM.exec(line);
    if (item) {
      flush();
      block = { text: line, hang: ' '.repeat(item[0].length) };
    } else if (block) block.text += ` ${line.trim()}`;
    else block = { text: line, hang: ' '.repeat(/^\s*/.exec(line)![0].length) };
  }
  flush();
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

/** Emphasis and code within a line; nothing inside a code span is taken as emphasis. */
function inline(text: string, c: ReturnType<typeof pc.createColors>, color: boolean): string {
  return text
    .split(/(`[^`]+`)/)
    .map((part, i) => {
      if (i % 2 === 1) return color ? c.cyan(part.slice(1, -1)) : part;
      return part
        .replace(/\*\*([^*]+)\*\*/g, (_, strong: string) => c.bold(strong))
        .replace(
          /(^|[^\w*])[_*]([^_*\s][^_*]*?)[_*](?=[^\w*]|$)/g,
          (_, before: string, em: string) => before + c.italic(em),
        );
    })
    .join('');
}
