import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { loadReferences } from '../../tools/references';
import { FOOTPRINT_K, FOOTPRINT_N, type ReportData } from '../../tools/report/data';
import { footprint, OPTIMAL_WALK } from '../grader/footprint';
import { PROJECT_ROOT } from '../grader/paths';
import { loadSolution } from '../grader/solution';
import { plan } from '../grader/tiers/index';
import { npmRun } from './projectCopy';

/*
 * The report, opened from file:// in a real headless Chromium (the system's, driven by
 * playwright-core: no browser download) and checked against the engine: no console error and no
 * request that failed or left the machine; one line per solution on every chart, with its points;
 * the tier table equal to the JSON report of a graded run; the footprints' counts equal to the
 * engine's. It photographs every section into reports/screenshots/ (git-ignored); README's picture
 * is reports/screenshots/overview.png from this test.
 */

const SOLUTION = path.join(__dirname, 'zoo', 'bugWindowDuplicates.ts');
export const SCREENSHOTS = path.join(PROJECT_ROOT, 'reports', 'screenshots');
const SECTIONS = ['card', 'charts', 'footprints', 'failures', 'compare'];

/** KATA_CHROMIUM, or the system's Chromium (or Chrome) on the PATH or where installers put it. */
function findBrowser(): string | undefined {
  const onPath = (process.env.PATH ?? '')
    .split(path.delimiter)
    .flatMap((dir) =>
      ['chromium', 'chromium-browser', 'google-chrome'].map((name) => path.join(dir, name)),
    );
  const candidates = [
    process.env.KATA_CHROMIUM,
    ...onPath,
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  ];
  return candidates.find((file): file is string => Boolean(file) && existsSync(file!));
}

const INSTALL =
  'no Chromium for the report test: apt-get install -y chromium (Debian/Ubuntu), or set KATA_CHROMIUM to a Chrome or Chromium';
const executable = findBrowser();

if (!executable && !process.env.CI) {
  // Outside CI a missing browser is the machine's business: one line says how to get one.
  console.warn(INSTALL);
  test.skip(`the report in a real browser (${INSTALL})`, () => undefined);
} else {
  describe('the report in a real browser', () => {
    let browser: Browser;
    let page: Page;
    let data: ReportData;
    let gradedJson: unknown;
    const problems: string[] = [];
    /** Opens every "why" and failing case of the page. */
    const openEveryWhy = () =>
      page.evaluate(() =>
        document
          .querySelectorAll('details')
          .forEach((d) => ((d as HTMLDetailsElement).open = true)),
      );

    beforeAll(async () => {
      if (!executable) throw new Error(INSTALL);
      const made = npmRun(PROJECT_ROOT, 'report', [SOLUTION]);
      expect(made.stderr).not.toMatch(/error/i);
      const last = made.stdout.trim().split('\n').pop()!;
      expect(last).toMatch(/^Report: /);
      const file = last.slice('Report: '.length);

      // The JSON report of the same file, from a graded run as npm test makes it.
      const json = path.join(mkdtempSync(path.join(os.tmpdir(), 'kata-json-')), 'report.json');
      spawnSync(process.execPath, [require.resolve('jest/bin/jest')], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, KATA_SOLUTION: SOLUTION, KATA_REPORT: json, KATA_SEED: '' },
        timeout: 500_000, // a guard against a hang, not a limit: a machine at load 10 takes minutes
      });
      gradedJson = JSON.parse(readFileSync(json, 'utf8'));

      const { chromium } = await import('playwright-core');
      browser = await chromium.launch({
        executablePath: executable,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      });
      page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('requestfailed', (r) => problems.push(`failed request: ${r.url()}`));
      page.on(
        'request',
        (r) => !r.url().startsWith('file:') && problems.push(`went out: ${r.url()}`),
      );
      await page.goto(pathToFileURL(file).href);
      await page.waitForSelector('body[data-charts-drawn]', { timeout: 120_000 });
      data = JSON.parse((await page.textContent('#kata-report'))!) as ReportData;
    });

    afterAll(async () => {
      await browser?.close();
    });

    test('loads offline with no console error and no failed request', () => {
      expect(problems).toEqual([]);
    });

    test('the tier table says what the JSON report of a graded run says', async () => {
      const rows = await page.$$eval('table.card tr[data-tier]', (trs) =>
        trs.map((tr) => [tr.getAttribute('data-tier'), tr.getAttribute('data-status')]),
      );
      const json = gradedJson as { tiers: Record<string, string> };
      expect(Object.fromEntries(rows)).toEqual(json.tiers);
      expect(data.report).toEqual(gradedJson);
    });

    test('every complexity check has a chart: one line per solution, each with its points', async () => {
      const checks = plan()
        .closestKValues.tiers.filter((tier) =>
          ['linear', 'sublinear', 'optimal', 'space'].includes(tier.id),
        )
        .flatMap((tier) => tier.checks);
      const drawn = await page.$$eval('figure.chart', (figures) =>
        figures.map((figure) => ({
          index: Number(figure.getAttribute('data-chart-index')),
          series: [...figure.querySelectorAll('g.series')].map((g) => ({
            name: g.getAttribute('data-series'),
            learner: g.classList.contains('learner'),
            points: g.querySelectorAll('circle.point').length,
            line: (g.querySelector('path.line')?.getAttribute('d') ?? '').length > 0,
          })),
          labels: [...figure.querySelectorAll('text.series-label')].map((t) => t.textContent),
          caption: figure.querySelector('figcaption')?.textContent ?? '',
        })),
      );
      expect(drawn.map((chart) => data.charts[chart.index].check)).toEqual(checks);
      const references = loadReferences().map((r) => r.name);
      const rows = data.card.flatMap((tier) => tier.checks);
      // The file fails sublinear at its first position, which decides that tier: the others are
      // not run, and their charts hold the references alone, saying why.
      expect(rows.filter((row) => row.notRun).length).toBeGreaterThan(0);
      for (const chart of drawn) {
        const { check, missing, series: measured } = data.charts[chart.index];
        const row = rows.find((r) => r.name === check)!;
        const solutions = row.notRun ? references : ['yours', ...references];
        // Marked as the card marks the check: not run, passed or failed.
        expect(chart.caption.slice(0, 1)).toBe(row.notRun ? '·' : row.passed ? '✓' : '✗');
        expect(missing).toBe(row.notRun ? row.figure : undefined);
        expect(chart.series.map((s) => s.name).sort()).toEqual([...solutions].sort());
        for (const series of chart.series) {
          // One point where a series ended early: reads that do not depend on k, or a last step
          // stopped at its growth cap.
          const points = measured.find((s) => s.name === series.name)!.points.length;
          expect(points).toBeGreaterThanOrEqual(1);
          expect(series.points).toBe(points);
          expect(series.line).toBe(true);
          expect(series.learner).toBe(series.name === 'yours');
        }
        // Labelled lines, the learner's with its growth in words.
        expect(chart.labels.length).toBe(solutions.length);
        if (solutions.includes('yours')) {
          expect(chart.labels.find((label) => label?.startsWith('yours'))).toMatch(
            /yours\S*(like|flat|falling|rising)/,
          );
        }
      }
    });

    test('the compare table says what its growth class and times are', async () => {
      const text = (await page.textContent('#compare'))!;
      expect(text).toContain('growth class: how the reads grow, the reads alone');
      expect(text).toContain('each solution timed alone');
      // A file whose answers are wrong has no time to show: its numbers would mean nothing.
      expect(data.compare.find((row) => row.learner)!.microsPerQuery).toBeUndefined();
    });

    test('references labelled as one line are next to each other, bracketed, and do coincide', async () => {
      const drawn = await page.$$eval('figure.chart', (figures) =>
        figures.map((figure) => ({
          index: Number(figure.getAttribute('data-chart-index')),
          labels: [...figure.querySelectorAll('text.series-label')].map((t) => ({
            name: t.getAttribute('data-series-name')!,
            line: t.getAttribute('data-line'),
            oneLine: t.textContent!.endsWith('(one line)'),
          })),
        })),
      );
      let groups = 0;
      for (const chart of drawn) {
        const pointsOf = (name: string) =>
          data.charts[chart.index].series.find((s) => s.name === name)!.points;
        const lines = new Set(chart.labels.flatMap((label) => label.line ?? []));
        for (const line of lines) {
          const group = chart.labels.filter((label) => label.line === line);
          groups++;
          expect(group.length).toBeGreaterThan(1);
          // Next to each other, the last saying so; every point within 2% of the first's.
          const at = chart.labels.findIndex((label) => label.name === group[0].name);
          expect(chart.labels.slice(at, at + group.length)).toEqual(group);
          expect(group.map((label) => label.oneLine)).toEqual(
            group.map((_, i) => i === group.length - 1),
          );
          const first = pointsOf(group[0].name);
          for (const label of group.slice(1)) {
            const points = pointsOf(label.name);
            expect(points.map((p) => p.x)).toEqual(first.map((p) => p.x));
            points.forEach((p, i) => {
              const [a, b] = [Math.max(p.y, 0.1), Math.max(first[i].y, 0.1)];
              expect(Math.abs(Math.log(a / b))).toBeLessThan(0.03);
            });
          }
        }
      }
      // Whole-tree readers (sortByDistance, twoPointers...) share lines in these charts.
      expect(groups).toBeGreaterThan(0);
    });

    test('every label is whole inside its chart: long growth words wrap, the whole on hover', async () => {
      const labels = await page.$$eval('svg text.series-label', (texts) =>
        texts.map((text) => {
          const svg = (text as SVGTextElement).ownerSVGElement!;
          const box = (text as SVGTextElement).getBBox();
          return {
            right: box.x + box.width,
            width: svg.viewBox.baseVal.width,
            lines: text.querySelectorAll('tspan.words').length,
            hover: text.querySelector('title')?.textContent ?? '',
          };
        }),
      );
      expect(labels.length).toBeGreaterThan(0);
      for (const label of labels) expect(label.right).toBeLessThanOrEqual(label.width);
      // The learner's labels say how the line grew, on one or two lines, whole on hover.
      const learners = labels.filter((label) => label.lines > 0);
      expect(learners.length).toBeGreaterThan(0);
      for (const label of learners) expect(label.hover).toMatch(/^yours: \S/);
    });

    test('every chart marks every size any of its lines reached, a failing line stopped early or not', async () => {
      const drawn = await page.$$eval('figure.chart', (figures) =>
        figures.map((figure) => ({
          index: Number(figure.getAttribute('data-chart-index')),
          ticks: [...figure.querySelectorAll('g.axis.x g.tick text')].map((t) => t.textContent),
        })),
      );
      for (const chart of drawn) {
        const { series, x } = data.charts[chart.index];
        const sizes = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort(
          (a, b) => a - b,
        );
        const shown = sizes.map((v) =>
          x === 'n' ? `2^${Math.round(Math.log2(v))}` : String(Math.round(v)),
        );
        expect(chart.ticks).toEqual(shown);
      }
    });

    // The learner's growth words on a chart of reads against n name the exponent its last step
    // shows: an O(log n + k) line was "like n" in the linear charts (issue 22 §5).
    test("a chart's growth words agree with the line they label", async () => {
      const labels = await page.$$eval('figure.chart', (figures) =>
        figures.map((figure) => ({
          index: Number(figure.getAttribute('data-chart-index')),
          words: figure.querySelector('text.series-label.learner title')?.textContent ?? '',
        })),
      );
      let checked = 0;
      for (const { index, words } of labels) {
        const chart = data.charts[index];
        const yours = chart.series.find((s) => s.learner);
        if (!['linear', 'sublinear'].includes(chart.tier) || !yours || yours.points.length < 2) {
          continue;
        }
        const [a, b] = yours.points.slice(-2);
        const e = Math.log(b.y / a.y) / Math.log(b.x / a.x);
        const named = words.replace(/^yours: /, '');
        if (named === 'like n') expect(Math.abs(e - 1)).toBeLessThan(0.1);
        else if (named === 'like log n') expect(e).toBeLessThan(0.25);
        else if (named === 'like n log n') expect(e).toBeGreaterThan(1);
        else expect(Number(/\^(\d+(\.\d+)?)/.exec(named)?.[1])).toBeCloseTo(e, 1);
        checked++;
      }
      expect(checked).toBeGreaterThan(0);
    });

    test('the footprints colour exactly the nodes the engine counted, with its counts', async () => {
      const loaded = loadSolution(SOLUTION);
      if (!loaded.ok) throw new Error(loaded.reason);
      const pairs = await page.$$eval('.footprint-pair', (divs) =>
        divs.map((div) => ({
          target: Number(div.getAttribute('data-target')),
          pictures: [...div.querySelectorAll('figure.footprint')].map((figure) =>
            [...figure.querySelectorAll('g.fp-node')].map((g) => ({
              value: Number(g.getAttribute('data-value')),
              reads: Number(g.getAttribute('data-reads')),
              fill: getComputedStyle(g.querySelector('circle')!).fill,
            })),
          ),
        })),
      );
      expect(pairs.map((pair) => pair.pictures.length)).toEqual([2, 2, 2]);
      for (const { target, pictures } of pairs) {
        const engine = [loaded.solution, OPTIMAL_WALK.solution].map((solution) =>
          footprint(solution, FOOTPRINT_N, target, FOOTPRINT_K),
        );
        pictures.forEach((nodes, i) => {
          expect(nodes.map((node) => node.value)).toEqual(engine[i].values);
          expect(nodes.map((node) => node.reads)).toEqual(engine[i].reads);
          for (const node of nodes) {
            const white = node.fill === 'rgb(255, 255, 255)';
            expect(white).toBe(node.reads === 0);
          }
        });
      }
    });

    test('never wider than the window, at 1,280 and 760 px, with every "why" opened', async () => {
      await openEveryWhy();
      for (const width of [1280, 760]) {
        await page.setViewportSize({ width, height: 900 });
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
      }
      await page.setViewportSize({ width: 1200, height: 900 });
    });

    // Long "why" lines were cut at the right of their box at 1,280 px (issue 22 §5): prose wraps,
    // only drawings and tables may scroll.
    test('every "why" and failing case is whole: no line of prose runs past its box', async () => {
      await openEveryWhy();
      for (const width of [1280, 760]) {
        await page.setViewportSize({ width, height: 900 });
        const boxes = await page.$$eval('#card pre, #failures pre', (pres) =>
          pres.map((pre) => ({
            proseOnly: pre.querySelector('span.columns') === null,
            overflow: pre.scrollWidth - pre.clientWidth,
            prose: [...pre.querySelectorAll('span.prose')].map(
              (span) => span.scrollWidth - span.clientWidth,
            ),
          })),
        );
        expect(boxes.length).toBeGreaterThan(0);
        for (const box of boxes) {
          if (box.proseOnly) expect(box.overflow).toBeLessThanOrEqual(1);
          for (const over of box.prose) expect(over).toBeLessThanOrEqual(1);
        }
        expect(boxes.some((box) => box.prose.length > 0)).toBe(true);
      }
      await page.setViewportSize({ width: 1200, height: 900 });
    });

    // At 760 px the 63-node footprints were shrunk to fit: their labels were about 7 px.
    test('footprint labels are drawn at 10 px or more, at 1,280 and 760 px', async () => {
      for (const width of [1280, 760]) {
        await page.setViewportSize({ width, height: 900 });
        const sizes = await page.$$eval('.footprint text.value', (texts) =>
          texts.map((text) => {
            const scale = (text as SVGTextElement).getScreenCTM()!.a;
            return scale * parseFloat(getComputedStyle(text).fontSize);
          }),
        );
        expect(sizes.length).toBeGreaterThan(0);
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(9.9);
      }
      await page.setViewportSize({ width: 1200, height: 900 });
    });

    test('photographs every section', async () => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      for (const id of SECTIONS) {
        const file = path.join(SCREENSHOTS, `${id}.png`);
        await page.locator(`#${id}`).screenshot({ path: file });
        expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
      }
      // The README's picture: the first growth charts, a failing one among them.
      const box = (await page.locator('#charts').boundingBox())!;
      const scrolled = await page.evaluate(() => window.scrollY);
      const overview = path.join(SCREENSHOTS, 'overview.png');
      await page.screenshot({
        path: overview,
        clip: {
          x: box.x,
          y: box.y + scrolled,
          width: box.width,
          height: Math.min(box.height, 760),
        },
        fullPage: true,
      });
      expect(readFileSync(overview).subarray(1, 4).toString()).toBe('PNG');
    });
  });
}
