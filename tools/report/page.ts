import { buildSync } from 'esbuild';
import path from 'node:path';
import { exerciseById, MAIN_EXERCISE } from '../../tests/grader/exercises/index';
import { readNothing } from '../../tests/grader/footprintText';
import { compareWords, NO_READS_NOTE, readsNothing } from '../comparison';
import type { CheckRow, ReportData } from './data';
import { footprintSvg, readsKey } from './footprintSvg';
import { escapeHtml as e, jsonForScript } from './html';

/*
 * The report as one self-contained page: styles, data and the chart script (d3, bundled by esbuild)
 * all inline, so it works offline from file://. Tables, footprints and failing cases are plain HTML
 * and SVG, drawn here; only the charts are drawn in the browser.
 */

/** The chart script, d3 included, as one minified script. */
function chartScript(): string {
  const built = buildSync({
    entryPoints: [path.join(__dirname, 'charts.client.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    write: false,
    legalComments: 'none',
  });
  // Inline in a <script>: nothing in it may close the element.
  return built.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
}

const STYLE = `
:root { color-scheme: light; --ink: #212529; --muted: #6c757d; --pass: #2b8a3e; --fail: #c92a2a; --line: #dee2e6; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 0; background: #f8f9fa; }
header, section { max-width: 1100px; margin: 0 auto; padding: 16px 24px; }
section { background: #fff; border: 1px solid var(--line); border-radius: 8px; margin-bottom: 18px; }
h1 { font-size: 22px; margin: 8px 0 2px; } h2 { font-size: 18px; margin: 4px 0 10px; } h3 { font-size: 15px; margin: 14px 0 4px; }
.muted, figcaption, .key { color: var(--muted); font-size: 13px; }
nav a { margin-right: 14px; color: #1c7ed6; text-decoration: none; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
td.mark { width: 24px; font-weight: bold; }
/* A fixed layout: an opened "why" scrolls inside its cell instead of widening the page. */
table.card { table-layout: fixed; } table.card th:nth-child(1) { width: 32px; } table.card th:nth-child(2) { width: 30%; }
table.card td { overflow-wrap: anywhere; } table.card pre { max-width: 100%; }
tr[data-status="pass"] td.mark, .pass { color: var(--pass); } tr[data-status="fail"] td.mark, .fail { color: var(--fail); }
details { margin: 2px 0; } summary { cursor: pointer; }
pre { background: #f1f3f5; padding: 10px; border-radius: 6px; overflow-x: auto; font: 12px/1.35 ui-monospace, Menlo, Consolas, monospace; }
/* A message: prose wraps (its continuation indented), drawings and tables keep their columns. */
pre.message > span { display: block; white-space: pre; }
pre.message > span.prose { white-space: pre-wrap; overflow-wrap: anywhere; padding-left: 2ch; text-indent: -2ch; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(480px, 1fr)); gap: 14px; }
.chart { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: 8px; }
.chart svg { width: 100%; height: auto; font-size: 11px; }
.chart .axis-label { fill: var(--muted); font-size: 11px; }
.chart .series-label { font-size: 11px; } .chart .series-label.learner { font-weight: bold; font-size: 12px; }
.chart.failed { border-color: #ffa8a8; }
/* A footprint is drawn at its own size at least (its labels 10 px), and scrolls in a narrow window. */
.footprint { margin: 6px 0 10px; overflow-x: auto; } .footprint svg { width: 100%; height: auto; }
.footprint line { stroke: #adb5bd; stroke-width: 1; }
.footprint line.target { stroke: #1c7ed6; stroke-dasharray: 4 3; stroke-width: 1.5; }
.footprint .target-label { fill: #1c7ed6; font-size: 11px; }
.footprint circle { stroke: #868e96; stroke-width: 1; }
.footprint .returned circle { stroke: var(--pass); stroke-width: 3; }
/* Labels on circles of any shade: dark text on a white halo. */
.footprint text.value { font-size: 10px; text-anchor: middle; fill: #212529; paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
.footprint text.count { font-size: 10px; text-anchor: middle; fill: #862e1c; font-weight: bold; paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
.swatch { display: inline-flex; align-items: center; margin-right: 10px; }
.swatch i { display: inline-block; width: 14px; height: 14px; border: 1px solid #868e96; border-radius: 50%; margin-right: 4px; }
.swatch i.ring { border: 3px solid var(--pass); }
.scroll { overflow-x: auto; } /* a table wider than a narrow window scrolls on its own */
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.learner td { background: #fff4e6; font-weight: 600; }
`;

const mark = (passed: boolean) => (passed ? '✓' : '✗');
/** A check's class and mark: passed, failed, or not run (its tier failed at an earlier check). */
const checkMark = (check: CheckRow) => ({
  status: check.passed ? 'pass' : check.notRun ? 'muted' : 'fail',
  mark: check.notRun ? '·' : mark(check.passed),
});

/**
 * A card message in a <pre>, one block a line. Lines laid out in columns (a drawing, a table: a
 * run of three spaces or more between their words) keep their layout and scroll when too wide;
 * every other line is prose (a reason, a level order) and wraps, so that nothing is cut off at
 * the right of the box.
 */
export function messagePre(message: string): string {
  const lines = message.split('\n').map((line) => {
    const columns = /\S {3,}\S/.test(line);
    return `<span class="${columns ? 'columns' : 'prose'}">${e(line) || ' '}</span>`;
  });
  return `<pre class="message">${lines.join('')}</pre>`;
}

function cardSection(data: ReportData): string {
  const rows = data.card
    .map((tier) => {
      const checks = tier.checks
        .map(
          (check) =>
            `<li class="${checkMark(check).status}"><span>${checkMark(check).mark}</span> ${e(check.name)}` +
            `${check.figure ? `<br><span class="muted">${e(check.figure)}</span>` : ''}` +
            `${!check.passed && check.message ? `<details><summary>why</summary>${messagePre(check.message)}</details>` : ''}</li>`,
        )
        .join('');
      return (
        `<tr data-tier="${tier.id}" data-status="${tier.passed ? 'pass' : 'fail'}">` +
        `<td class="mark">${mark(tier.passed)}</td><td><b>${tier.id}</b><br><span class="muted">${e(tier.summary)}</span></td>` +
        `<td>${e(tier.figure)}<details><summary>${tier.checks.length} checks</summary><ul>${checks}</ul></details></td></tr>`
      );
    })
    .join('');
  const passed = data.card.filter((tier) => tier.passed).length;
  return `<section id="card"><h2>Grade card</h2>
<table class="card"><thead><tr><th></th><th>tier</th><th>the figure behind the verdict</th></tr></thead><tbody>${rows}</tbody></table>
<p><b>Claim</b>: ${e(data.claim)}</p>
<p>${passed} of ${data.card.length} tiers pass (seed ${data.seed}). ${e(data.next)}</p></section>`;
}

/** Where a chart's target sat, unless its check's name says so; and how far up the values. */
function where(chart: ReportData['charts'][number]): string {
  const place = chart.place ? ` (${e(chart.place)})` : '';
  if (!chart.check.includes(chart.position)) return ` · target ${e(chart.position)}${place}`;
  return chart.place ? ` · the target ${e(chart.place)}` : '';
}

function chartsSection(data: ReportData): string {
  const figures = data.charts
    .map((chart, i) => {
      const yours = data.card
        .find((tier) => tier.id === chart.tier)
        ?.checks.find((check) => check.name === chart.check);
      const shown = yours && checkMark(yours);
      const verdict = shown ? `<span class="${shown.status}">${shown.mark}</span> ` : '';
      const missing = chart.missing
        ? `<p class="muted">Your code has no line here: ${e(chart.missing)}</p>`
        : '';
      return (
        `<figure class="chart${shown?.status === 'fail' ? ' failed' : ''}" data-chart-index="${i}">` +
        `<figcaption>${verdict}<b>${chart.tier}</b> · ${e(chart.check)}${where(chart)}</figcaption>` +
        `${missing}<div class="chart-plot" data-chart="${i}"></div></figure>`
      );
    })
    .join('');
  return `<section id="charts"><h2>How the reads grow</h2>
<p class="muted">Every complexity check, as measured: log-log, so a line's slope is its growth (slope 1: like n; flat: like a constant; a gentle curve: like log n). Your code is the thick orange line; the references are measured on the same workloads.</p>
<div class="charts">${figures}</div></section>`;
}

function footprintsSection(data: ReportData): string {
  if (data.footprints.length === 0) {
    return `<section id="footprints"><h2>Footprints</h2><p class="muted">No footprint: ${e(data.loaded.ok ? 'the grading process ended before drawing them' : data.loaded.reason)}</p></section>`;
  }
  const words = data.footprintWords;
  const blocks = data.footprints
    .map((fp) => {
      const most = Math.max(1, ...fp.yours.reads, ...fp.reference.reads);
      // A query that read no node is said, not drawn: an empty drawing would say nothing.
      const yours =
        words.noReads && readNothing(fp.yours)
          ? `<p class="no-reads"><b>${e(words.yours)}: no node read.</b> ${e(words.noReads)} It ${words.returned} ${e((fp.yours.answer ?? []).join(', '))}.</p>`
          : footprintSvg(fp.yours, most, words.yours);
      return (
        `<div class="footprint-pair" data-position="${e(fp.position)}" data-target="${fp.target}"><h3>Target ${e(fp.position)} (${fp.target}), k = ${fp.k}</h3>` +
        yours +
        footprintSvg(fp.reference, most, data.referenceTitle) +
        readsKey(most) +
        '</div>'
      );
    })
    .join('');
  const note = words.note ? ` ${e(words.note)}` : '';
  return `<section id="footprints"><h2>Footprints: what your code read</h2>
<p class="muted">One query on a balanced tree of the values 1 to ${data.footprints[0].n}, each node at its place in order (the tree is also a number line), coloured by how often it was read; the values ${words.returned} have a green ring. Hover a node for its count.${note}</p>${blocks}</section>`;
}

function failuresSection(data: ReportData): string {
  const items = data.failures
    .map(
      (f) =>
        `<article class="failure" data-tier="${f.tier}"><h3>${f.tier} · ${e(f.check)}</h3>${messagePre(f.message)}</article>`,
    )
    .join('');
  return `<section id="failures"><h2>Failing cases</h2>${items || '<p class="pass">None: every case of correct, edge and deep passed.</p>'}</section>`;
}

function compareSection(data: ReportData): string {
  const words = compareWords(exerciseById(data.exercise) ?? MAIN_EXERCISE);
  const tierIds = data.card.map((tier) => tier.id);
  const rows = data.compare
    .map((row) => {
      const tiers = tierIds
        .map((id) => `<td class="${row.tiers[id]}">${mark(row.tiers[id] === 'pass')}</td>`)
        .join('');
      const time =
        row.microsPerQuery == null
          ? '—'
          : row.microsPerQuery.toFixed(row.microsPerQuery < 10 ? 1 : 0);
      return (
        `<tr class="${row.learner ? 'learner' : ''}" data-name="${e(row.name)}"><td>${e(row.name)}</td>${tiers}` +
        `<td>${e(row.growth ?? `no numbers: ${row.reason ?? ''}`)}</td><td class="num">${time}</td></tr>`
      );
    })
    .join('');
  return `<section id="compare"><h2>Beside the references</h2>
<div class="scroll"><table class="compare"><thead><tr><th>solution</th>${tierIds.map((id) => `<th>${id}</th>`).join('')}<th>growth class</th><th>µs per query</th></tr></thead><tbody>${rows}</tbody></table></div>
<p class="muted">growth class: ${data.exercise === MAIN_EXERCISE.id ? 'how the reads grow, the reads alone (a sort off the tree costs time, not reads: a solution that sorts what it read can be O(n) here and O(n log n) in time)' : e(words.readsNote.replace(/^[^:]*: /, ''))}.</p>
${data.compare.some(readsNothing) ? `<p class="muted">A query that reads no node: ${e(NO_READS_NOTE.replace(/^0: /, ''))}.</p>` : ''}
<p class="muted">µs per query: ${e(words.timeNote)}, on this machine, each solution timed alone (the references' from an earlier run, scaled by ${e(words.calibration)} timed again now). For reading only: ${data.exercise === 'ClosestIndex' ? 'no verdict uses this time (the query tier times its own batches)' : 'verdicts never use time'}.</p></section>`;
}

/** The page's title: the exercise, named when it is a follow-up, and the file. */
function title(data: ReportData): string {
  const exercise = exerciseById(data.exercise) ?? MAIN_EXERCISE;
  if (exercise === MAIN_EXERCISE) return `k closest values in a BST: ${data.solution}`;
  return `${exercise.id}, a follow-up of k closest values in a BST: ${data.solution}`;
}

function question(data: ReportData): string {
  return data.question ? `<p>The interviewer's question: ${e(data.question)}.</p>` : '';
}

export function reportPage(data: ReportData): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Report: ${e(title(data))}</title><style>${STYLE}</style></head>
<body>
<header><h1>${e(title(data))}</h1>${question(data)}
<p class="muted">Graded ${e(data.generated.replace('T', ' ').slice(0, 16))} UTC, seed ${data.seed}. Made by npm run report; works offline.</p>
<nav><a href="#card">Grade card</a><a href="#charts">Growth charts</a><a href="#footprints">Footprints</a><a href="#failures">Failing cases</a><a href="#compare">Compare</a></nav></header>
${cardSection(data)}
${chartsSection(data)}
${footprintsSection(data)}
${failuresSection(data)}
${compareSection(data)}
<script type="application/json" id="kata-report">${jsonForScript(data)}</script>
<script>${chartScript()}</script>
</body></html>
`;
}
