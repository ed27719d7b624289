import { inspect } from 'node:util';
import { NONE, type Shape, type SortedValues } from './shape';

/*
 * The tree the learner's code is given. Fields are #private behind getters, so every read of
 * `val`, `left` or `right` is counted (about 1.1x the cost of plain fields; a Proxy costs 4-5x).
 * Writes go through setters that remember the node, so a call that changes the tree is caught and
 * the tree restored without walking it (a walk could hang on a cycle the learner left behind).
 *
 * Node objects are made on demand: a tree is a layout of parallel arrays (values, child indices),
 * and a node's child object is made the first time anything reads the link to it, then kept in the
 * parent (so a node's identity never changes). A tree of 2^20 nodes costs its arrays only until a
 * solution walks it: O(log n + k) calls on huge trees are nearly free to measure.
 */

let reads = 0;
/** The next read count at which overLimit is called: the read limit, or the next memory sample. */
let readLimit = Infinity;
/** Reads past this throw (readLimit is this, unless a sampler asked to be called sooner). */
let hardLimit = Infinity;
/** False inside uncounted(): a footprint's traced nodes leave an index's build out too. */
let tracing = true;
/** Called when reads reach readLimit below hardLimit; returns the read count of its next call. */
let sampler: ((reads: number) => number) | null = null;
/**
 * Nodes written during the current call, with their fields as they were before the first write:
 * parallel arrays, not two objects a write (a Morris walk stopped at 2^20 writes half a million).
 */
let written = newWrites();
/**
 * Which call `written` belongs to: a node remembers the generation of its last snapshot, so a
 * Morris traversal's thousands of writes cost a field compare each, not a Map lookup (3x faster).
 */
let generation = 1;

function newWrites() {
  return {
    nodes: [] as CountingNode[],
    vals: [] as number[],
    lefts: [] as (CountingNode | null)[],
    rights: [] as (CountingNode | null)[],
  };
}

function forgetWrites(): void {
  written = newWrites();
  generation++;
}

/** The i-th written node, and its fields before its first write. */
function writtenAt(i: number): [CountingNode, Snapshot] {
  return [
    written.nodes[i],
    { val: written.vals[i], left: written.lefts[i], right: written.rights[i] },
  ];
}

/** Every written node put back as it was before its first write. */
function undoWrites(): void {
  const { nodes, vals, lefts, rights } = written;
  for (let i = 0; i < nodes.length; i++)
    CountingNode.restore(nodes[i], vals[i], lefts[i], rights[i]);
}

interface Snapshot {
  val: number;
  left: CountingNode | null;
  right: CountingNode | null;
}

/** Where a node's children are, before their objects are made. */
export interface Layout {
  readonly vals: ArrayLike<number>;
  /** Child indices, -1 for none. */
  readonly left: ArrayLike<number>;
  readonly right: ArrayLike<number>;
  readonly root: number;
}

/** A link whose node object is not made yet. */
const UNMADE: unique symbol = Symbol('unmade');
type Link = CountingNode | null | typeof UNMADE;

/** The node objects of one tree, made on demand from its layout. */
interface NodeObjects {
  readonly layout: Layout;
  /** Whether a node keeps the child objects it was given (else each read asks `at` again). */
  readonly keepsLinks: boolean;
  at(i: number): CountingNode | null;
  /** Node i's child on one side, as it is now: an index (−1 for none) or a foreign value. */
  child(i: number, side: Side): unknown;
  /** The node objects made and still alive, for the scan of added properties. */
  made(): Iterable<CountingNode>;
}

/** Indices per block of KeptNodes' index (see there). */
const BLOCK = 1024;

/** Grading's trees: a node object, once made, lives as long as the tree. */
class KeptNodes implements NodeObjects {
  readonly keepsLinks = true;
  private readonly list: CountingNode[] = [];
  /**
   * The node objects by index, in blocks of BLOCK indices made as they are first needed: one array
   * filled in a walk's order (a middle index first, then far apart) falls into V8's dictionary
   * mode, and making the nodes of 2^20 took 3.2 s instead of 0.2 s. A block's array is preallocated
   * (kept fast); an O(log n + k) walk of a huge tree makes a few dozen blocks, not one of n.
   */
  private readonly blocks: (CountingNode | undefined)[][];

  constructor(
    readonly layout: Layout,
    private readonly Node: typeof CountingNode,
  ) {
    this.blocks = new Array<(CountingNode | undefined)[]>(Math.ceil(layout.vals.length / BLOCK));
  }

  at(i: number): CountingNode | null {
    if (i < 0) return null;
    const block = (this.blocks[Math.floor(i / BLOCK)] ??= new Array<CountingNode | undefined>(
      BLOCK,
    ));
    let node = block[i % BLOCK];
    if (node === undefined) {
      node = new this.Node(this.layout.vals[i], this, i);
      block[i % BLOCK] = node;
      this.list.push(node);
    }
    return node;
  }

  made(): Iterable<CountingNode> {
    return this.list;
  }

  child(i: number, side: Side): number {
    return this.layout[side][i];
  }
}

type Side = 'left' | 'right';

/** The grader's own: a learner's file may replace the global one while its memory is measured. */
export const GraderWeakRef = WeakRef;
/** A link in WeakSlots that is no node of the tree (its value is in `foreign`). */
const FOREIGN = -2;

/**
 * The weak references of a memory probe's tree, one slot per node, allocated once per size before
 * the probe's baseline (memoryProbe.ts): the grader's own bookkeeping must not grow with the nodes
 * a call reads, or it would pass for the learner's memory.
 */
export class WeakSlots {
  readonly refs: (WeakRef<CountingNode> | undefined)[];
  /** Indices holding a ref (alive, or dead and not yet found so), the first `count` of them. */
  readonly indices: Int32Array;
  count = 0;
  /**
   * The tree as the call left it, by index: a node object is only a view, made again from here
   * once collected, so a write (a Morris thread) holds no node object alive. Values and links
   * that are not numbers and nodes of the tree are kept in `foreign`, by index · 3 + field.
   */
  readonly vals: Float64Array;
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly foreign = new Map<number, unknown>();
  /** Indices written during the call, the first `writes` of them. */
  readonly written: Int32Array;
  writes = 0;
  private readonly isWritten: Uint8Array;

  constructor(readonly size: number) {
    this.refs = new Array<WeakRef<CountingNode> | undefined>(size).fill(undefined);
    this.indices = new Int32Array(size);
    this.vals = new Float64Array(size);
    this.left = new Int32Array(size);
    this.right = new Int32Array(size);
    this.written = new Int32Array(size);
    this.isWritten = new Uint8Array(size);
  }

  /** Ready for a new tree over `layout`: no node object made, nothing written. */
  reset(layout: Layout): void {
    for (let j = 0; j < this.count; j++) this.refs[this.indices[j]] = undefined;
    this.count = 0;
    this.vals.set(layout.vals);
    this.left.set(layout.left);
    this.right.set(layout.right);
    this.foreign.clear();
    this.clearWrites();
  }

  /** Nothing written any more (the writes were undone). */
  clearWrites(): void {
    for (let j = 0; j < this.writes; j++) this.isWritten[this.written[j]] = 0;
    this.writes = 0;
  }

  noteWrite(i: number): void {
    if (this.isWritten[i]) return;
    this.isWritten[i] = 1;
    this.written[this.writes++] = i;
  }

  /** Drops the refs whose node was collected; returns how many node objects are alive. */
  compact(): number {
    let kept = 0;
    for (let j = 0; j < this.count; j++) {
      const i = this.indices[j];
      if (this.refs[i]!.deref() !== undefined) this.indices[kept++] = i;
      else this.refs[i] = undefined;
    }
    this.count = kept;
    return kept;
  }
}

/**
 * The memory probe's trees: the tree holds its node objects weakly, so a node object lives exactly
 * as long as the learner's code holds it (or a link it wrote). The same node gives the same object
 * while anyone holds it; once dropped and collected, the next read makes a new one.
 */
class WeakNodes implements NodeObjects {
  readonly keepsLinks = false;

  constructor(
    readonly layout: Layout,
    private readonly Node: typeof CountingNode,
    readonly slots: WeakSlots,
  ) {
    slots.reset(layout);
  }

  at(i: number): CountingNode | null {
    if (i < 0) return null;
    const slots = this.slots;
    const ref = slots.refs[i];
    const kept = ref?.deref();
    if (kept !== undefined) return kept;
    const val = (slots.foreign.has(3 * i) ? slots.foreign.get(3 * i) : slots.vals[i]) as number;
    const node = new this.Node(val, this, i);
    if (ref === undefined) slots.indices[slots.count++] = i;
    slots.refs[i] = new GraderWeakRef(node);
    return node;
  }

  child(i: number, side: Side): unknown {
    const at = this.slots[side][i];
    return at === FOREIGN ? this.slots.foreign.get(3 * i + (side === 'left' ? 1 : 2)) : at;
  }

  /** A write: kept by index (a node of this tree) or as it is (anything else). */
  write(i: number, field: Field, value: unknown, nodeIndex: number | null): void {
    const slots = this.slots;
    const key = 3 * i + (field === 'val' ? 0 : field === 'left' ? 1 : 2);
    slots.foreign.delete(key);
    if (field === 'val') {
      if (typeof value === 'number') slots.vals[i] = value;
      else slots.foreign.set(key, value);
    } else if (value === null || nodeIndex !== null) {
      slots[field][i] = value === null ? NONE : nodeIndex!;
    } else {
      slots[field][i] = FOREIGN;
      slots.foreign.set(key, value);
    }
  }

  /**
   * After a call: how the written nodes differ from the layout (one sentence, or null); then every
   * written node is as the layout says again, its node object too if one is alive.
   */
  checkAndRestore(): string | null {
    const { slots, layout } = this;
    let problem: string | null = null;
    const describe = (at: unknown) =>
      at === NONE ? 'null' : typeof at === 'number' ? `node ${layout.vals[at]}` : describeField(at);
    for (let j = 0; j < slots.writes; j++) {
      const i = slots.written[j];
      for (const field of ['val', 'left', 'right'] as const) {
        const now =
          field === 'val' ? (slots.foreign.get(3 * i) ?? slots.vals[i]) : this.child(i, field);
        const was = field === 'val' ? layout.vals[i] : layout[field][i];
        if (problem === null && !Object.is(now, was)) {
          problem =
            `it changed the tree and did not undo it: node ${layout.vals[i]}'s ${field} was ` +
            `${field === 'val' ? String(was) : describe(was)} and is now ${field === 'val' ? describeField(now) : describe(now)}`;
        }
      }
      slots.vals[i] = layout.vals[i];
      slots.left[i] = layout.left[i];
      slots.right[i] = layout.right[i];
      for (let f = 0; f < 3; f++) slots.foreign.delete(3 * i + f);
      const node = slots.refs[i]?.deref();
      if (node) CountingNode.resetView(node, layout.vals[i]);
    }
    slots.clearWrites();
    return problem;
  }

  *made(): Iterable<CountingNode> {
    for (let j = 0; j < this.slots.count; j++) {
      const node = this.slots.refs[this.slots.indices[j]]?.deref();
      if (node) yield node;
    }
  }
}

/** Thrown from a getter once a call has read more than its limit: stops runaway loops quickly. */
export class ReadLimitExceeded extends Error {
  constructor() {
    super('read limit exceeded');
    this.name = 'ReadLimitExceeded';
  }
}

function overLimit(): void {
  if (sampler !== null && reads <= hardLimit) {
    readLimit = Math.min(hardLimit, sampler(reads));
    if (reads <= hardLimit) return;
  }
  throw new ReadLimitExceeded();
}

/** Resets the read count; reads beyond `limit` throw until the next reset. */
export function startCounting(limit: number): void {
  // Writes made between calls (a timer a solution left behind) are undone, not blamed on this call.
  undoWrites();
  forgetWrites();
  reads = 0;
  readLimit = hardLimit = limit;
  if (sampler !== null) readLimit = Math.min(hardLimit, sampler(0));
}

/**
 * Calls `sample` at read counts it chooses (memoryProbe.ts): at 0 reads when counting starts, then
 * at each count it returns. Null stops it. The hot path is the read limit's own compare.
 */
export function sampleReads(sample: ((reads: number) => number) | null): void {
  sampler = sample;
}

/** Ends the current call at its next read, as the read limit would (a probe that has seen enough). */
export function stopReading(): void {
  hardLimit = reads - 1;
  readLimit = hardLimit;
}

/**
 * Counts `count` reads at once, limit and all: how the self-tests' synthetic solutions read the
 * tree exactly f(n, k) times without f(n, k) getter calls.
 */
export function chargeReads(count: number): void {
  reads += count;
  if (reads > readLimit) overLimit();
}

/** Reads since startCounting, and whether the limit was passed. Stops enforcing the limit. */
/**
 * Runs `body` with its reads neither counted nor traced (footprints) and no read limit (its clock
 * still holds): an index's build, when a check measures only its queries (indexCalls.ts).
 */
export function uncounted<T>(body: () => T): T {
  const saved = { reads, readLimit, hardLimit, tracing };
  readLimit = hardLimit = Infinity;
  tracing = false;
  try {
    return body();
  } finally {
    ({ reads, readLimit, hardLimit, tracing } = saved);
  }
}

export function stopCounting(): { reads: number; overLimit: boolean } {
  const result = { reads, overLimit: reads > hardLimit };
  readLimit = hardLimit = Infinity;
  return result;
}

export class CountingNode {
  #val: number;
  #left: Link;
  #right: Link;
  #snapshotIn = 0;
  readonly #objects: NodeObjects | null;
  readonly #index: number;

  /** A node alone (its children null until linked), or node `index` of a tree's objects. */
  constructor(val: number, objects: NodeObjects | null = null, index = -1) {
    this.#val = val;
    this.#objects = objects;
    this.#index = index;
    this.#left = objects ? UNMADE : null;
    this.#right = objects ? UNMADE : null;
  }

  /** How many nodes the tree of `node` has, read without a counted read; null for a lone node. */
  static sizeOfTreeOf(node: CountingNode): number | null {
    return node.#objects ? node.#objects.layout.vals.length : null;
  }

  get val(): number {
    if (++reads > readLimit) overLimit();
    return this.#val;
  }
  set val(value: number) {
    this.#remember();
    this.#val = value;
    if (this.#objects instanceof WeakNodes) this.#objects.write(this.#index, 'val', value, null);
  }
  get left(): CountingNode | null {
    if (++reads > readLimit) overLimit();
    const link = this.#left;
    return link === UNMADE ? this.#makeLeft() : link;
  }
  set left(node: CountingNode | null) {
    this.#remember();
    this.#left = this.#objects instanceof WeakNodes ? this.#weakWrite('left', node) : node;
  }
  get right(): CountingNode | null {
    if (++reads > readLimit) overLimit();
    const link = this.#right;
    return link === UNMADE ? this.#makeRight() : link;
  }
  set right(node: CountingNode | null) {
    this.#remember();
    this.#right = this.#objects instanceof WeakNodes ? this.#weakWrite('right', node) : node;
  }

  // A weak tree keeps the link by index: the field stays unmade, and reads ask the tree.
  #weakWrite(side: Side, node: CountingNode | null): Link {
    const objects = this.#objects as WeakNodes;
    const index =
      node instanceof CountingNode && node.#objects === objects && node.#index >= 0
        ? node.#index
        : null;
    objects.write(this.#index, side, node, index);
    return UNMADE;
  }

  /** A weak tree's node object made as the layout says again (after a call's writes are undone). */
  static resetView(node: CountingNode, val: number): void {
    node.#val = val;
    node.#left = node.#right = UNMADE;
  }

  #makeLeft(): CountingNode | null {
    const objects = this.#objects!;
    const at = objects.child(this.#index, 'left');
    const child = typeof at === 'number' ? objects.at(at) : (at as CountingNode | null);
    if (objects.keepsLinks) this.#left = child;
    return child;
  }
  #makeRight(): CountingNode | null {
    const objects = this.#objects!;
    const at = objects.child(this.#index, 'right');
    const child = typeof at === 'number' ? objects.at(at) : (at as CountingNode | null);
    if (objects.keepsLinks) this.#right = child;
    return child;
  }

  /** The children, made if need be, without counting a read. */
  static links(node: CountingNode): [CountingNode | null, CountingNode | null] {
    const left = node.#left === UNMADE ? node.#makeLeft() : node.#left;
    const right = node.#right === UNMADE ? node.#makeRight() : node.#right;
    return [left, right];
  }

  // The snapshot the tree must match when the call returns, taken at the node's first write. Its
  // links are made concrete (a weak tree's too): the write replaces one of them.
  #remember(): void {
    if (this.#snapshotIn === generation) return;
    this.#snapshotIn = generation;
    // A weak tree notes the index: the layout is the snapshot, and no node object is held.
    if (this.#objects instanceof WeakNodes) return this.#objects.slots.noteWrite(this.#index);
    const [left, right] = CountingNode.links(this);
    this.#left = left;
    this.#right = right;
    written.nodes.push(this);
    written.vals.push(this.#val);
    written.lefts.push(left);
    written.rights.push(right);
  }

  /** JSON.stringify(node) works as on a plain node, and its reads count like any others. */
  toJSON(): { val: number; left: CountingNode | null; right: CountingNode | null } {
    return { val: this.val, left: this.left, right: this.right };
  }

  /** console.log(node) in a solution shows the value and its children's, without counting. */
  [inspect.custom](): string {
    const label = (node: unknown) =>
      node instanceof CountingNode ? `TreeNode(${node.#val})` : inspect(node);
    const [left, right] = CountingNode.links(this);
    return `TreeNode { val: ${this.#val}, left: ${label(left)}, right: ${label(right)} }`;
  }

  static peekVal(node: CountingNode): number {
    return node.#val;
  }

  static link(node: CountingNode, left: CountingNode | null, right: CountingNode | null): void {
    node.#left = left;
    node.#right = right;
  }

  static differs(
    node: CountingNode,
    val: number,
    left: CountingNode | null,
    right: CountingNode | null,
  ): boolean {
    return !Object.is(node.#val, val) || node.#left !== left || node.#right !== right;
  }

  /** The fields that differ from the snapshot, as [field, before, now]. */
  static differences(node: CountingNode, before: Snapshot): [Field, unknown, unknown][] {
    const out: [Field, unknown, unknown][] = [];
    if (!Object.is(node.#val, before.val)) out.push(['val', before.val, node.#val]);
    if (node.#left !== before.left) out.push(['left', before.left, node.#left]);
    if (node.#right !== before.right) out.push(['right', before.right, node.#right]);
    return out;
  }

  /** Current children, uncounted, for the cycle check. Foreign objects count as leaves. */
  static children(node: CountingNode): CountingNode[] {
    return CountingNode.links(node).filter((c): c is CountingNode => c instanceof CountingNode);
  }

  /** The first `limit` entries of the tree's level-order array, read without counting. */
  static levelOrderStart(root: CountingNode, limit: number): (number | null)[] {
    const out: (number | null)[] = [];
    const queue: (CountingNode | null)[] = [root];
    for (let i = 0; i < queue.length && out.length < limit; i++) {
      const node = queue[i];
      out.push(node ? node.#val : null);
      if (node) queue.push(...CountingNode.links(node));
    }
    return out;
  }

  static restore(
    node: CountingNode,
    val: number,
    left: CountingNode | null,
    right: CountingNode | null,
  ): void {
    node.#val = val;
    node.#left = left;
    node.#right = right;
  }
}

/**
 * A node that also counts its own reads, for footprints (which nodes a solution read, how often).
 * Only the small trees of a footprint are built from it: grading's trees pay nothing for it. The
 * count is private, like the fields: a solution cannot see it, and it leaves no property behind.
 */
export class TracedNode extends CountingNode {
  #reads = 0;

  override get val(): number {
    if (tracing) this.#reads++;
    return super.val;
  }
  override set val(value: number) {
    super.val = value;
  }
  override get left(): CountingNode | null {
    if (tracing) this.#reads++;
    return super.left;
  }
  override set left(node: CountingNode | null) {
    super.left = node;
  }
  override get right(): CountingNode | null {
    if (tracing) this.#reads++;
    return super.right;
  }
  override set right(node: CountingNode | null) {
    super.right = node;
  }

  static readsOf(node: CountingNode): number {
    return node instanceof TracedNode ? node.#reads : 0;
  }
}

export type Field = 'val' | 'left' | 'right';

/**
 * A brand on every counting node (a symbol on the prototype: no own property, nothing for-in or
 * JSON sees), by which a learner's TreeNode class recognises them in `instanceof` (loader.ts).
 */
export const NODE_BRAND = 'kata.countingNode';
Object.defineProperty(CountingNode.prototype, Symbol.for(NODE_BRAND), { value: true });

export interface PlainNode {
  val: number;
  left: PlainNode | null;
  right: PlainNode | null;
}

/**
 * A copy of the tree under `root` made of plain nodes, its fields read through the getters (each
 * read counts). Iterative, and a cycle left in the tree is copied as a cycle, not followed forever.
 */
export function plainCopy(root: CountingNode): PlainNode {
  const copies = new Map<CountingNode, PlainNode>();
  const pending: [CountingNode, PlainNode][] = [];
  const copyOf = (node: CountingNode | null): PlainNode | null => {
    if (!(node instanceof CountingNode)) return node;
    let copy = copies.get(node);
    if (!copy) {
      copy = { val: node.val, left: null, right: null };
      copies.set(node, copy);
      pending.push([node, copy]);
    }
    return copy;
  };
  const top = copyOf(root)!;
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, copy] = next;
    copy.left = copyOf(node.left);
    copy.right = copyOf(node.right);
  }
  return top;
}

/**
 * Trees up to this size are scanned for properties a call added to its nodes after every call;
 * larger ones after each solution's first call on them only (a solution that marks nodes marks
 * them every time, and a scan of 2^16 nodes costs milliseconds inside Jest).
 */
const SCAN_EVERY_CALL_LIMIT = 4096;

export class CountingTree {
  /** Set when a call damaged the tree beyond repair (e.g. a non-configurable property). */
  broken = false;
  /** Callers whose first call on this (large) tree has been followed by a full scan. */
  private readonly scannedFor = new WeakSet<object>();
  /** How many nodes the tree has (made or not). */
  readonly size: number;
  private readonly objects: NodeObjects;

  /**
   * A fresh tree of node objects over `layout` (which may be shared: it is never changed). Given
   * `weak` slots (the memory probe's), it holds its nodes weakly, the root included.
   */
  constructor(layout: Layout, Node: typeof CountingNode = CountingNode, weak?: WeakSlots) {
    this.objects = weak ? new WeakNodes(layout, Node, weak) : new KeptNodes(layout, Node);
    this.size = layout.vals.length;
    this.rootIndex = layout.root;
  }

  private readonly rootIndex: number;

  /**
   * The root's node object (a weak tree makes it again once nothing holds it); null for a tree of
   * no nodes, which only closestFirst's edge tier builds (its statement allows an empty tree).
   */
  get root(): CountingNode {
    return this.objects.at(this.rootIndex)!;
  }

  static build(shape: Shape): CountingTree {
    return new CountingTree({ ...shape, root: shape.vals.length > 0 ? 0 : NONE });
  }

  /**
   * The height-balanced tree of `generators.balanced` (node i holds sorted[i] and links to the
   * middles of its two halves). `Node` may be TracedNode, for a footprint.
   */
  static balanced(sorted: readonly number[], Node = CountingNode): CountingTree {
    return new CountingTree(balancedLayout(sorted), Node);
  }

  /** Levels from the root to the deepest leaf, from the layout: no node is read or made. */
  height(): number {
    const { left, right, root } = this.objects.layout;
    if (this.size === 0 || root < 0) return 0;
    let deepest = 0;
    const nodes = [root];
    const depths = [1];
    while (nodes.length > 0) {
      const i = nodes.pop()!;
      const depth = depths.pop()!;
      if (depth > deepest) deepest = depth;
      for (const child of [left[i], right[i]]) {
        if (child >= 0) {
          nodes.push(child);
          depths.push(depth + 1);
        }
      }
    }
    return deepest;
  }

  /** Node i of the layout (made if need be), for footprints that count reads per node. */
  nodeAt(i: number): CountingNode {
    return this.objects.at(i)!;
  }

  /**
   * After a call: says how the tree was left changed (one sentence), or null when it is exactly
   * as before. Either way the tree is put back as it was, ready for the next call. Unless
   * `describe`, a changed tree is said in a word, not a sentence.
   */
  checkAndRestore(caller: object = this, describe = true): string | null {
    const changed: [CountingNode, Snapshot][] = [];
    const { nodes, vals, lefts, rights } = written;
    for (let i = 0; i < nodes.length; i++) {
      if (!CountingNode.differs(nodes[i], vals[i], lefts[i], rights[i])) continue;
      changed.push(writtenAt(i));
      if (!describe) break; // one change is all a word needs
    }
    let problem: string | null =
      this.objects instanceof WeakNodes ? this.objects.checkAndRestore() : null;
    if (changed.length > 0) problem = describe ? this.describeChanges(changed) : 'changed';
    undoWrites();
    forgetWrites();
    if (this.size <= SCAN_EVERY_CALL_LIMIT || !this.scannedFor.has(caller)) {
      this.scannedFor.add(caller);
      problem ??= this.checkNodeObjects();
    }
    return problem;
  }

  private describeChanges(changed: [CountingNode, Snapshot][]): string {
    const [first, snapshot] = changed[0];
    const [field, before, now] = CountingNode.differences(first, snapshot)[0];
    const count = changed.reduce(
      (sum, [node, was]) => sum + CountingNode.differences(node, was).length,
      0,
    );
    const where = `node ${CountingNode.peekVal(first)}'s ${field}`;
    const more = count > 1 ? ` (${count - 1} more field${count > 2 ? 's' : ''} changed too)` : '';
    const cycle = this.hasCycle() ? ', which leaves a cycle in the tree' : '';
    return (
      `it changed the tree and did not undo it: ${where} was ${describeField(before)} ` +
      `and is now ${describeField(now)}${cycle}${more}`
    );
  }

  // Walks the current (changed) links with a visited set, so it always ends.
  private hasCycle(): boolean {
    const seen = new Set<CountingNode>();
    const stack = [this.root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (seen.has(node)) return true;
      seen.add(node);
      stack.push(...CountingNode.children(node));
    }
    return false;
  }

  // Properties added to nodes, or a replaced prototype, also count as changing the tree. A for-in
  // probe finds added (enumerable) properties at about 10 ns a node; only hits are looked at closer.
  private checkNodeObjects(): string | null {
    let problem: string | null = null;
    // Nodes not made yet were never seen by the learner's code.
    for (const node of this.objects.made()) {
      // instanceof: Object.getPrototypeOf costs 15x more inside Jest's sandbox.
      const prototypeChanged = !(node instanceof CountingNode);
      if (!prototypeChanged && !hasEnumerableKey(node)) continue;
      const keys = Reflect.ownKeys(node);
      // for-in also lists what a solution added to Object.prototype: not a change to the node.
      if (!prototypeChanged && keys.length === 0) continue;
      problem ??= prototypeChanged
        ? `it replaced the prototype of node ${CountingNode.peekVal(node)}`
        : `it left a property ${String(keys[0])} on node ${CountingNode.peekVal(node)}; ` +
          'leave the nodes as you found them (mark visited nodes in a Set instead)';
      for (const key of keys) if (!Reflect.deleteProperty(node, key)) this.broken = true;
      if (prototypeChanged && !Reflect.setPrototypeOf(node, CountingNode.prototype)) {
        this.broken = true;
      }
    }
    return problem;
  }
}

/** The layout of CountingTree.balanced: the middle of each range, its halves' middles below. */
export function balancedLayout(sorted: SortedValues): Layout {
  const n = sorted.length;
  const left = new Int32Array(n);
  const right = new Int32Array(n);
  // Ranges still to split, as (lo, hi) pairs on a stack a few dozen deep (2^20 nodes: 12 ms).
  const ranges = new Int32Array(2 * 64);
  let top = 0;
  ranges[top++] = 0;
  ranges[top++] = n - 1;
  while (top > 0) {
    const hi = ranges[--top];
    const lo = ranges[--top];
    const mid = (lo + hi) >>> 1;
    left[mid] = lo <= mid - 1 ? (lo + mid - 1) >>> 1 : NONE;
    right[mid] = mid + 1 <= hi ? (mid + 1 + hi) >>> 1 : NONE;
    if (lo <= mid - 1) {
      ranges[top++] = lo;
      ranges[top++] = mid - 1;
    }
    if (mid + 1 <= hi) {
      ranges[top++] = mid + 1;
      ranges[top++] = hi;
    }
  }
  return { vals: sorted, left, right, root: (n - 1) >>> 1 };
}

function hasEnumerableKey(node: object): boolean {
  for (const key in node) if (key !== undefined) return true;
  return false;
}

function describeField(value: unknown): string {
  if (value instanceof CountingNode) return `node ${CountingNode.peekVal(value)}`;
  if (value === null) return 'null';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object') return 'an object that is not one of the tree nodes';
  // Not String(value): a function's own toString is the learner's code.
  return typeof value === 'function' ? 'a function' : String(value);
}
