import { enterPhase, noteBuild } from './callPhase';
import { uncounted } from './countingTree';
import { ProtocolBreach } from './validator';

/*
 * ClosestIndex's call protocol (exercises/ClosestIndex.ts), as the engine calls every solution:
 * with (root, target, k), for an answer. The learner's class is built once per tree and asked a
 * query per call: `queries` builds it on the first call on a tree, its reads not counted (a tier
 * that judges the queries measures them alone), and keeps it for the tree's later calls, so a
 * series of calls on one tree is many queries on one index; `builds` builds it in every call, its
 * reads counted, then asks one query, its reads not counted (the build tier judges the constructor
 * alone: its claim's build half is the constructor's, and a slow query is the query tier's).
 */

// Taken before any learner code runs: the learner may replace Reflect's methods or performance.
const { apply, construct } = Reflect;
const now = performance.now.bind(performance);

type IndexClass = new (root: unknown) => unknown;

/** The constructor's run, said as the build's should the clock stop it there. */
function build(Index: IndexClass, root: unknown): unknown {
  const started = now();
  enterPhase('build');
  const index = construct(Index, [root]);
  enterPhase('call');
  noteBuild(now() - started);
  return index;
}

function query(index: unknown, target: number, k: number): unknown {
  const method = (index as { closestKValues?: unknown } | null)?.closestKValues;
  if (typeof method !== 'function') {
    throw new ProtocolBreach('its instances have no method closestKValues(target, k)');
  }
  return apply(method, index, [target, k]);
}

export function queries(Index: IndexClass): (root: unknown, target: number, k: number) => unknown {
  const built = new WeakMap<object, unknown>();
  return (root, target, k) => {
    const key = root as object;
    if (!built.has(key))
      built.set(
        key,
        uncounted(() => build(Index, root)),
      );
    return query(built.get(key), target, k);
  };
}

export function builds(Index: IndexClass): (root: unknown, target: number, k: number) => unknown {
  return (root, target, k) => {
    const index = build(Index, root);
    return uncounted(() => query(index, target, k));
  };
}
