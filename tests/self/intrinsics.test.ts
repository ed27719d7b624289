import { mainGlobal } from '../grader/loader';
import { runSession } from '../grader/trial';
import { changedIntrinsic, noteIntrinsics, restoreIntrinsics } from '../grader/intrinsics';

/*
 * The built-ins the judge uses stay as they were: a solution that replaces one is named, and the
 * original is put back. Works on the main realm's built-ins, where solutions run (loader.ts).
 */

const realm = mainGlobal as typeof globalThis & Record<string, unknown>;

describe('built-ins a solution must leave alone', () => {
  beforeAll(() => noteIntrinsics());
  afterEach(() => expect(restoreIntrinsics()).toBe(true));

  test('nothing changed: nothing to report', () => {
    expect(changedIntrinsic()).toBeNull();
  });

  test('a replaced method is named, and put back', () => {
    const abs = realm.Math.abs;
    realm.Math.abs = () => 0;
    expect(changedIntrinsic()).toBe('Math.abs');
    expect(restoreIntrinsics()).toBe(true);
    expect(realm.Math.abs).toBe(abs);
    expect(changedIntrinsic()).toBeNull();
  });

  test('a method turned into a getter, deleted, or replaced on a prototype: each one found', () => {
    const some = realm.Array.prototype.some;
    Object.defineProperty(realm.Array.prototype, 'some', {
      get: () => () => true,
      configurable: true,
    });
    expect(changedIntrinsic()).toBe('Array.prototype.some');
    expect(restoreIntrinsics()).toBe(true);
    expect(realm.Array.prototype.some).toBe(some);
    expect(Object.getOwnPropertyDescriptor(realm.Array.prototype, 'some')).toMatchObject({
      value: some,
      enumerable: false,
      writable: true,
    });

    const get = realm.Map.prototype.get;
    delete (realm.Map.prototype as unknown as Record<string, unknown>).get;
    expect(changedIntrinsic()).toBe('Map.prototype.get');
    restoreIntrinsics();
    expect(realm.Map.prototype.get).toBe(get);

    const originalMap = realm.Map;
    realm.Map = class extends originalMap {};
    expect(changedIntrinsic()).toBe('Map');
    restoreIntrinsics();
    expect(realm.Map).toBe(originalMap);

    const math = realm.Math;
    realm.Math = Object.create(math) as Math;
    expect(changedIntrinsic()).toBe('Math');
    restoreIntrinsics();
    expect(realm.Math).toBe(math);
  });

  test('a session of calls in which one call replaced a built-in fails, and the built-in is back', () => {
    const abs = realm.Math.abs;
    let calls = 0;
    const stopped = runSession(
      () => {
        for (let i = 0; i < 100; i++) if (++calls === 50) realm.Math.abs = () => 0;
      },
      1000,
      () => undefined,
    );
    expect(calls).toBe(100);
    expect(stopped).toMatchObject({ passed: false, kind: 'changedBuiltin' });
    expect(stopped!.reason).toMatch(
      /^it replaced Math\.abs, a built-in the grader judges answers with/,
    );
    expect(realm.Math.abs).toBe(abs);
  });

  test('what a solution may set freely is not a change: a new helper, its output, TreeNode', () => {
    (realm.Array.prototype as unknown as Record<string, unknown>).peek = function peek() {};
    realm.TreeNode = class {};
    expect(changedIntrinsic()).toBeNull();
    delete (realm.Array.prototype as unknown as Record<string, unknown>).peek;
    delete realm.TreeNode;
  });

  test('what grader code meets without asking: a getter or an index added to a prototype, a replaced accessor or prototype, the array iterator: each one found and put back', () => {
    const loops = {
      get: () => {
        throw new Error('a getter the grader must never run');
      },
      configurable: true,
    };
    const arrayProto = realm.Array.prototype as unknown as Record<PropertyKey, unknown>;
    Object.defineProperty(arrayProto, 0, loops);
    expect(changedIntrinsic()).toBe('a getter or setter added at Array.prototype[0]');
    expect(restoreIntrinsics()).toBe(true);
    expect(Object.getOwnPropertyDescriptor(arrayProto, 0)).toBeUndefined();

    arrayProto[3] = 42; // a plain value at an index: every read past the end of an array finds it
    expect(changedIntrinsic()).toBe('an index added at Array.prototype[3]');
    restoreIntrinsics();
    expect(new realm.Array<number>()[3]).toBeUndefined();

    Object.defineProperty(realm.Object.prototype, 'kind', loops);
    expect(changedIntrinsic()).toBe('a getter or setter added at Object.prototype.kind');
    restoreIntrinsics();
    expect('kind' in realm.Object.prototype).toBe(false);

    const species = Object.getOwnPropertyDescriptor(realm.Array, Symbol.species)!;
    Object.defineProperty(realm.Array, Symbol.species, loops);
    expect(changedIntrinsic()).toBe('Array[Symbol(Symbol.species)]');
    restoreIntrinsics();
    expect(Object.getOwnPropertyDescriptor(realm.Array, Symbol.species)!.get).toBe(species.get);

    const objectProto = Object.getPrototypeOf(arrayProto) as object;
    Object.setPrototypeOf(arrayProto, new Proxy(objectProto, {}));
    expect(changedIntrinsic()).toBe('the prototype of Array.prototype');
    restoreIntrinsics();
    expect(Object.getPrototypeOf(arrayProto)).toBe(objectProto);

    const iterator = Object.getPrototypeOf(realm.Array.prototype.values.call(new realm.Array()));
    const next = iterator.next;
    iterator.next = () => ({ done: true });
    expect(changedIntrinsic()).toBe('ArrayIterator.next');
    restoreIntrinsics();
    expect(iterator.next).toBe(next);

    const exec = realm.RegExp.prototype.exec;
    realm.RegExp.prototype.exec = () => null;
    expect(changedIntrinsic()).toBe('RegExp.prototype.exec');
    restoreIntrinsics();
    expect(realm.RegExp.prototype.exec).toBe(exec);
  });
});
