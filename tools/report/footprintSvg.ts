import type { Footprint } from '../../tests/grader/footprint';
import { count } from '../../tests/grader/validator';
import { escapeHtml } from './html';

/*
 * A footprint as SVG: every node at its place in order, left to right (values 1 to n, so the tree
 * is also a number line), on the row of its depth, filled by how often it was read: white when
 * not at all, light when once, darker with more. The values returned get a green ring, the target
 * a dashed line. Each node carries its count (data-reads) and says it on hover.
 */

const DX = 16;
const DY = 46;
const PAD = 24;
const R = 7;

/** Fill for a node read `reads` times, on a scale up to `most` reads (shared by a pair). */
export function readsFill(reads: number, most: number): string {
  if (reads === 0) return '#ffffff';
  const t = most <= 1 ? 0 : Math.log(reads) / Math.log(most);
  // From a pale amber (read once) to a deep red (read the most).
  const hue = 45 - 40 * t;
  const light = 80 - 45 * t;
  return `hsl(${hue.toFixed(0)}, 90%, ${light.toFixed(0)}%)`;
}

export function footprintSvg(fp: Footprint, most: number, label: string): string {
  const n = fp.values.length;
  const height = Math.max(...fp.depth) + 1;
  const width = 2 * PAD + (n - 1) * DX;
  const x = (i: number) => PAD + i * DX;
  const y = (depth: number) => PAD + depth * DY;
  const answer = new Set(fp.answer ?? []);
  const links = fp.parent
    .map((p, i) =>
      p < 0
        ? ''
        : `<line x1="${x(p)}" y1="${y(fp.depth[p])}" x2="${x(i)}" y2="${y(fp.depth[i])}"/>`,
    )
    .join('');
  const nodes = fp.values
    .map((value, i) => {
      const reads = fp.reads[i];
      const returned = answer.has(value);
      const count = reads > 1 ? `<text class="count" y="${R + 10}">×${reads}</text>` : '';
      const said = `${value}: ${reads === 0 ? 'not read' : reads === 1 ? 'read once' : `read ${reads} times`}${returned ? ', returned' : ''}`;
      return (
        `<g class="fp-node${returned ? ' returned' : ''}" data-value="${value}" data-reads="${reads}" transform="translate(${x(i)},${y(fp.depth[i])})">` +
        `<title>${said}</title><circle r="${R}" fill="${readsFill(reads, most)}"/>` +
        `<text class="value" dy="3">${value}</text>${count}</g>`
      );
    })
    .join('');
  // The target on the number line: values are 1..n at x(0)..x(n - 1).
  const tx = Math.min(width - 4, Math.max(4, x(fp.target - 1)));
  const bottom = y(height - 1) + R + 16;
  const target =
    `<line class="target" x1="${tx}" y1="${PAD - R - 6}" x2="${tx}" y2="${bottom}"/>` +
    `<text class="target-label" x="${tx}" y="${bottom + 12}" text-anchor="${tx < 40 ? 'start' : tx > width - 40 ? 'end' : 'middle'}">target ${fp.target}</text>`;
  const total = fp.reads.reduce((a, b) => a + b, 0);
  const read = fp.reads.filter((r) => r > 0).length;
  return (
    `<figure class="footprint" data-total="${total}">` +
    `<figcaption><b>${escapeHtml(label)}</b>: ${count(total, 'read')}, ${read} of ${n} nodes read` +
    `${fp.failure ? ` — it failed: ${escapeHtml(fp.failure)}` : ''}</figcaption>` +
    // Never narrower than its viewBox: shrunk to a narrow window, 63 nodes' labels were 7 px.
    `<svg viewBox="0 0 ${width} ${bottom + 18}" style="min-width: ${width}px" role="img" aria-label="${escapeHtml(label)}">` +
    `<g class="links">${links}</g>${target}${nodes}</svg></figure>`
  );
}

/** The colour key of a pair of footprints drawn on the same scale. */
export function readsKey(most: number): string {
  const steps = [0, 1, ...[2, 4, 8, 16, 32, 64, 128].filter((r) => r < most), most].filter(
    (r, i, all) => all.indexOf(r) === i && r <= Math.max(most, 1),
  );
  const swatches = steps
    .map(
      (r) =>
        `<span class="swatch"><i style="background:${readsFill(r, most)}"></i>${r === 0 ? 'not read' : r === 1 ? 'once' : `×${r}`}</span>`,
    )
    .join('');
  return `<p class="key">Reads per node: ${swatches}<span class="swatch"><i class="ring"></i>returned</span></p>`;
}
