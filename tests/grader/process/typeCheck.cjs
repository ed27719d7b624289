const fs = require('node:fs');
const path = require('node:path');
const v8 = require('node:v8');
const vm = require('node:vm');

/*
 * The learner's file as LeetCode's TypeScript compiler sees it: its type errors, for a note on the
 * card (never a tier: the grader runs the code either way). Run in a process of its own, at a low
 * priority, while the file is graded.
 *
 *   node typeCheck.cjs (<file> <out> <declarations>)…   for each file, writes to <out> a JSON array
 *                                                      of "line N: message", at most MAX_ERRORS;
 *                                                      <declarations>: the .d.ts of what LeetCode
 *                                                      declares (typeErrors.ts)
 *   node typeCheck.cjs --snapshot <blob> <d.ts>        checks nothing: leaves in <blob> a start-up
 *                                                      snapshot of a checker with the compiler
 *                                                      loaded and the declarations read, <d.ts>'s
 *                                                      too (or <blob>.refused, where Node cannot)
 *   node --snapshot-blob <blob> (…)…                   the same check, started from that snapshot;
 *                                                      exit code 3: the snapshot is out of date
 *
 * Compiled as LeetCode compiles TypeScript (its environment page: `--alwaysStrict
 * --strictBindCallApply --strictFunctionTypes --target ES2024`, so no strict null or implicit-any
 * checks), with Node's globals (console, structuredClone, process, setTimeout) and LeetCode's own
 * (kata/leetcode.d.ts). A file that declares a TreeNode or a Queue of its own is not faulted for it.
 *
 * What a check costs is mostly reading declarations: the standard library's and Node's, 172 files,
 * parsed and bound in 1.5 s of CPU, then 0.1 s for the file itself. Files checked one after another
 * share them (each in a program of its own, as TypeScript's language service shares them between
 * programs); a process started from the snapshot has them already (0.4 s in all, on every edit).
 */

const MAX_ERRORS = 5;
const OWN_DECLARATIONS = new Set([2300, 2451, 2440, 2813, 2814]); // duplicate identifier and kin
/**
 * The project's packages, by their real path: copies of the project that share node_modules
 * through a link (the self-tests') share the snapshot kept there too, and none of its paths may
 * lead into a copy that is gone.
 */
const NODE_MODULES = fs.realpathSync(path.resolve(__dirname, '..', '..', '..', 'node_modules'));
const TYPESCRIPT = path.join(NODE_MODULES, 'typescript', 'lib', 'typescript.js');

/** TypeScript, loaded by hand: a snapshot's builder may require Node's own modules only. */
function loadTypeScript() {
  const module = { exports: {} };
  const params = ['exports', 'require', 'module', '__filename', '__dirname'];
  const source = fs.readFileSync(TYPESCRIPT, 'utf8');
  vm.compileFunction(source, params, { filename: TYPESCRIPT })(
    module.exports,
    require,
    module,
    TYPESCRIPT,
    path.dirname(TYPESCRIPT),
  );
  return module.exports;
}

/** Exit code of a check started from a snapshot whose declarations changed on disk since. */
const STALE = 3;

/**
 * `--snapshot <blob> <declarations>`: builds the snapshot in a process of its own (Node writes it
 * as that process exits), then moves it into place, so that no check starts from half a snapshot,
 * and ends the build's lock (typeErrors.ts). Started detached, in the background: a graded run's
 * check does not wait for it, and may end first.
 */
if (process.argv[2] === '--snapshot') {
  const { spawnSync } = require('node:child_process');
  const [blob, declarations] = process.argv.slice(3);
  const temporary = `${blob}.${process.pid}.tmp`;
  // A place taken by anything but a file (a folder) could never hold it: not built for nothing.
  let taken = false;
  try {
    taken = !fs.statSync(blob).isFile();
  } catch {
    // free
  }
  const built = taken
    ? undefined
    : spawnSync(
        process.execPath,
        ['--snapshot-blob', temporary, '--build-snapshot', __filename, declarations],
        // A guard against a hang, not a limit: a build takes 3 s of CPU.
        { stdio: 'ignore', timeout: 300_000 },
      );
  try {
    if (!built) throw new Error(`no snapshot: ${blob} is taken by something other than a file`);
    if (built.status !== 0) throw new Error(`no snapshot: ${built.status ?? built.signal}`);
    fs.renameSync(temporary, blob);
    // Snapshots of an older checker or compiler (50 MB each) go: none will start again.
    const folder = path.dirname(blob);
    for (const name of fs.readdirSync(folder)) {
      if (/^checker-\w+\.blob$/.test(name) && name !== path.basename(blob))
        fs.rmSync(path.join(folder, name), { force: true });
    }
  } catch (error) {
    try {
      fs.rmSync(temporary, { force: true });
      // Where Node cannot build one, never again (a build stopped by the guard may be tried again).
      if (built?.error?.code !== 'ETIMEDOUT')
        fs.writeFileSync(`${blob}.refused`, `${error.message}\n`);
    } catch {
      // a folder it cannot write to: the next check tries again
    }
  }
  fs.rmSync(`${blob}.building`, { force: true });
  process.exit(0);
}

const ts = loadTypeScript();

const options = {
  noEmit: true,
  // TypeScript 6 is strict unless told otherwise; LeetCode turns on these three alone.
  strict: false,
  alwaysStrict: true,
  strictBindCallApply: true,
  strictFunctionTypes: true,
  target: ts.ScriptTarget.ES2024,
  lib: ['lib.es2024.d.ts'],
  types: ['node'],
  typeRoots: [path.join(NODE_MODULES, '@types')],
  skipLibCheck: true,
  module: ts.ModuleKind.CommonJS,
  esModuleInterop: true,
};

/** Every file read so far, by name: the same text under the same options parses the same. */
const parsed = new Map();

/** A compiler host (made where it is used: it keeps the working folder it first sees). */
function compilerHost() {
  const host = ts.createCompilerHost(options);
  // A file outside the project that imports a package LeetCode provides (the grader provides the
  // same) finds it in the project's node_modules, as the grader's require does.
  const besideProject = path.join(path.dirname(NODE_MODULES), 'index.ts');
  host.resolveModuleNames = (names, containingFile, _reused, redirected, compilerOptions) =>
    names.map((name) => {
      const resolve = (from) =>
        ts.resolveModuleName(name, from, compilerOptions, host, undefined, redirected)
          .resolvedModule;
      return resolve(containingFile) ?? (name.startsWith('.') ? undefined : resolve(besideProject));
    });
  const readSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    if (!parsed.has(fileName))
      parsed.set(fileName, readSourceFile(fileName, languageVersion, onError, shouldCreate));
    return parsed.get(fileName);
  };
  return host;
}

function errorsOf(host, file, declarations) {
  const program = ts.createProgram([file, declarations], options, host);
  const errors = ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === file.split(path.sep).join('/') || d.file?.fileName === file)
    .filter((d) => d.category === ts.DiagnosticCategory.Error && !OWN_DECLARATIONS.has(d.code))
    .map((d) => {
      const { line } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
      const text = ts.flattenDiagnosticMessageText(d.messageText, ' ');
      return `line ${line + 1}: ${text.length > 200 ? `${text.slice(0, 200)}…` : text}`;
    });
  const shown = errors.slice(0, MAX_ERRORS);
  if (errors.length > MAX_ERRORS) shown.push(`… and ${errors.length - MAX_ERRORS} more`);
  return shown;
}

/** Checks each (file, out, declarations) of `args`. */
function checkAll(args) {
  const host = compilerHost();
  for (let i = 0; i + 2 < args.length; i += 3) {
    const [file, out, declarations] = args.slice(i, i + 3);
    fs.writeFileSync(out, JSON.stringify(errorsOf(host, path.resolve(file), declarations)));
  }
}

/** A file as it is on disk now: its time (to the millisecond, as a Date holds it) and size. */
function stamp(fileName) {
  try {
    const { mtimeMs, size } = fs.statSync(fileName);
    return `${Math.trunc(mtimeMs)}:${size}`;
  } catch {
    return 'gone';
  }
}

if (v8.startupSnapshot?.isBuildingSnapshot()) {
  // Read and bound now: the standard library's declarations, Node's, and those of the packages
  // LeetCode's globals come from (lodash's types above all), which the files that name one read.
  ts.createProgram([process.argv[2]], options, compilerHost()).getTypeChecker();
  // The snapshot keeps what npm installed (the standard library's, Node's and the packages'
  // declarations), each as it was on disk: one changed since (an npm install) and it reads them
  // all again. The learner's files and the project's own declarations are read afresh every time.
  const kept = new Map();
  for (const fileName of [...parsed.keys()]) {
    if (/[\\/]node_modules[\\/]/.test(fileName)) kept.set(fileName, stamp(fileName));
    else parsed.delete(fileName);
  }
  v8.startupSnapshot.setDeserializeMainFunction(() => {
    const stale = [...kept].some(([fileName, was]) => stamp(fileName) !== was);
    if (stale) parsed.clear();
    // Started from a snapshot, the arguments follow node's own.
    checkAll(process.argv.slice(1));
    if (stale) process.exitCode = STALE;
  });
} else {
  checkAll(process.argv.slice(2));
}
