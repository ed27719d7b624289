const { spawnSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/*
 * The grading process, its memory watch, the grading run that `npm test` drives from Jest's own
 * process, and every `npm run` command (tools/run.cjs), run from bundles that esbuild builds from
 * the TypeScript sources on first use and again whenever one of those sources changes. A fresh
 * process loads a bundle in about 50 ms, against 200 ms through a TypeScript loader, and the
 * grader starts one for every graded file. Plain JavaScript, so that anything can require it
 * before any bundle exists.
 */

const ROOT = path.resolve(__dirname, '..', '..', '..');
/** The commands `npm run` starts through tools/run.cjs, each tools/<command>.ts. */
const COMMANDS = [
  'bench',
  'compare',
  'footprint',
  'grade',
  'hint',
  'interview',
  'progress',
  'report',
  'reset',
  'solution',
  'try',
];
const ENTRIES = {
  gradingProcess: 'tests/grader/process/gradingProcess.ts',
  memoryWatch: 'tests/grader/process/memoryWatch.ts',
  gradingRun: 'tests/graded/gradingRun.ts',
  ...Object.fromEntries(COMMANDS.map((command) => [`tools/${command}`, `tools/${command}.ts`])),
};

function cacheDir() {
  const preferred = path.join(ROOT, 'node_modules', '.cache', 'kata-grader');
  try {
    fs.mkdirSync(preferred, { recursive: true });
    fs.accessSync(preferred, fs.constants.W_OK);
    return preferred;
  } catch {
    const id = createHash('sha1').update(ROOT).digest('hex').slice(0, 12);
    const fallback = path.join(os.tmpdir(), `kata-grader-${id}`);
    fs.mkdirSync(fallback, { recursive: true });
    return fallback;
  }
}

const OUT = cacheDir();
/**
 * Names the newest build's folder; builds are never changed, so a running process keeps its own.
 * One per project root: copies of the project that share node_modules (through a link) share this
 * folder, and each needs bundles built from its own sources.
 */
const CURRENT = path.join(
  OUT,
  `current-${createHash('sha1').update(ROOT).digest('hex').slice(0, 12)}.json`,
);
/** Older builds are removed once this old, long after any process could still be starting one. */
const STALE_MS = 10 * 60 * 1000;

function hashOf(file) {
  try {
    return createHash('sha1')
      .update(fs.readFileSync(path.join(ROOT, file)))
      .digest('hex');
  } catch {
    return 'missing';
  }
}

/** The newest build's folder, if it was built here from the sources as they are now. */
function freshBuild() {
  const current = readCurrent();
  if (!current || current.root !== ROOT || !fs.existsSync(path.join(OUT, current.dir))) {
    return undefined;
  }
  for (const [file, hash] of Object.entries(current.inputs)) {
    if (hashOf(file) !== hash) return undefined;
  }
  return path.join(OUT, current.dir);
}

function readCurrent() {
  try {
    return JSON.parse(fs.readFileSync(CURRENT, 'utf8'));
  } catch {
    return undefined;
  }
}

// Bundled code runs from the cache folder: each project source keeps its own __dirname and
// __filename, so it finds the project's files (hints, the kata, tsx) as it does unbundled.
const ownLocations = {
  name: 'own-locations',
  setup(build) {
    build.onLoad({ filter: /\.(ts|cjs)$/ }, (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const contents = fs
        .readFileSync(args.path, 'utf8')
        .replace(/\b__dirname\b/g, JSON.stringify(path.dirname(args.path)))
        .replace(/\b__filename\b/g, JSON.stringify(args.path));
      return { contents, loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
    });
  },
};

async function build() {
  const esbuild = require('esbuild');
  const dir = `build-${process.pid}-${Date.now()}`;
  const staging = path.join(OUT, dir);
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: staging,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'silent',
    // Jest (which watch.cjs starts) and esbuild (which this file starts) run from node_modules.
    external: ['jest', 'esbuild'],
    plugins: [ownLocations],
  });
  const plan = spawnSync(process.execPath, [path.join(staging, 'gradingProcess.js'), '--plan'], {
    encoding: 'utf8',
  });
  if (plan.status !== 0) throw new Error(`the grader's plan could not be read:\n${plan.stderr}`);
  fs.writeFileSync(path.join(staging, 'plan.json'), plan.stdout);
  // The sources, and this file: its build options shape the bundles too.
  const inputs = Object.fromEntries(
    [
      ...Object.keys(result.metafile.inputs),
      path.relative(ROOT, __filename).split(path.sep).join('/'),
    ]
      .filter((file) => !file.startsWith('node_modules/'))
      .map((file) => [file, hashOf(file)]),
  );
  const next = `${CURRENT}.${process.pid}.tmp`;
  fs.writeFileSync(next, JSON.stringify({ root: ROOT, dir, inputs }));
  fs.renameSync(next, CURRENT);
  removeStaleBuilds(dir);
  return staging;
}

/**
 * Removes builds no process is likely to use: not the newest of any project root sharing this
 * folder (a copy of the project with linked node_modules has its own; a copy since deleted no
 * longer counts), and not used for STALE_MS (bundles() marks a build used each time it hands it
 * out, so a long watch keeps its own).
 */
function removeStaleBuilds(keep, out = OUT) {
  const names = fs.readdirSync(out);
  const current = new Set([keep]);
  for (const name of names.filter((n) => n.startsWith('current-') && n.endsWith('.json'))) {
    try {
      const { root, dir } = JSON.parse(fs.readFileSync(path.join(out, name), 'utf8'));
      if (fs.existsSync(root)) current.add(dir);
      else fs.rmSync(path.join(out, name), { force: true });
    } catch {
      // being replaced right now: its build is the newest, not stale
    }
  }
  for (const old of names.filter((n) => n.startsWith('build-') && !current.has(n))) {
    const at = path.join(out, old);
    try {
      if (Date.now() - fs.statSync(at).mtimeMs > STALE_MS) {
        fs.rmSync(at, { recursive: true, force: true });
      }
    } catch {
      // removed by another process meanwhile
    }
  }
}

/** Marks a build as used now (see removeStaleBuilds). */
function markUsed(dir) {
  try {
    const now = new Date();
    fs.utimesSync(dir, now, now);
  } catch {
    // a build that cannot be marked is only removed sooner; it is rebuilt when missing
  }
}

// Checked once per process: a process that outlives a change to the grader (npm run watch while
// the grader is edited) keeps the bundles it started with.
let checked;

/** Compiled solution files (loader.ts) older than this are removed: each save of a file adds one. */
const COMPILED_KEPT_MS = 7 * 24 * 60 * 60 * 1000;

function pruneCompiled() {
  const dir = path.join(OUT, 'compiled');
  let names;
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const at = path.join(dir, name);
    try {
      if (Date.now() - fs.statSync(at).mtimeMs > COMPILED_KEPT_MS) fs.rmSync(at, { force: true });
    } catch {
      // removed by another process meanwhile
    }
  }
}

/**
 * Paths of the bundles, built first if missing or older than their sources; the plan; the cache
 * folder; and a fingerprint of the grader's sources, for anything cached from its results.
 */
async function bundles() {
  checked ??= Promise.resolve(freshBuild() ?? build()).then((dir) => {
    pruneCompiled();
    return dir;
  });
  const dir = await checked;
  markUsed(dir);
  const inputs = JSON.stringify(readCurrent()?.inputs ?? {});
  return {
    cacheDir: OUT,
    fingerprint: createHash('sha1').update(inputs).digest('hex'),
    gradingProcess: path.join(dir, 'gradingProcess.js'),
    memoryWatch: path.join(dir, 'memoryWatch.js'),
    gradingRun: path.join(dir, 'gradingRun.js'),
    commands: Object.fromEntries(
      COMMANDS.map((command) => [command, path.join(dir, 'tools', `${command}.js`)]),
    ),
    plan: JSON.parse(fs.readFileSync(path.join(dir, 'plan.json'), 'utf8')),
  };
}

module.exports = { bundles, removeStaleBuilds, COMMANDS, STALE_MS };
