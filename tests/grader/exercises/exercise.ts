/*
 * What an exercise is, for the engine (issue 25 §4): a definition the engine runs, not a copy of
 * the engine. The main kata, closestKValues, is the first definition (closestKValues.ts beside
 * this file); index.ts lists them, the main kata first.
 *
 * A definition names, as data the loader and the tools read without loading any tier:
 * - its id, the name the JSON report and `npm run hint -- <id>` will use;
 * - the export a learner's file is known by (`closestKValues`, `closestFirst`, `ClosestIndex`),
 *   which the loader looks up (solution.ts) and makes visible when LeetCode's editor left it
 *   unexported (loader.ts), and the declaration a file without it is told to write;
 * - its files: the learner's kata file, the statement, the stub `npm run reset` puts back, the
 *   hints' folder and the references' folder (their headers state the tiers each reaches);
 * - its tiers, in the card's order; their checks (tiers/index.ts maps each id to its
 *   implementation) hold the rest of what is specific to it: the validator their cases call, the
 *   generators' targets and k, the claim's halves.
 *
 * How the follow-ups of issue 23 plug in: each adds a file here and a line to index.ts.
 * - closestFirst: export `closestFirst`, declared `function closestFirst(root, target)`; files
 *   kata/closestFirst.ts, its statement, stub, hints and references; tiers correct, edge, lazy,
 *   space, deep. Its call protocol differs (it returns an iterator the checks drain or abandon),
 *   so its checks are its own modules, built from the engine's pieces (the case session, the
 *   counting tree, the growth and space measurements), never copies of the main kata's tiers.
 * - ClosestIndex: export `ClosestIndex`, a class constructed once and queried many times; tiers
 *   correct, build, query, space, deep, registered the same way.
 * With more than one definition, the loader picks the exercise by the first definition whose
 * export the file has, and a tier id is read with its exercise (both define a `correct`).
 */

/** Paths are relative to the project root, so that this file needs nothing below it. */
export interface Exercise {
  /** The exercise's name, as the learner's file exports it. */
  readonly id: string;
  /** What the loader looks for among a file's exports (and as a method of an exported class). */
  readonly exportName: string;
  /** What a file without that export is told to write. */
  readonly declaration: string;
  /** The learner's file, graded by `npm test` alone for the main kata. */
  readonly kataFile: string;
  /** The problem statement. */
  readonly statement: string;
  /** The stub `npm run reset` puts back and the interview starts from. */
  readonly template: string;
  /** The staged hints, one Markdown file each (hints/hints.ts). */
  readonly hintsDir: string;
  /** The annotated references, one file each (tools/references.ts). */
  readonly referencesDir: string;
  /**
   * How the engine calls it (solution.ts): 'kValues' calls the export with (root, target, k) and
   * takes its answer; 'closestFirst' calls it with (root, target) and takes the first k values of
   * the iterator it returns (all of them, and one look past the last, when k is the tree's size),
   * which must come closest first; 'index' builds the exported class once per tree and calls its
   * closestKValues(target, k) per call (indexCalls.ts).
   */
  readonly protocol: 'kValues' | 'closestFirst' | 'index';
  /** Its tiers' ids, in the order the card shows them. */
  readonly tiers: readonly string[];
  /**
   * What each tier runs, where it is an engine tier under another name or with its own summary
   * (tiers/index.ts); a tier not listed runs the engine tier of its id.
   */
  readonly runs?: Readonly<
    Record<
      string,
      {
        readonly tier: string;
        readonly summary: string;
        /** The protocol's other call this tier makes ('build': the index built in every call). */
        readonly call?: 'build';
      }
    >
  >;
  /** For a follow-up: the interviewer's question it answers, as the main kata's card asks it. */
  readonly question?: string;
  /** What `k` means on its card, where its protocol gives k another meaning than the main kata's. */
  readonly kMeans?: string;
}
