const path = require('node:path');

/*
 * The learner's file as LeetCode's TypeScript compiler sees it: its type errors, for a note on the
 * card (never a tier: the grader runs the code either way). Run in a process of its own, at a low
 * priority, while the file is graded: the compiler takes a second or two to load and check.
 *
 *   node typeCheck.cjs (<file> <out> <declarations>)…   for each file, writes to <out> a JSON array
 *                                                      of "line N: message", at most MAX_ERRORS;
 *                                                      <declarations>: the .d.ts of what LeetCode
 *                                                      declares (typeErrors.ts)
 *
 * Compiled as LeetCode compiles TypeScript (its environment page: `--alwaysStrict
 * --strictBindCallApply --strictFunctionTypes --target ES2024`, so no strict null or implicit-any
 * checks), with Node's globals (console, structuredClone, process, setTimeout) and LeetCode's own
 * (kata/leetcode.d.ts). A file that declares a TreeNode or a Queue of its own is not faulted for it.
 * Several files are checked one after another, each in a program of its own (it and its
 * declarations): the standard library's and Node's declarations, parsed and bound once for the
 * first (1.5 s of CPU), are shared by the next (0.1 s each), as TypeScript's language service
 * shares them between programs.
 */

const MAX_ERRORS = 5;
const ts = require('typescript');
const OWN_DECLARATIONS = new Set([2300, 2451, 2440, 2813, 2814]); // duplicate identifier and kin
const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');

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
  typeRoots: [path.join(PROJECT_ROOT, 'node_modules', '@types')],
  skipLibCheck: true,
  module: ts.ModuleKind.CommonJS,
  esModuleInterop: true,
};
const host = ts.createCompilerHost(options);
// A file outside the project that imports a package LeetCode provides (the grader provides the
// same) finds it in the project's node_modules, as the grader's require does.
const besideProject = path.join(PROJECT_ROOT, 'kata', 'index.ts');
host.resolveModuleNames = (names, containingFile, _reused, redirected, compilerOptions) =>
  names.map((name) => {
    const resolve = (from) =>
      ts.resolveModuleName(name, from, compilerOptions, host, undefined, redirected).resolvedModule;
    return resolve(containingFile) ?? (name.startsWith('.') ? undefined : resolve(besideProject));
  });
/** Every file read so far, by name: the same text under the same options parses the same. */
const parsed = new Map();
const readSourceFile = host.getSourceFile.bind(host);
host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
  if (!parsed.has(fileName))
    parsed.set(fileName, readSourceFile(fileName, languageVersion, onError, shouldCreate));
  return parsed.get(fileName);
};

function errorsOf(file, declarations) {
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

const args = process.argv.slice(2);
for (let i = 0; i + 2 < args.length; i += 3) {
  const [file, out, declarations] = args.slice(i, i + 3);
  require('node:fs').writeFileSync(out, JSON.stringify(errorsOf(path.resolve(file), declarations)));
}
