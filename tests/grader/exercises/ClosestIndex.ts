import type { Exercise } from './exercise';

/**
 * The interviewer's second follow-up, "what if the same tree gets many queries?": a class built
 * once from the tree, then asked closestKValues(target, k) many times. Graded by the engine's tiers
 * through its call protocol (indexCalls.ts): each call a query on the index of its tree, built on
 * the tree's first call; its build tier is the linear tier on calls that build, its query tier
 * optimal's checks on the queries' reads and, for a query that reads no node, its CPU time.
 */
export const closestIndex = {
  id: 'ClosestIndex',
  exportName: 'ClosestIndex',
  declaration: 'class ClosestIndex { constructor(root) { ... } closestKValues(target, k) { ... } }',
  kataFile: 'kata/ClosestIndex.ts',
  statement: 'kata/ClosestIndex.md',
  template: 'tools/templates/ClosestIndex.ts.template',
  hintsDir: 'hints/ClosestIndex',
  referencesDir: 'solutions/ClosestIndex',
  protocol: 'index',
  tiers: ['correct', 'edge', 'build', 'query', 'space', 'deep'] as const,
  question: 'what if the same tree gets many queries? Build an index once, then answer each fast',
  kMeans:
    'each call is a query on an index built once for its tree; the build tier counts the ' +
    "build's reads, the other tiers only the queries'",
  runs: {
    correct: {
      tier: 'manyQueries',
      summary: 'right answers to many queries on each index, tree left unchanged',
    },
    build: {
      tier: 'linearBuild',
      summary: 'the constructor reads each node a bounded number of times: O(n)',
      call: 'build',
    },
    query: { tier: 'queries', summary: 'each query costs O(log n + k) after the build' },
    space: { tier: 'indexSpace', summary: 'what the index keeps: O(n) at most' },
    deep: {
      tier: 'deep',
      summary: 'bonus: 100,000-level paths, built and queried, no stack overflow',
    },
  },
} satisfies Exercise;
