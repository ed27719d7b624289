import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadReferences } from '../../tools/references';
import type { ReportData } from '../../tools/report/data';
import { reportPage } from '../../tools/report/page';
import { exerciseById } from '../grader/exercises/index';
import { footprint, footprintWords } from '../grader/footprint';
import { PROJECT_ROOT } from '../grader/paths';
import { loadSolution } from '../grader/solution';
import { npmRun } from './projectCopy';

/*
 * npm run report on a follow-up's file: the page names the exercise, and shows its own tiers,
 * charts and compare rows beside its own references, and footprints in its words. The page's
 * drawing in a browser is reportBrowser.test.ts's (the main kata's); here the page's text and the
 * data it carries are read as they are written.
 */

const FILE = 'tests/self/zoo/closestFirst/twoStacksClass.ts';
const namesIn = (dir: string) =>
  loadReferences(path.join(PROJECT_ROOT, 'solutions', dir)).map((r) => r.name);

/** The data a page carries, as the browser's chart script reads it. */
function dataOf(html: string): ReportData {
  const json = /<script type="application\/json" id="kata-report">(.*?)<\/script>/s.exec(html);
  return JSON.parse(json![1]) as ReportData;
}

describe('npm run report on a closestFirst file', () => {
  let html: string;
  let data: ReportData;

  beforeAll(() => {
    const made = npmRun(PROJECT_ROOT, 'report', [FILE]);
    expect(made.status).toBe(0);
    const last = made.stdout.trim().split('\n').pop()!;
    expect(last).toMatch(/^Report: /);
    html = readFileSync(last.slice('Report: '.length), 'utf8');
    data = dataOf(html);
  });

  test('names the exercise and its question in its title', () => {
    const title = `closestFirst, a follow-up of k closest values in a BST: ${FILE}`;
    expect(html).toContain(`<title>Report: ${title}</title>`);
    expect(html).toContain(`<h1>${title}</h1>`);
    expect(html).toContain("The interviewer's question: what if you don't know k in advance?");
    expect(data.exercise).toBe('closestFirst');
    const help = npmRun(PROJECT_ROOT, 'report', ['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('A follow-up (closestFirst, ClosestIndex) is shown with its own');
  });

  test('shows its own tiers, and charts and compare rows beside its own references', () => {
    const tiers = ['correct', 'edge', 'lazy', 'space', 'deep'];
    expect([...html.matchAll(/<tr data-tier="(\w+)"/g)].map((m) => m[1])).toEqual(tiers);
    expect(html).toContain('5 of 5 tiers pass');
    const references = namesIn('closestFirst');
    expect(data.compare.map((row) => row.name)).toEqual(['yours', ...references]);
    expect(html).toMatch(/<th>lazy<\/th><th>space<\/th><th>deep<\/th><th>growth class/);
    expect(html).not.toContain('data-name="twoStacks"');
    // Its complexity tiers charted, each with a line for every solution.
    expect([...new Set(data.charts.map((chart) => chart.tier))]).toEqual(['lazy', 'space']);
    for (const chart of data.charts) {
      expect(chart.series.map((s) => s.name).sort()).toEqual(['yours', ...references].sort());
    }
    expect(html).toContain('median time to make the iterator and take its first 16 values');
  });

  test('its footprints are of the first k values given, beside the walk for k', () => {
    expect(data.footprintWords.yours).toBe('Your iterator, to give its first 4 values');
    expect(html).toContain('the values given have a green ring');
    for (const pair of data.footprints) {
      expect(pair.yours.answer).toHaveLength(4);
      expect(pair.yours.reads).toEqual(pair.reference.reads); // two stacks, as the walk
    }
  });

  test('an index whose query reads no node is said in a sentence, not drawn empty', () => {
    const loaded = loadSolution(path.join(PROJECT_ROOT, 'solutions/ClosestIndex/sortedArray.ts'));
    if (!loaded.ok) throw new Error(loaded.reason);
    const exercise = exerciseById('ClosestIndex')!;
    const footprints = data.footprints.map((pair) => ({
      ...pair,
      yours: footprint(loaded.solution, pair.n, pair.target, pair.k),
    }));
    const page = reportPage({
      ...data,
      exercise: exercise.id,
      question: exercise.question,
      footprintWords: footprintWords(exercise, 4),
      footprints,
    });
    expect(page).toContain('<h1>ClosestIndex, a follow-up of k closest values in a BST: ');
    const said = page.match(/<b>One query of your index: no node read\.<\/b>/g) ?? [];
    expect(said).toHaveLength(footprints.length);
    // Only the walk is drawn beside each sentence.
    expect(page.match(/<figure class="footprint"/g)).toHaveLength(footprints.length);
    expect(page).toContain("the build's reads are left out");
  });
});
