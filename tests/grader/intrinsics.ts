import { LEETCODE_GLOBALS } from './leetcodeGlobals';
import { mainGlobal } from './loader';

/*
 * Built-ins a solution must leave alone. In the grading process the judge shares its realm with
 * the learner's code: a file that sets `Math.abs = () => 0` would make every answer look right.
 * Their values are noted before the learner's file loads, compared after the load, after each
 * call under its own guard and at the end of each session of calls (trial.ts), always inside the
 * guard (a getter put in a built-in's place is learner code), and put back when changed. A change
 * anywhere in a session fails it, so a judgment it fooled on the way never counts. Watched: the
 * methods (Math.abs, Array.prototype.slice, ...) and the global constructors and namespaces (Map,
 * Math, ...); constants such as Math.PI and accessors such as Map.prototype.size judge nothing.
 */

const g = mainGlobal;
// Taken before any learner code runs: the check itself must not use what it checks.
const { defineProperty, getOwnPropertyDescriptor, ownKeys } = Reflect;
const WATCHED: [object, string][] = [
  [g, 'globalThis'],
  [g.Math, 'Math'],
  [g.JSON, 'JSON'],
  [g.Reflect, 'Reflect'],
  [g.Object, 'Object'],
  [g.Object.prototype, 'Object.prototype'],
  [g.Function.prototype, 'Function.prototype'],
  [g.Array, 'Array'],
  [g.Array.prototype, 'Array.prototype'],
  [g.Number, 'Number'],
  [g.Number.prototype, 'Number.prototype'],
  [g.String, 'String'],
  [g.String.prototype, 'String.prototype'],
  [g.Map.prototype, 'Map.prototype'],
  [g.Set.prototype, 'Set.prototype'],
  [g.WeakMap.prototype, 'WeakMap.prototype'],
  [g.WeakSet.prototype, 'WeakSet.prototype'],
  [g.Symbol, 'Symbol'],
];

const NAMESPACES = new Set<PropertyKey>(['Math', 'JSON', 'Reflect']);
/** Globals a solution may set freely: the output the guard captures, LeetCode's TreeNode. */
const FREE_GLOBALS = new Set<PropertyKey>([
  'console',
  'process',
  'TreeNode',
  'structuredClone',
  ...LEETCODE_GLOBALS,
]);

interface Noted {
  owner: object;
  key: PropertyKey;
  name: string;
  value: unknown;
  descriptor: PropertyDescriptor;
}

let noted: Noted[] | undefined;
let check: () => string | null = () => null;

/** Methods everywhere; on the global object, also the namespaces (Math, JSON, Reflect). */
function watched(owner: object, key: PropertyKey, value: unknown): boolean {
  if (owner !== g) return typeof value === 'function';
  return !FREE_GLOBALS.has(key) && (typeof value === 'function' || NAMESPACES.has(key));
}

/** Notes the built-ins as they are now; later calls keep the first note. */
export function noteIntrinsics(): void {
  if (noted) return;
  noted = [];
  for (const [owner, ownerName] of WATCHED) {
    for (const key of ownKeys(owner)) {
      const descriptor = getOwnPropertyDescriptor(owner, key)!;
      if (!watched(owner, key, descriptor.value)) continue;
      const name = owner === g ? String(key) : `${ownerName}.${String(key)}`;
      noted.push({ owner, key, name, value: descriptor.value, descriptor });
    }
  }
  check = compiledCheck(noted);
}

/**
 * One comparison per built-in, each at a place of its own in generated code, so that every
 * property load always sees the same object and key (about 1 ns); one loop over all of them would
 * make each load megamorphic (20 to 50 ns each). Reads of the global object are access-checked
 * from inside the guard's context all the same (about 30 µs a check): a session of calls is
 * checked once, at its end, not after each of its thousands of calls.
 */
function compiledCheck(list: Noted[]): () => string | null {
  const owners = [...new Set(list.map((entry) => entry.owner))];
  const lines = list.map(
    ({ owner }, i) => `if (O[${owners.indexOf(owner)}][K[${i}]] !== V[${i}]) return N[${i}];`,
  );
  const make = new Function(
    'O',
    'K',
    'V',
    'N',
    `return () => {\n${lines.join('\n')}\nreturn null;\n};`,
  );
  return make(
    owners,
    list.map((entry) => entry.key),
    list.map((entry) => entry.value),
    list.map((entry) => entry.name),
  ) as () => string | null;
}

/**
 * The name of the first watched built-in whose value changed, or null. Reads through a getter put
 * in a built-in's place: call it inside the guard of the learner's code.
 */
export function changedIntrinsic(): string | null {
  return check();
}

/**
 * Puts every changed built-in back, without calling anything the learner defined. False when one
 * could not be put back (made non-configurable): every later check finds it changed again, so
 * nothing judged with it can pass.
 */
export function restoreIntrinsics(): boolean {
  let restored = true;
  for (const { owner, key, value, descriptor } of noted ?? []) {
    const now = getOwnPropertyDescriptor(owner, key);
    if (now && 'value' in now && now.value === value) continue;
    if (!defineProperty(owner, key, descriptor)) restored = false;
  }
  return restored;
}

/** The sentence for a learner whose code changed a built-in (`restored`: put back or not). */
export function changedIntrinsicReason(name: string, when: string, restored: boolean): string {
  const back = restored
    ? 'the grader put it back'
    : 'it could not be put back (made unchangeable), so nothing judged with it can pass';
  return (
    `${when} replaced ${name}, a built-in the grader judges answers with; ${back}. ` +
    'Leave built-ins as they are: write a helper function of your own instead'
  );
}
