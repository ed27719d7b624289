import './pipe';
import pc from 'picocolors';
import { exerciseOfFile } from '../tests/grader/exercises/index';
import {
  CARD_FOOTPRINT_N,
  footprintTarget,
  footprintWords,
  OPTIMAL_WALK,
} from '../tests/grader/footprint';
import { renderFootprints } from '../tests/grader/footprintText';
import { terminalWidth } from '../tests/grader/terminalText';
import { displayPath, fromRoot, resolveAsTyped, solutionFile } from '../tests/grader/paths';
import { gradeInProcess } from '../tests/grader/process/supervisor';
import { DEFAULT_SEED } from '../tests/grader/seed';
import { ALL_POSITIONS, type Position } from '../tests/grader/workloads';
import { parseCommand, usageError } from './cli';
import { findReference, loadReferences } from './references';

/*
 * npm run footprint [-- <file>] [--target T] [--k K] [--n N] [--reference name]: which nodes of a
 * small balanced tree (values 1 to n) the code read for one query, and how often, above the same
 * picture for a reference (the two-stacks walk unless named, else one of the file's exercise). The
 * code runs in a grading process of its own, guarded like any graded call, through its exercise's
 * call protocol: a closestFirst file's footprint is of its first K values, a ClosestIndex file's of
 * one query after the build.
 */

const spec = {
  name: 'footprint',
  usage:
    'usage: npm run footprint [-- <file>] [--target T] [--k K] [--n N] [--reference name]\n' +
    `  T: a number, or a place: ${ALL_POSITIONS.join(', ')} (default middle)\n` +
    `  K: 1 to n (default 4); N: 1 to ${CARD_FOOTPRINT_N} (default ${CARD_FOOTPRINT_N}; npm run report draws larger trees)\n` +
    '  a closestFirst file: what its iterator read to give its first K values;\n' +
    '  a ClosestIndex file: what one query read after the build (not the build);\n' +
    "  --reference names one of the file's own exercise's references",
  options: {
    target: { type: 'string' },
    k: { type: 'string' },
    n: { type: 'string' },
    reference: { type: 'string' },
  },
  positionals: 1,
} as const;

function fail(message: string): never {
  return usageError(spec, message);
}

interface Options {
  file: string;
  n: number;
  target: number;
  k: number;
  /** The picture below yours: a file, or the two-stacks walk. */
  reference: { title: string; file?: string };
}

function parse(): Options {
  const { values, positionals } = parseCommand(spec);
  const [file] = positionals;
  const flags = new Map(Object.entries(values).filter(([, v]) => typeof v === 'string')) as Map<
    string,
    string
  >;
  const integer = (name: string, fallback: number, max: number) => {
    const text = flags.get(name);
    const value = text === undefined ? fallback : Number(text);
    if (!Number.isInteger(value) || value < 1 || value > max) {
      fail(`--${name} must be a whole number from 1 to ${max} (got ${text})`);
    }
    return value;
  };
  const n = integer('n', CARD_FOOTPRINT_N, CARD_FOOTPRINT_N);
  const k = integer('k', Math.min(4, n), n);
  const place = flags.get('target') ?? 'middle';
  const target = ALL_POSITIONS.includes(place as Position)
    ? footprintTarget(n, place as Position)
    : Number(place);
  if (place.trim() === '' || !Number.isFinite(target)) {
    fail(`--target must be a number or one of ${ALL_POSITIONS.join(', ')} (got ${place})`);
  }
  const name = flags.get('reference');
  const solution = file ? resolveAsTyped(file) : solutionFile();
  let reference: Options['reference'] = { title: OPTIMAL_WALK.title };
  if (name !== undefined) {
    const references = loadReferences(fromRoot(exerciseOfFile(solution).referencesDir));
    const found = findReference(name, references);
    if (!found) fail(`no reference named ${name}: ${references.map((r) => r.name).join(', ')}`);
    reference = { title: `${found.name}, ${found.time}`, file: found.file };
  }
  return { file: solution, n, target, k, reference };
}

async function main(): Promise<void> {
  const options = parse();
  const { n, target, k } = options;
  const run = await gradeInProcess(options.file, DEFAULT_SEED, {
    tiers: [],
    footprints: { queries: [{ n, target, k }], reference: options.reference.file },
  });
  const shown = displayPath(options.file);
  if (!run.loaded.ok) {
    console.error(`npm run footprint: ${run.loaded.reason}`);
    process.exit(1);
  }
  const pair = run.footprints[0];
  if (!pair) {
    console.error(`npm run footprint: ${shown}: ${run.lateFault ?? 'no footprint came back'}`);
    process.exit(1);
  }
  const c = pc.createColors(pc.isColorSupported);
  console.log(c.bold(`Footprint of ${shown}: a balanced tree of the values 1 to ${n}`));
  console.log(c.dim('Each node at its place in order, left to right: the tree is a number line.'));
  console.log('');
  console.log(
    renderFootprints(
      pair.yours,
      { title: options.reference.title, footprint: pair.reference },
      pc.isColorSupported,
      terminalWidth(process.stdout.isTTY ? process.stdout.columns : undefined),
      footprintWords(exerciseOfFile(options.file), k),
    ),
  );
}

void main();
