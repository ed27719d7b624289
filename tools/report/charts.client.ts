/// <reference lib="dom" />
import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLog } from 'd3-scale';
import { select } from 'd3-selection';
import { line } from 'd3-shape';
import type { ChartData } from './data';

/*
 * Runs in the report page (bundled and inlined by page.ts): draws every complexity chart as SVG
 * with d3, log-log, from the data the page carries. The learner's line is thick and orange, each
 * reference's thin, every line labelled at its right end, the learner's with its growth words.
 */

const WIDTH = 680;
const HEIGHT = 300;
const MARGIN = { top: 14, right: 190, bottom: 46, left: 70 };
const LEARNER = '#d9480f';
const PALETTE = ['#1c7ed6', '#2b8a3e', '#862e9c', '#0b7285', '#5c940d', '#a61e4d', '#495057'];
/** Log scales need positive values: a cost of 0 per value (or less) is drawn at this floor. */
const FLOOR = 0.1;

const format = (x: number, axis: 'n' | 'k') =>
  axis === 'n' ? `2^${Math.round(Math.log2(x))}` : String(Math.round(x));

/** Characters that fit a line of the label column beside a chart. */
const LABEL_CHARACTERS = 24;
/** Lines of growth words under the learner's label; what does not fit is on hover. */
const WORD_LINES = 2;

/** `words` broken at spaces into at most WORD_LINES lines that fit the label column. */
function wrapped(words: string): string[] {
  const lines: string[] = [];
  for (const word of words.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && `${lines[last]} ${word}`.length <= LABEL_CHARACTERS) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  const cut = (line: string) =>
    line.length > LABEL_CHARACTERS ? `${line.slice(0, LABEL_CHARACTERS - 1)}…` : line;
  if (lines.length <= WORD_LINES) return lines.map(cut);
  return [...lines.slice(0, WORD_LINES - 1), `${lines[WORD_LINES - 1]}…`].map(cut);
}

function compact(value: number): string {
  if (value >= 1e6) return `${+(value / 1e6).toPrecision(3)}M`;
  if (value >= 1e3) return `${+(value / 1e3).toPrecision(3)}k`;
  return String(+value.toPrecision(3));
}

function drawChart(host: HTMLElement, chart: ChartData): void {
  const xs = chart.series.flatMap((s) => s.points.map((p) => p.x));
  const ys = chart.series.flatMap((s) => s.points.map((p) => Math.max(FLOOR, p.y)));
  if (xs.length === 0) return;
  const x = scaleLog()
    .domain([Math.min(...xs) / 1.25, Math.max(...xs) * 1.25])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const y = scaleLog()
    .domain([Math.min(...ys) / 1.6, Math.max(...ys) * 1.6])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top])
    .nice();
  // Powers of ten (and 2 and 5 between them when there are few); the floor, if used, reads as 0.
  const floored = chart.series.some((s) => s.points.some((p) => p.y <= FLOOR));
  const [low, high] = y.domain();
  const decades: number[] = [];
  for (let p = Math.floor(Math.log10(low)); p <= Math.ceil(Math.log10(high)); p++) decades.push(p);
  const yTicks = [
    ...(floored ? [FLOOR] : []),
    ...decades
      .flatMap((p) => (decades.length <= 3 ? [1, 2, 5] : [1]).map((m) => m * 10 ** p))
      .filter((v) => v >= low && v <= high && (!floored || v > FLOOR)),
  ];
  const svg = select(host)
    .append('svg')
    .attr('viewBox', `0 0 ${WIDTH} ${HEIGHT}`)
    .attr('role', 'img')
    .attr('aria-label', `${chart.y} against ${chart.x}, log-log`);
  // Every size any line reached: a line that stopped early (a failing one) must not take the
  // others' last tick with it.
  const ticks = [...new Set(xs)].sort((a, b) => a - b);
  svg
    .append('g')
    .attr('class', 'axis x')
    .attr('transform', `translate(0,${HEIGHT - MARGIN.bottom})`)
    .call(
      axisBottom(x)
        .tickValues(ticks)
        .tickFormat((v) => format(Number(v), chart.x)),
    );
  svg
    .append('g')
    .attr('class', 'axis y')
    .attr('transform', `translate(${MARGIN.left},0)`)
    .call(
      axisLeft(y)
        .tickValues(yTicks)
        .tickFormat((v) => (floored && Number(v) <= FLOOR ? '0' : compact(Number(v)))),
    );
  if (floored) {
    // A log scale has no 0: the axis is broken between the floor drawn as 0 and the next tick.
    const at = y(Math.sqrt(FLOOR * (yTicks.find((v) => v > FLOOR) ?? FLOOR * 10)));
    svg
      .append('rect')
      .attr('x', MARGIN.left - 3)
      .attr('y', at - 4)
      .attr('width', 6)
      .attr('height', 8)
      .attr('fill', 'white');
    svg
      .append('path')
      .attr('class', 'axis-break')
      .attr('d', `M${MARGIN.left - 6},${at - 1} l12,-5 M${MARGIN.left - 6},${at + 5} l12,-5`)
      .attr('stroke', 'currentColor')
      .attr('fill', 'none');
  }
  svg
    .append('text')
    .attr('class', 'axis-label')
    .attr('x', (MARGIN.left + WIDTH - MARGIN.right) / 2)
    .attr('y', HEIGHT - 8)
    .attr('text-anchor', 'middle')
    .text(
      chart.x === 'n'
        ? 'n: nodes in the tree (log scale)'
        : 'k: values asked for (log scale, mean of each family)',
    );
  svg
    .append('text')
    .attr('class', 'axis-label')
    .attr('transform', `translate(16,${(MARGIN.top + HEIGHT - MARGIN.bottom) / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .text(`${chart.y} (log scale)`);

  const path = line<{ x: number; y: number }>()
    .x((p) => x(p.x))
    .y((p) => y(Math.max(FLOOR, p.y)));
  // References first, the learner's line on top.
  const ordered = [...chart.series].sort((a, b) => Number(a.learner) - Number(b.learner));
  const labels: {
    y: number;
    name: string;
    words?: string[];
    whole?: string;
    color: string;
    line?: string;
  }[] = [];
  // References drawn on one line (the same reads at every size) are labelled as one: a bracket
  // joins their names. Within 2% at every point is the same line at this scale.
  const lineOf = (points: { x: number; y: number }[]) =>
    points.map((p) => `${p.x}:${Math.round(Math.log(Math.max(FLOOR, p.y)) * 50)}`).join(' ');
  const lineKeys = new Map(
    chart.series.filter((s) => !s.learner).map((s) => [s, lineOf(s.points)] as const),
  );
  const onOneLine = (key: string) => [...lineKeys.values()].filter((k) => k === key).length > 1;
  let next = 0;
  for (const series of ordered) {
    const color = series.learner ? LEARNER : PALETTE[next++ % PALETTE.length];
    const g = svg
      .append('g')
      .attr('class', `series${series.learner ? ' learner' : ''}`)
      .attr('data-series', series.name);
    g.append('path')
      .attr('class', 'line')
      .attr('d', path(series.points))
      .attr('fill', 'none')
      .attr('stroke', color)
      .attr('stroke-width', series.learner ? 3.5 : 1.5);
    g.selectAll('circle')
      .data(series.points)
      .enter()
      .append('circle')
      .attr('class', 'point')
      .attr('cx', (p) => x(p.x))
      .attr('cy', (p) => y(Math.max(FLOOR, p.y)))
      .attr('r', series.learner ? 4.5 : 2.5)
      .attr('fill', color)
      .append('title')
      .text(
        (p) => `${series.name}: ${compact(p.y)} ${chart.y} at ${chart.x} = ${format(p.x, chart.x)}`,
      );
    const last = series.points[series.points.length - 1];
    // A line at zero all along has no growth to speak of: "×0.00 per step" said nothing.
    const zero = series.points.every((p) => p.y <= 0);
    const atZero =
      series.points.length === 1 ? 'zero at the one size measured' : 'zero at every size measured';
    const words = series.learner ? (zero ? atZero : series.words) : undefined;
    const shared = lineKeys.get(series);
    labels.push({
      y: y(Math.max(FLOOR, last.y)),
      name: series.name,
      ...(words !== undefined && { words: wrapped(words), whole: words }),
      ...(shared !== undefined && onOneLine(shared) && { line: shared }),
      color,
    });
  }
  // Top to bottom, the labels of one line together, at the height of its highest.
  const heightOf = (label: (typeof labels)[number]) =>
    Math.min(...labels.filter((l) => l.line === label.line).map((l) => l.y));
  const order = new Map(labels.map((label) => [label, label.line ? heightOf(label) : label.y]));
  labels.sort(
    (a, b) => order.get(a)! - order.get(b)! || (a.line ?? '').localeCompare(b.line ?? ''),
  );
  // Labels at the right end, pushed apart so that none covers another; the learner's line also
  // says how it grew, on a second line.
  for (let i = 1; i < labels.length; i++) {
    const above = labels[i - 1];
    labels[i].y = Math.max(labels[i].y, above.y + 12 + 13 * (above.words?.length ?? 0));
  }
  for (const label of labels) {
    const text = svg
      .append('text')
      .attr('class', `series-label${label.words !== undefined ? ' learner' : ''}`)
      .attr('x', WIDTH - MARGIN.right + 8)
      .attr('y', label.y + 4)
      .attr('fill', label.color)
      .attr('data-series-name', label.name)
      .text(label.name);
    for (const line of label.words ?? []) {
      text
        .append('tspan')
        .attr('class', 'words')
        .attr('x', WIDTH - MARGIN.right + 8)
        .attr('dy', 13)
        .text(line);
    }
    // The whole of it on hover: the label column is narrow.
    if (label.whole) text.append('title').text(`${label.name}: ${label.whole}`);
    if (label.line !== undefined) {
      text.attr('data-line', label.line);
      // The last name of a line says that the names above it share it.
      if (labels.findLast((l) => l.line === label.line) === label) {
        text.append('tspan').attr('class', 'one-line').attr('fill', '#868e96').text(' (one line)');
      }
    }
  }
  for (const key of new Set(labels.flatMap((label) => label.line ?? []))) {
    const group = labels.filter((label) => label.line === key);
    const [top, bottom] = [group[0].y, group[group.length - 1].y];
    const at = WIDTH - MARGIN.right + 3;
    svg
      .append('path')
      .attr('class', 'one-line')
      .attr('d', `M${at + 3},${top - 4} h-3 V${bottom + 6} h3`)
      .attr('stroke', '#868e96')
      .attr('fill', 'none');
  }
}

const data = JSON.parse(document.getElementById('kata-report')!.textContent!) as {
  charts: ChartData[];
};
document.querySelectorAll<HTMLElement>('.chart-plot').forEach((host) => {
  drawChart(host, data.charts[Number(host.dataset.chart)]);
});
document.body.dataset.chartsDrawn = 'true';
