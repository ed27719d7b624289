import './pipe';
import { availableParallelism } from 'node:os';
import * as asciichart from 'asciichart';
import pc from 'picocolors';
import { seedFrom } from '../tests/grader/seed';
import { DEFAULT_SOLUTION, displayPath, resolveAsTyped } from '../tests/grader/paths';
import { exerciseOfFile, MAIN_EXERCISE } from '../tests/grader/exercises/index';
import { fromRoot } from '../tests/grader/paths';
import type { TierId } from '../tests/grader/tiers/tier';
import { spaceClassName } from '../tests/grader/claim';
import { readsChart } from './chart';
import { KS, MAX_READS, READ_SIZES } from '../tests/grader/profile';
import {
  calibrateTimes,
  compareOne,
  compareWords,
  NO_READS_NOTE,
  progressSteps,
  readsNothing,
  type Compared,
  type Entry,
} from './comparison';
import { Progress } from './progressBar';
import { loadReferences } from './references';
import { compact } from '../tests/grader/timing';
import { parseCommand } from './cli';
import { wrap } from '../tests/grader/terminalText';

const { values, positionals } = parseCommand({
  name: 'compare',
  usage: [
    'usage: npm run compare [-- <file>] [--json]',
    '  your solution beside every reference of its exercise on the same workloads:',
    '  tiers, reads as n grows, growth class, time per query and a chart; --json for',
    '  machines. A follow-up is compared with its own references: closestFirst by the',
    "  reads to give its first k values, ClosestIndex by a query's after the build",
  ].join('\n'),
  options: { json: { type: 'boolean' } },
  positionals: 1,
});
const json = values.json === true;
const [given] = positionals;
const learnerFile = given ? resolveAsTyped(given) : DEFAULT_SOLUTION;

const exercise = exerciseOfFile(learnerFile);
const references = loadReferences(fromRoot(exercise.referencesDir));
const words = compareWords(exercise);
const entries: Entry[] = [
  { name: 'yours', file: learnerFile, learner: true },
  ...references.map((r) => ({
    name: r.name,
    file: r.file,
    learner: false,
    tiers: r.tiers,
    space: r.space,
  })),
];
const progress = new Progress(progressSteps(learnerFile, references.length));
const seed = seedFrom();
/** Solutions graded at once: each runs in processes of its own, one per core. */
const AT_ONCE = Math.max(1, Math.min(2, availableParallelism()));

async function main(): Promise<void> {
  const rows: Compared[] = new Array(entries.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < entries.length; i = next++) {
      rows[i] = await compareOne(entries[i], seed, (label) =>
        json ? undefined : progress.step(label),
      );
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  await calibrateTimes(rows, seed);
  progress.finish();
  if (json) {
    const about = { exercise: exercise.id, seed, sizes: READ_SIZES, ks: KS };
    console.log(JSON.stringify({ ...about, solutions: rows }, null, 2));
  } else {
    console.log(render(rows));
  }
}

void main();

/** The terminal width compare writes for. */
const WIDTH = 80;

function render(compared: Compared[]): string {
  const c = pc.createColors(pc.isColorSupported);
  const nameWidth = Math.max(...compared.map((r) => r.name.length)) + 3;
  const name = (r: Compared) =>
    r.learner ? c.bold(c.yellow(`▶ ${r.name}`.padEnd(nameWidth))) : `  ${r.name}`.padEnd(nameWidth);
  const what = exercise === MAIN_EXERCISE ? 'solution' : exercise.id;
  const title = `Your ${what} (${displayPath(learnerFile)}) beside the references of ${exercise.id}, seed ${seed}`;
  const out: string[] = [...wrap(title, WIDTH).map((line) => c.bold(line)), ''];

  const heads = exercise.tiers as readonly TierId[];
  out.push(`${' '.repeat(nameWidth)}${heads.join(' ')}  ${words.readsColumn}`);
  for (const r of compared) {
    const marks = heads.map((id, i) => {
      const mark = r.tiers[id] === 'pass' ? c.green('✓') : c.red('✗');
      return mark + ' '.repeat(heads[i].length);
    });
    out.push(`${name(r)}${marks.join('')} ${r.growth ?? ''}`);
    if (r.reason) {
      const indent = ' '.repeat(nameWidth);
      out.push(...wrap(`no numbers: ${r.reason}`, WIDTH - nameWidth).map((l) => indent + c.dim(l)));
    }
  }
  out.push(...wrap(words.readsNote, WIDTH).map((line) => c.dim(line)));
  out.push('', c.bold(words.memoryTitle));
  for (const r of compared) {
    const figure = r.learner ? r.memory?.figure : undefined;
    const learnerFigure = figure && r.memory?.measured ? `: ${figure}` : '';
    // A figure with no class (what an index keeps, in bytes) is said alone.
    const measured = r.memory?.measured;
    const what = measured
      ? spaceClassName(measured, exercise.protocol)
      : (figure ?? 'not measured');
    const source = r.learner ? learnerFigure : ' (its header, proven by npm run verify)';
    const [first, ...rest] = wrap(`${what}${source}`, WIDTH - nameWidth);
    out.push(`${name(r)}${first}`, ...rest.map((line) => ' '.repeat(nameWidth) + line));
  }
  const claim = compared.find((r) => r.learner)?.claim;
  if (claim) out.push('', ...wrap(`Your claim: ${claim.line}`, WIDTH));

  const sizes = READ_SIZES.map((n) => `2^${Math.log2(n)}`.padStart(7)).join('');
  const readCells = (reads: (number | null)[]) =>
    reads.map((count) =>
      // compact() writes a count under 10 with a decimal: no read at all is a plain 0.
      (count === null ? `>${compact(MAX_READS)}` : count === 0 ? '0' : compact(count)).padStart(7),
    );
  for (const k of KS) {
    const timed = k === KS[0];
    out.push('', ...wrap(words.readsTitle(k), WIDTH).map((line) => c.bold(line)));
    out.push(`${' '.repeat(nameWidth)}${sizes}${timed ? '  µs/query' : ''}`);
    for (const r of compared.filter((row) => row.reads)) {
      const cells = readCells(r.reads![k]);
      const time = r.microsPerQuery == null ? '        —' : compact(r.microsPerQuery).padStart(9);
      out.push(`${name(r)}${cells.join('')}${timed ? ` ${time}` : ''}`);
    }
    if (timed && compared.some(readsNothing)) {
      out.push(...wrap(NO_READS_NOTE, WIDTH).map((line) => c.dim(line)));
    }
    if (timed) {
      const note =
        `µs/query: ${words.timeNote}; each file timed alone, the references' scaled to this ` +
        `run by timing ${words.calibration} again`;
      out.push(...wrap(note, WIDTH).map((line) => c.dim(line)));
    }
  }

  const built = compared.filter((r) => r.buildReads);
  if (built.length > 0) {
    const title = `Reads of the build alone (the constructor), target in the middle, k = ${KS[0]}`;
    out.push('', ...wrap(title, WIDTH).map((line) => c.bold(line)));
    out.push(`${' '.repeat(nameWidth)}${sizes}`);
    for (const r of built) out.push(`${name(r)}${readCells(r.buildReads!).join('')}`);
    const note =
      'the build: a call that builds the index and asks one query, less that same first ' +
      'query on an index built uncounted; the build tier judges it (O(n): each node read a ' +
      'bounded number of times)';
    out.push(...wrap(note, WIDTH).map((line) => c.dim(line)));
  }

  // A solution with no measured point at all has no line to draw (the table says why); one that
  // read no node has none on a log scale either.
  const charted = compared.filter(
    (r) => !readsNothing(r) && r.reads?.[KS[0]].some((reads) => reads !== null),
  );
  const unread = compared.filter(readsNothing).map((r) => r.name);
  if (charted.length > 0) {
    const palette = [
      asciichart.blue,
      asciichart.green,
      asciichart.magenta,
      asciichart.cyan,
      asciichart.red,
      asciichart.lightgray,
      asciichart.lightblue,
    ];
    let next = 0;
    const series = charted.map((r) => ({
      label: r.learner ? `${r.name} ◀` : r.name,
      reads: r.reads![KS[0]],
      color: pc.isColorSupported
        ? r.learner
          ? asciichart.lightyellow
          : palette[next++ % palette.length]
        : undefined,
    }));
    out.push('', c.bold(`Reads as n grows, k = ${KS[0]}`));
    if (unread.length > 0) {
      const names = unread.join(', ');
      out.push(...wrap(`(not drawn, no node read: ${names})`, WIDTH).map((l) => c.dim(l)));
    }
    // Only a series stopped partway runs along the top edge: say so only when there is one.
    if (series.some((s) => s.reads.includes(null))) {
      out.push(c.dim(`(a line along the top edge read more than ${compact(MAX_READS)})`));
    }
    out.push(readsChart(READ_SIZES, series));
  }
  return out.join('\n');
}
