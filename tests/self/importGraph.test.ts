import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/*
 * The engine is a stack of layers: a module never imports, even for a type, from a module that
 * imports it back, directly or through others. A circle ties every file on it into one knot that
 * can only be changed whole (issue 25: thirteen files, from two constants of the process layer read
 * by guard.ts and memoryProbe.ts).
 */

const ROOT = path.join(__dirname, '..', '..');
const SCANNED = ['tests/grader', 'tests/graded', 'tools'];
const SOURCE = /\.(ts|cjs)$/;

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourcesUnder(full);
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The project file a relative specifier names, or undefined (a package, a built-in). */
function resolve(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.cjs`, path.join(base, 'index.ts')];
  return candidates.find((file) => SOURCE.test(file) && existsSync(file));
}

/** Each scanned file's imports (import, export … from, import(), require() of a literal). */
export function importGraph(files: string[]): Map<string, string[]> {
  return new Map(
    files.map((file) => {
      const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      const targets = importedFiles
        .map(({ fileName }) => resolve(file, fileName))
        .filter((target): target is string => target !== undefined);
      return [file, [...new Set(targets)]];
    }),
  );
}

/**
 * The circles of the graph: for each knot (a strongly connected component, Tarjan), its size and a
 * shortest circle through it, as the files on it in import order, the first repeated at the end.
 */
export function cycles(graph: Map<string, string[]>): { circle: string[]; knot: number }[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: { circle: string[]; knot: number }[] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component = new Set<string>();
    for (let top = ''; top !== node;) {
      top = stack.pop()!;
      onStack.delete(top);
      component.add(top);
    }
    const selfLoop = (graph.get(node) ?? []).includes(node);
    if (component.size > 1 || selfLoop) {
      found.push({ circle: circleThrough(node, component, graph), knot: component.size });
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** A shortest way from `start` back to itself inside its component (breadth first). */
function circleThrough(start: string, within: Set<string>, graph: Map<string, string[]>) {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    for (const next of graph.get(queue[i]) ?? []) {
      if (!within.has(next)) continue;
      if (next === start) {
        const between: string[] = [];
        for (let at = queue[i]; at !== start; at = cameFrom.get(at)!) between.unshift(at);
        return [start, ...between, start];
      }
      if (cameFrom.has(next)) continue;
      cameFrom.set(next, queue[i]);
      queue.push(next);
    }
  }
  return [start, start];
}

test('the cycle finder names a circle, and finds none in a stack of layers', () => {
  const layered = new Map([
    ['a', ['b', 'c']],
    ['b', ['c']],
    ['c', []],
  ]);
  expect(cycles(layered)).toEqual([]);
  const knotted = new Map([
    ['top', ['protocol']],
    ['protocol', ['guard']],
    ['guard', ['validator', 'protocol']],
    ['validator', []],
    ['alone', ['alone']],
  ]);
  expect(cycles(knotted)).toEqual([
    { circle: ['protocol', 'guard', 'protocol'], knot: 2 },
    { circle: ['alone', 'alone'], knot: 1 },
  ]);
});

test('the imports of the engine, the graded face and the tools point one way (no circle)', () => {
  const files = SCANNED.flatMap((dir) => sourcesUnder(path.join(ROOT, dir)));
  const graph = importGraph(files);
  // The scan sees the engine's real imports (a parse that found nothing would pass too).
  expect(graph.get(path.join(ROOT, 'tests/grader/guard.ts'))).toContain(
    path.join(ROOT, 'tests/grader/validator.ts'),
  );
  const named = cycles(graph).map(
    ({ circle, knot }) =>
      `${circle.map((file) => path.relative(ROOT, file)).join(' → ')} (a knot of ${knot} files)`,
  );
  expect(named).toEqual([]);
});

test("fast-check is loaded on first use (arbitraries.ts), never by an import: the space tier's process draws no case", () => {
  const engine = sourcesUnder(path.join(ROOT, 'tests', 'grader'));
  const eager = engine.filter((file) => {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    return source.statements.some(
      (statement) =>
        ts.isImportDeclaration(statement) &&
        (statement.moduleSpecifier as ts.StringLiteral).text === 'fast-check' &&
        !statement.importClause?.isTypeOnly,
    );
  });
  expect(eager).toEqual([]);
  const loaders = engine.filter((file) =>
    readFileSync(file, 'utf8').includes("require('fast-check')"),
  );
  expect(loaders.map((file) => path.relative(ROOT, file))).toEqual(['tests/grader/arbitraries.ts']);
});
