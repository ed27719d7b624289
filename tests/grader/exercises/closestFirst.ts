import type { Exercise } from './exercise';

/**
 * The interviewer's first follow-up, "what if you don't know k?": an iterator that gives the
 * tree's values closest first, for as long as the caller asks. Graded by the main kata's engine
 * tiers through its call protocol: the first k values it gives are an answer to the main kata, in
 * order; its lazy tier is the main kata's optimal tier (the first value costs O(h) reads, each next
 * one O(1) amortised, whatever n is).
 */
export const closestFirst = {
  id: 'closestFirst',
  exportName: 'closestFirst',
  declaration: 'function closestFirst(root, target) { ... }',
  kataFile: 'kata/closestFirst.ts',
  statement: 'kata/closestFirst.md',
  template: 'tools/templates/closestFirst.ts.template',
  hintsDir: 'hints/closestFirst',
  referencesDir: 'solutions/closestFirst',
  protocol: 'closestFirst',
  tiers: ['correct', 'edge', 'lazy', 'space', 'deep'] as const,
  question: "what if you don't know k in advance? Give the values closest first, one at a time",
  kMeans:
    'k is how many values the grader took from your iterator before it stopped asking ' +
    '(k = n: it drained it, and looked once more for its end)',
  runs: {
    correct: { tier: 'correct', summary: 'values closest first, tree left unchanged' },
    edge: { tier: 'edgeFirst', summary: "the main kata's corners, and the empty tree" },
    lazy: {
      tier: 'optimal',
      summary: 'nothing read ahead: O(h) to the first value, O(1) amortised per value',
    },
    space: { tier: 'iteratorSpace', summary: 'what it holds between values grows like h' },
    deep: {
      tier: 'deepDrained',
      summary: 'bonus: 100,000-level paths, stopped early and drained, no stack overflow',
    },
  },
} satisfies Exercise;
