import * as asciichart from 'asciichart';
import { compact } from '../tests/grader/timing';

/*
 * Reads against n on log scales, one line per solution, each line labelled at its right end (so
 * the chart reads without colour too). Drawn by asciichart; a series measured only partway (it
 * grew too fast to finish) continues along the top edge: off the chart.
 */

export interface ChartSeries {
  label: string;
  /** Reads at each n, in order; null where not measured. */
  reads: (number | null)[];
  color?: string;
}

const STEPS_BETWEEN = 8;
const HEIGHT = 14;

export function readsChart(sizes: number[], series: ChartSeries[], width = 80): string {
  const logs = series.map((s) =>
    s.reads.map((r) => (r === null ? null : Math.log10(Math.max(1, r)))),
  );
  const top = Math.max(...logs.flat().filter((v): v is number => v !== null));
  // Interpolate between measured sizes so the lines slope instead of stepping.
  const columns = logs.map((values) => {
    const filled = values.map((v) => v ?? top);
    const out: number[] = [];
    filled.forEach((v, i) => {
      if (i === 0) return void out.push(v);
      for (let s = 1; s <= STEPS_BETWEEN; s++) {
        out.push(filled[i - 1] + ((v - filled[i - 1]) * s) / STEPS_BETWEEN);
      }
    });
    return out;
  });
  const colored = series.some((s) => s.color !== undefined);
  const plot = asciichart.plot(columns, {
    height: HEIGHT,
    // No colours at all unless asked: asciichart writes escape codes even for its default one.
    ...(colored && { colors: series.map((s) => s.color ?? asciichart.default) }),
    format: (x: number) => compact(10 ** x).padStart(6),
  });
  const rows = plot.split('\n');
  // The row asciichart put each line's last point on (its own rounding, repeated here).
  const all = columns.flat();
  const [min, max] = [Math.min(...all), Math.max(...all)];
  const ratio = max === min ? 1 : HEIGHT / (max - min);
  const rowOf = (value: number) => Math.round(max * ratio) - Math.round(value * ratio);
  const labels = new Map<number, string[]>();
  columns.forEach((values, i) => {
    const row = rowOf(values[values.length - 1]);
    labels.set(row, [...(labels.get(row) ?? []), series[i].label]);
  });
  const plotWidth = Math.max(...rows.map(visibleLength));
  const withLabels = rows.map((row, r) => {
    const names = labels.get(r);
    if (!names) return row;
    const room = width - plotWidth - 3;
    const text = names.join(', ');
    return `${row}${' '.repeat(plotWidth - visibleLength(row))} ◂ ${text.length > room ? `${text.slice(0, room - 1)}…` : text}`;
  });
  const axis =
    ' '.repeat(8) +
    sizes
      .map((n) => `2^${Math.log2(n)}`.padEnd(STEPS_BETWEEN + 1))
      .join('')
      .trimEnd();
  return [
    ...withLabels,
    axis,
    `${' '.repeat(8)}n (tree size, log scale); reads on a log scale`,
  ].join('\n');
}

function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '').length;
}
