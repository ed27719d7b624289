import './pipe';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  displayPath,
  fromRoot,
  PROJECT_ROOT,
  resolveAsTyped,
  solutionFile,
} from '../tests/grader/paths';
import { seedFrom } from '../tests/grader/seed';
import { parseCommand, usageError } from './cli';
import { writeWhole } from './files';
import { Progress } from './progressBar';
import { loadReferences } from './references';
import { exerciseOfFile } from '../tests/grader/exercises/index';
import { gatherReport } from './report/data';
import { reportPage } from './report/page';

/*
 * npm run report [-- <file>] [--open]: grades the file and writes one self-contained HTML page
 * (grade card, growth charts beside the references, footprints, failing cases, the compare table)
 * into reports/, which git ignores. Its path is the last line printed.
 */

const spec = {
  name: 'report',
  usage: [
    'usage: npm run report [-- <file>] [--open]',
    '  grades the file and writes one offline HTML page into reports/; --open opens',
    '  it. A follow-up (closestFirst, ClosestIndex) is shown with its own tiers and',
    '  references',
  ].join('\n'),
  options: { open: { type: 'boolean' } },
  positionals: 1,
} as const;
export const REPORTS_DIR = path.join(PROJECT_ROOT, 'reports');

function parse(): { file: string; open: boolean } {
  const { values, positionals } = parseCommand(spec);
  const [file] = positionals;
  return { file: file ? resolveAsTyped(file) : solutionFile(), open: values.open === true };
}

/** Opens the page in the desktop's browser, where there is a desktop; says so where there is not. */
function openInBrowser(file: string): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [file]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', file]]
        : ['xdg-open', [file]];
  const desktop =
    process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!desktop) {
    console.log('(no desktop browser here: open the file below in one)');
    return;
  }
  const child = spawn(command, args, { detached: true, stdio: 'ignore' });
  child.on('error', () => console.log(`(could not start ${command}: open the file below)`));
  child.unref();
}

async function main(): Promise<void> {
  const { file, open } = parse();
  if (!existsSync(file)) usageError(spec, `${displayPath(file)} does not exist`);
  const exercise = exerciseOfFile(file);
  const references = loadReferences(fromRoot(exercise.referencesDir));
  const progress = new Progress(exercise.tiers.length - 1 + references.length);
  const data = await gatherReport(file, seedFrom(), (label) => progress.step(label));
  progress.finish();
  mkdirSync(REPORTS_DIR, { recursive: true });
  const out = path.join(REPORTS_DIR, `${path.basename(file).replace(/\.[^.]+$/, '')}.html`);
  writeWhole(out, reportPage(data));
  const tiers = data.card.map((tier) => `${tier.passed ? '✓' : '✗'} ${tier.id}`).join('  ');
  console.log(`${displayPath(file)}: ${tiers}`);
  if (open) openInBrowser(out);
  console.log(`In a browser: ${pathToFileURL(out).href}`);
  console.log(`Report: ${out}`);
}

void main();
