const path = require('node:path');

/*
 * The learner's file as LeetCode's TypeScript compiler sees it: its type errors, for a note on the
 * card (never a tier: the grader runs the code either way). Run in a process of its own, at a low
 * priority, while the file is graded: the compiler takes a second or two to load and check.
 *
 *   node typeCheck.cjs <file> <out> <declarations>   writes to <out> a JSON array of "line N:
 *                                                    message", at most MAX_ERRORS; <declarations>:
 *                                                    the .d.ts of what LeetCode declares (typeErrors.ts)
 *
 * Lenient as LeetCode is (no strict mode), with its globals and TreeNode declared
 * (kata/leetcode.d.ts). A file that declares a TreeNode or a Queue of its own is not faulted for it.
 */

const MAX_ERRORS = 5;
const ts = require('typescript');
const file = path.resolve(process.argv[2]);
const OWN_DECLARATIONS = new Set([2300, 2451, 2440, 2813, 2814]); // duplicate identifier and kin

const program = ts.createProgram([file, process.argv[4]], {
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2023.d.ts'],
  types: [],
  skipLibCheck: true,
  module: ts.ModuleKind.CommonJS,
  esModuleInterop: true,
});
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
require('node:fs').writeFileSync(process.argv[3], JSON.stringify(shown));
