import { LEETCODE_GLOBALS } from './leetcodeGlobals';
import { mainGlobal } from './loader';

/*
 * Built-ins a solution must leave alone. In the grading process the judge shares its realm with
 * the learner's code: a file that sets `Math.abs = () => 0` would make every answer look right.
 * Their values are noted before the learner's file loads, compared after the load, after each
 * call under its own guard and at the end of each session of calls (trial.ts), always inside the
 * guard (a getter put in a built-in's place is learner code), and put back when changed. A change
 * anywhere in a session fails it, so a judgment it fooled on the way never counts. Watched: the
 * methods (Math.abs, Array.prototype.slice, ...), the accessors (Array[Symbol.species], which
 * every slice and map looks up), the global constructors and namespaces (Map, Math, ...); on the
 * prototypes and constructors, also what a lookup that finds nothing of its own meets: a getter
 * or an index added (Array.prototype[0] is read by every read past the end of an array, the
 * grader's own included) and the prototype they inherit from. Constants such as Math.PI judge
 * nothing; methods a solution adds (a helper on Object.prototype) are its own business.
 */

const g = mainGlobal;
// Taken before any learner code runs: the check itself must not use what it checks.
const {
  defineProperty,
  deleteProperty,
  getOwnPropertyDescriptor,
  getPrototypeOf,
  ownKeys,
  setPrototypeOf,
} = Reflect;
const { is } = Object;
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
  // What every for-of over an array, a Map or a Set, and every spread of one, calls for each
  // element; what every regular expression of the grader runs.
  [getPrototypeOf(g.Array.prototype.values.call(new g.Array())) as object, 'ArrayIterator'],
  [getPrototypeOf(g.Map.prototype.values.call(new g.Map())) as object, 'MapIterator'],
  [getPrototypeOf(g.Set.prototype.values.call(new g.Set())) as object, 'SetIterator'],
  [g.RegExp.prototype, 'RegExp.prototype'],
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

/** A watched object other than the global one: its own keys and its prototype, as noted. */
interface NotedOwner {
  owner: object;
  name: string;
  keys: Set<PropertyKey>;
  prototype: object | null;
}

let noted: Noted[] | undefined;
const owners: NotedOwner[] = [];
let check: () => string | null = () => null;

/** Methods and accessors everywhere; on the global object, also the namespaces (Math, JSON, Reflect). */
function watched(owner: object, key: PropertyKey, descriptor: PropertyDescriptor): boolean {
  const { value } = descriptor;
  if (owner !== g) return typeof value === 'function' || !('value' in descriptor);
  return !FREE_GLOBALS.has(key) && (typeof value === 'function' || NAMESPACES.has(key));
}

/** "0", "17": a key that a read past an array's end, or of a hole, looks up on its prototypes. */
function isIndex(key: PropertyKey): boolean {
  if (typeof key !== 'string' || key.length === 0 || (key.length > 1 && key.charCodeAt(0) === 48))
    return false;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** "Array.prototype[0]", "Object.prototype.then", "Array[Symbol(Symbol.species)]". */
function nameOf(ownerName: string, key: PropertyKey): string {
  return typeof key === 'string' && !isIndex(key)
    ? `${ownerName}.${key}`
    : `${ownerName}[${String(key)}]`;
}

/**
 * The first key added to a watched object that grader code may meet without asking for it, after
 * `from`: a getter or setter (any lookup of a missing name reaches it), or an index (any read past
 * an array's end). Plain methods and values added (a solution's helpers) are not among them.
 * Writes to no array: with a getter at Array.prototype[0], writing index 0 of any array throws.
 */
function addedTrap(
  { owner, keys }: NotedOwner,
  from = 0,
): { key: PropertyKey; at: number; accessor: boolean } | null {
  const now = ownKeys(owner);
  for (let at = from; at < now.length; at++) {
    const key = now[at];
    if (keys.has(key)) continue;
    const descriptor = getOwnPropertyDescriptor(owner, key);
    if (descriptor && !('value' in descriptor)) return { key, at, accessor: true };
    if (isIndex(key)) return { key, at, accessor: false };
  }
  return null;
}

/** The first trap added to a watched object, said ("a getter added at …"); null when none. */
function firstTrap(watched: NotedOwner): string | null {
  const trap = addedTrap(watched);
  return trap && trapWords(watched, trap);
}

function trapWords(watched: NotedOwner, trap: { key: PropertyKey; accessor: boolean }): string {
  const what = trap.accessor ? 'a getter or setter' : 'an index';
  return `${what} added at ${nameOf(watched.name, trap.key)}`;
}

/**
 * Whether the realm is as it was when this was called: every watched object (the global one with
 * them) with the same own properties, each with the same value or accessors, and the same
 * prototype. What a solution may add freely (a helper on Object.prototype, a global of its own)
 * counts too: a grading process serves another file only when the last one left none of it.
 */
export function realmKeeper(): () => boolean {
  const state = () =>
    WATCHED.map(([owner]) => ({
      owner,
      prototype: getPrototypeOf(owner),
      properties: new Map(
        ownKeys(owner).map((key) => [key, getOwnPropertyDescriptor(owner, key)!]),
      ),
    }));
  const before = state();
  return () =>
    state().every(({ owner, prototype, properties }, i) => {
      const then = before[i];
      if (prototype !== then.prototype || properties.size !== then.properties.size) return false;
      for (const [key, was] of then.properties) {
        const now = properties.get(key);
        if (!now) return false;
        if (is(now.value, was.value) && now.get === was.get && now.set === was.set) continue;
        // Node's lazy globals (TextEncoder, …) turn from its getter into their value on first use,
        // which may be the grader's own (compiling a file): the getter, Node's, gives that value.
        if (!was.get || !('value' in now) || !is(was.get.call(owner), now.value)) return false;
      }
      return true;
    });
}

/** Notes the built-ins as they are now; later calls keep the first note. */
export function noteIntrinsics(): void {
  if (noted) return;
  noted = [];
  for (const [owner, ownerName] of WATCHED) {
    const keys = ownKeys(owner);
    if (owner !== g) {
      owners.push({
        owner,
        name: ownerName,
        keys: new Set(keys),
        prototype: getPrototypeOf(owner),
      });
    }
    for (const key of keys) {
      const descriptor = getOwnPropertyDescriptor(owner, key)!;
      if (!watched(owner, key, descriptor)) continue;
      const name = owner === g ? String(key) : nameOf(ownerName, key);
      // An accessor is watched by its getter: reading it would run whatever replaced it.
      const value = 'value' in descriptor ? descriptor.value : descriptor.get;
      noted.push({ owner, key, name, value, descriptor });
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
  const objects = [...new Set(list.map((entry) => entry.owner))];
  const lines = list.map(({ owner, descriptor }, i) => {
    const at = `O[${objects.indexOf(owner)}]`;
    return 'value' in descriptor
      ? `if (${at}[K[${i}]] !== V[${i}]) return N[${i}];`
      : `if (D(${at}, K[${i}])?.get !== V[${i}]) return N[${i}];`;
  });
  // Then what a lookup that finds nothing meets: the prototypes, and traps added (ownKeys
  // allocates: once per watched object, and looked into only when its count changed).
  const ends = owners.map(
    ({ owner, name }, j) =>
      `if (P(W[${j}].owner) !== W[${j}].prototype) return 'the prototype of ${name}';\n` +
      `if (R(W[${j}].owner).length !== W[${j}].keys.size) { const added = A(W[${j}]); if (added) return added; }`,
  );
  const make = new Function(
    'O',
    'K',
    'V',
    'N',
    'D',
    'W',
    'P',
    'R',
    'A',
    `return () => {\n${[...lines, ...ends].join('\n')}\nreturn null;\n};`,
  );
  return make(
    objects,
    list.map((entry) => entry.key),
    list.map((entry) => entry.value),
    list.map((entry) => entry.name),
    getOwnPropertyDescriptor,
    owners,
    getPrototypeOf,
    ownKeys,
    firstTrap,
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
  let lost: string | null = null;
  // Index loops: for-of would call the array iterator's next, which may be the learner's now.
  const list = noted ?? [];
  for (let i = 0; i < list.length; i++) {
    const { owner, key, value, descriptor } = list[i];
    const now = getOwnPropertyDescriptor(owner, key);
    if (now && ('value' in now ? now.value : now.get) === value) continue;
    if (!defineProperty(owner, key, descriptor)) {
      restored = false;
      lost ??= list[i].name;
    }
  }
  for (let j = 0; j < owners.length; j++) {
    const watched = owners[j];
    if (getPrototypeOf(watched.owner) !== watched.prototype) {
      if (!setPrototypeOf(watched.owner, watched.prototype)) {
        restored = false;
        lost ??= `the prototype of ${watched.name}`;
      }
    }
    // A trap deleted shifts the keys after it back by one; one that cannot be deleted stays.
    for (let trap = addedTrap(watched); trap;) {
      const deleted = deleteProperty(watched.owner, trap.key);
      if (!deleted) {
        restored = false;
        lost ??= trapWords(watched, trap);
      }
      trap = addedTrap(watched, deleted ? trap.at : trap.at + 1);
    }
  }
  if (lost !== null) whenLost?.(lost);
  return restored;
}

let whenLost: ((name: string) => void) | undefined;

/**
 * Told when a built-in could not be put back (made unchangeable by the learner's code): from then
 * on the grader's own code may meet it anywhere, outside any guard (a getter at Array.prototype[0]
 * makes every write of a new array's first element throw, every read past an end loop), so the
 * grading process ends at once, saying so.
 */
export function whenIntrinsicLost(hook: ((name: string) => void) | undefined): void {
  whenLost = hook;
}

/** The sentence for a learner whose code changed a built-in (`restored`: put back or not). */
export function changedIntrinsicReason(name: string, when: string, restored: boolean): string {
  const back = restored
    ? 'the grader put it back'
    : 'it could not be put back (made unchangeable), so nothing judged with it can pass';
  // A name, or what was added or changed in words ("a getter added at Array.prototype[0]").
  const changed = /^(an? |the )/.test(name)
    ? `changed the built-ins the grader judges answers with (${name})`
    : `replaced ${name}, a built-in the grader judges answers with`;
  return (
    `${when} ${changed}; ${back}. ` +
    'Leave built-ins as they are: write a helper function of your own instead'
  );
}
