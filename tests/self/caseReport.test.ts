import { renderFailure } from '../grader/caseReport';
import { fromTreeNode } from '../grader/shape';
import { buildTree, drawTree } from '../../kata/TreeNode';
import type { Trial } from '../grader/trial';

const trial: Trial = {
  passed: false,
  reads: 12,
  ms: 1,
  cpuMs: 1,
  kind: 'wrongAnswer',
  reason:
    'it left out 3 (distance 0.714286) but returned 1 (distance 2.71429), which is farther from 3.714286',
  got: '[4, 1]',
  output: { lines: ['visiting 4', 'visiting 2'], total: 1532 },
};

describe('a failing case as the learner sees it', () => {
  test('small trees are drawn, with the level order, target, k, answer, a correct answer, reason and output', () => {
    const root = buildTree([4, 2, 5, 1, 3])!;
    const text = renderFailure(
      { shape: fromTreeNode(root), sorted: [1, 2, 3, 4, 5], target: 3.714286, k: 2 },
      trial,
    );
    const drawing = drawTree(root)
      .split('\n')
      .map((line) => `  ${line}`)
      .join('\n');
    expect(text).toContain(`tree (5 nodes):\n${drawing}\n`);
    expect(text).toContain('level order: [4,2,5,1,3]');
    expect(text).toContain('target: 3.714286    k: 2');
    expect(text).toContain('returned:         [4, 1]');
    expect(text).toContain('a correct answer: [4, 3]');
    expect(text).toContain('why: it left out 3');
    expect(text).toContain(
      'console output of this call (1,532 lines, first 2 shown):\n  | visiting 4\n  | visiting 2',
    );
  });

  test('big trees are described, with the start of their level order, and long answers are cut', () => {
    const sorted = Array.from({ length: 1000 }, (_, i) => i);
    const view = {
      description: 'a balanced tree of 1,000 nodes',
      levelOrderStart: [499, 249, 749],
      sorted,
      target: 500.25,
      k: 100,
    };
    const text = renderFailure(view, trial);
    expect(text).toContain('tree: a balanced tree of 1,000 nodes\nlevel order: [499,249,749, …]');
    expect(text).toMatch(/a correct answer: \[500, 501, 499, .*… 60 more values\]/);
  });
});
