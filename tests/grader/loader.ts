import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import type { Module as NodeModule } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { NODE_BRAND } from './countingTree';
import { EXERCISES } from './exercises/index';
import { PROJECT_ROOT } from './paths';

/*
 * Loads solution files into Node's main context rather than the sandbox Jest runs test files in.
 * Inside that sandbox every global lookup (Math.abs, Array, ...) goes through an interceptor: a
 * solution's hot loop runs 10 to 100 times slower than in plain Node, enough to push honest code
 * into a time limit, and to make `npm test` and `npm run compare` disagree. Loaded here, a
 * solution runs the same way everywhere. (The counting tree may stay in the sandbox: its getters
 * touch no globals.)
 */

/** The main context's global object (the sandbox has its own). */
export const mainGlobal = vm.runInThisContext('globalThis') as typeof globalThis;

const mainProcess = mainGlobal.process;
// Jest gives test files a patched `module` builtin whose createRequire returns Jest's own
// require; the real Module class is the constructor of the main context's entry module.
const RealModule = (mainProcess.mainModule?.constructor ??
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('node:module')) as typeof NodeModule;
export const realRequire = RealModule.createRequire(__filename);

let tsxReady = false;

/**
 * What a solution imports (the kata's TreeNode, a helper file of its own) loads through tsx.
 * Registered only for code that requires something: most solutions import types alone, which
 * compile to nothing, and a grading process saves tsx's start. Registering over an earlier tsx
 * hook (the CLI tools run under one) is harmless.
 */
function prepareImports(code: string): void {
  if (tsxReady || !/\brequire\s*\(/.test(code)) return;
  (realRequire('tsx/cjs/api') as { register: () => void }).register();
  tsxReady = true;
}

/**
 * A top-level function named as an exercise's export (closestKValues) counts as exported:
 * LeetCode's editor declares it without `export`, and a solution pasted from there must load
 * unchanged. Appended to the learner's source; harmless when it is exported already, or declared
 * nowhere.
 *
 * And `node instanceof TreeNode` holds for the grader's nodes, as it does on LeetCode for its own:
 * whichever TreeNode the file tests against (LeetCode's global one, a class of its own, one it
 * imports) learns to recognise them by a brand their prototype carries (countingTree.ts).
 */
const APPENDED = `${EXERCISES.map(
  ({ exportName: name }) => `
;if (typeof ${name} === 'function' && !module.exports.${name}) {
  module.exports.${name} = ${name};
}`,
).join('')}
;if (typeof Solution === 'function' && !module.exports.Solution) module.exports.Solution = Solution;
;(() => {
  const brand = Symbol.for('${NODE_BRAND}');
  const recognise = (C) => {
    if (typeof C !== 'function' || Object.prototype.hasOwnProperty.call(C, Symbol.hasInstance)) return;
    Object.defineProperty(C, Symbol.hasInstance, {
      value: (x) => (x != null && x[brand] === true) || Function.prototype[Symbol.hasInstance].call(C, x),
    });
  };
  if (typeof TreeNode === 'function') recognise(TreeNode);
  for (const child of module.children) recognise(child.exports && child.exports.TreeNode);
})();
`;

const LOADERS: Record<string, 'ts' | 'tsx' | 'js' | 'jsx'> = {
  '.ts': 'ts',
  '.mts': 'ts',
  '.cts': 'ts',
  '.tsx': 'tsx',
  '.jsx': 'jsx',
};

let compiledDir: string | undefined;

/**
 * Keeps compiled files in `dir`, by their source: a grading process that loads a file compiled
 * before (by an earlier process of the same run, or an earlier run) skips esbuild, whose start
 * costs a fresh process about 50 ms.
 */
export function cacheCompiledIn(dir: string | undefined): void {
  compiledDir = dir;
}

/** Why a file could not be compiled: one reason, for the card. */
export class CompileError extends Error {}

function compileSolution(file: string, source: string): string {
  const esbuild = realRequire('esbuild') as typeof import('esbuild');
  let code: string;
  try {
    code = esbuild.transformSync(source, compileOptions(file)).code;
  } catch (error) {
    throw new CompileError(compileReason(error));
  }
  return withAppended(code);
}

function compileOptions(file: string): import('esbuild').TransformOptions {
  return {
    loader: LOADERS[path.extname(file)] ?? 'js',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    sourcesContent: false,
    sourcefile: file,
  };
}

/**
 * After compiling, so that an import used only as a type stays a type (and compiles to nothing);
 * before the source map's comment, which must stay last.
 */
function withAppended(code: string): string {
  const at = code.lastIndexOf('//# sourceMappingURL=');
  return at < 0 ? code + APPENDED : `${code.slice(0, at)}${APPENDED}\n${code.slice(at)}`;
}

/** esbuild's first error, with its place: "Expected ";" but found "x" (line 3:14)". */
function compileReason(error: unknown): string {
  const first = (
    error as { errors?: { text: string; location?: { line: number; column: number } | null }[] }
  ).errors?.[0];
  if (!first) return String((error as Error)?.message ?? error).slice(0, 300);
  const where = first.location ? ` (line ${first.location.line}:${first.location.column + 1})` : '';
  return `it does not compile: ${first.text.slice(0, 300)}${where}`;
}

/**
 * The file as Node will run it, compiled by esbuild (kept in the cache when there is one). Throws
 * CompileError, with one reason, for a file that cannot be read as text or does not compile.
 */
export function compiledSolution(file: string): string {
  const source = sourceText(file);
  if (!compiledDir) return compileSolution(file, source);
  const cached = compiledPath(compiledDir, file, source);
  try {
    return readFileSync(cached, 'utf8');
  } catch {
    const code = compileSolution(file, source);
    keepCompiled(cached, code);
    return code;
  }
}

/** Where `file`'s compiled code is kept in `dir`: by esbuild's version, its path and its text. */
function compiledPath(dir: string, file: string, source: string): string {
  const key = createHash('sha1')
    .update([COMPILER_VERSION, file, source, APPENDED].join('\0'))
    .digest('hex');
  return path.join(dir, `${key}.js`);
}

function keepCompiled(cached: string, code: string): void {
  try {
    mkdirSync(path.dirname(cached), { recursive: true });
    const temporary = `${cached}.${process.pid}.tmp`;
    writeFileSync(temporary, code);
    renameSync(temporary, cached);
  } catch {
    // a cache that cannot be written only costs time
  }
}

/** A solution is a few kilobytes: anything past this is compiled by its own grading process. */
const COMPILE_AHEAD_MAX_BYTES = 1 << 20;

/**
 * Compiles `file` into the cache of `dir` (as compiledSolution would), in the process that starts a
 * grading process, while that one starts: esbuild's service is started once there for every file
 * it grades, where each grading process would start its own (40 ms of CPU). A file that cannot be
 * read or compiled is left to the grading process, which says why.
 */
export async function compileAhead(given: string, dir: string): Promise<void> {
  const file = path.resolve(given); // as loadSolution names it
  let source: string;
  try {
    // A huge file (a hostile one) is not read into the supervising process: its process compiles it.
    if (statSync(file).size > COMPILE_AHEAD_MAX_BYTES) return;
    source = sourceText(file);
  } catch {
    return;
  }
  const cached = compiledPath(dir, file, source);
  if (existsSync(cached)) return;
  const esbuild = realRequire('esbuild') as typeof import('esbuild');
  try {
    keepCompiled(
      cached,
      withAppended((await esbuild.transform(source, compileOptions(file))).code),
    );
  } catch {
    // its reason is the grading process's to give
  }
}

/** The source as UTF-8 text; a file saved in UTF-16 (some Windows editors) is said to be. */
function sourceText(file: string): string {
  const bytes = readFileSync(file);
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    (bytes.length >= 4 &&
      (bytes[1] === 0 || bytes[0] === 0) &&
      bytes.subarray(0, 64).filter((b) => b === 0).length >= 8);
  if (utf16) {
    throw new CompileError(
      'it is saved as UTF-16 text; save it as UTF-8 (in VS Code: the encoding in the status bar, "Save with Encoding", UTF-8)',
    );
  }
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

const COMPILER_VERSION = (realRequire('esbuild/package.json') as { version: string }).version;

/**
 * Runs compiled code as the module `file`, afresh (watch mode re-grades a file after every save):
 * the learner's top level, to run under a guard. What it imports loads through tsx.
 */
export function evaluateSolution(file: string, code: string): unknown {
  // Stack traces mapped back to the learner's lines.
  mainProcess.setSourceMapsEnabled(true);
  forget(realRequire.cache[file]);
  prepareImports(code);
  const module = new RealModule(file) as NodeModule & {
    _compile(code: string, file: string): void;
  };
  module.filename = file;
  // The project's packages last: a file outside the project that imports one LeetCode provides
  // (`@datastructures-js/priority-queue`) finds it, as the type check does.
  module.paths = [
    ...(RealModule as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(
      path.dirname(file),
    ),
    path.join(PROJECT_ROOT, 'node_modules'),
  ];
  realRequire.cache[file] = module;
  module._compile(code, file);
  module.loaded = true;
  return module.exports;
}

// Drops a module and the project files it loaded from the require cache.
function forget(module: NodeJS.Module | undefined): void {
  if (!module || module.filename.includes(`${path.sep}node_modules${path.sep}`)) return;
  delete realRequire.cache[module.filename];
  for (const child of module.children) forget(child);
}

/**
 * The line in the learner's source for a stack frame's position. Node maps the frames of the code
 * it loaded here (source maps on): such a position is the source's already. A test runner may
 * format stack traces itself, without Node's source-map support: then it is the compiled code's,
 * where a thrown expression starts one of the map's segments exactly. (Mapping a mapped position
 * again named a generator's line 9 for its line 24.)
 */
export function originalLine(file: string, line: number, column: number): number {
  const map = (
    RealModule as unknown as { findSourceMap?: (file: string) => SourceMapLike | undefined }
  ).findSourceMap?.(file);
  const entry = map?.findEntry(line - 1, column - 1);
  const compiled =
    entry &&
    'originalLine' in entry &&
    entry.generatedLine === line - 1 &&
    entry.generatedColumn === column - 1;
  return compiled ? entry.originalLine + 1 : line;
}

interface SourceMapLike {
  findEntry(
    line: number,
    column: number,
  ):
    | { originalLine: number; generatedLine: number; generatedColumn: number }
    | Record<string, never>;
}
