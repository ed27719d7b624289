import type { Exercise } from './exercise';

/** The main kata, LeetCode 272: the k values of a BST closest to a target. */
export const closestKValues = {
  id: 'closestKValues',
  exportName: 'closestKValues',
  declaration: 'function closestKValues(root, target, k) { ... }',
  kataFile: 'kata/closestKValues.ts',
  statement: 'kata/PROBLEM.md',
  template: 'tools/templates/closestKValues.ts.template',
  hintsDir: 'hints',
  referencesDir: 'solutions',
  protocol: 'kValues',
  tiers: ['correct', 'edge', 'linear', 'sublinear', 'optimal', 'space', 'deep'] as const,
} satisfies Exercise;
