import fc from 'fast-check';
import { buildTree, drawTree, toLevelOrder, TreeNode } from '../../kata/TreeNode';
import { inserted } from '../grader/generators';
import { levelOrderOf } from '../grader/shape';

describe('kata/TreeNode helpers', () => {
  test('TreeNode matches LeetCode: defaults to 0 and null children', () => {
    expect(new TreeNode()).toEqual({ val: 0, left: null, right: null });
    const leaf = new TreeNode(1);
    expect(new TreeNode(2, leaf)).toEqual({ val: 2, left: leaf, right: null });
  });

  test('level-order arrays round-trip through buildTree and toLevelOrder', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 40 }),
        fc.array(fc.boolean()),
        (values, sides) => {
          const levelOrder = levelOrderOf(inserted(values, (i) => sides[i] ?? false));
          expect(toLevelOrder(buildTree(levelOrder))).toEqual(levelOrder);
        },
      ),
    );
    expect(buildTree([])).toBeNull();
    expect(toLevelOrder(null)).toEqual([]);
  });

  test.each([
    [[5, 6, 7], /6 sits in the left subtree of 5, so it must be <= 5/],
    [[5, 3, 8, 1, 6], /6 sits in the left subtree of 5/],
    [[5, 3, 8, null, null, 4], /4 sits in the right subtree of 5, so it must be >= 5/],
    [[null, 1], /root is null/],
    [[1, null, null, 2], /entry 3 \(2\) has no parent/],
    [[1, Number.NaN], /entry 1 is NaN/],
  ])('buildTree(%j) is rejected with a clear error', (levelOrder, message) => {
    expect(() => buildTree(levelOrder as (number | null)[])).toThrow(message);
  });

  test('buildTree accepts duplicates on either side', () => {
    expect(toLevelOrder(buildTree([5, 5, 5]))).toEqual([5, 5, 5]);
  });

  test('drawTree draws the statement tree', () => {
    expect(drawTree(buildTree([4, 2, 5, 1, 3]))).toBe(
      ['    __4', '   /   \\', '  2     5', ' / \\', '1   3'].join('\n'),
    );
    expect(drawTree(null)).toBe('(empty tree)');
  });

  test('drawTree puts every value in the drawing, on the row of its depth', () => {
    const rows = drawTree(buildTree([10, 5, 15, 3, 7, 12, 20, 1, null, 6, 8])).split('\n');
    expect(rows[0].trim()).toMatch(/^_*10_*$/);
    expect(rows[2]).toMatch(/5.*15/);
    expect(rows[4]).toMatch(/3.*7.*12.*20/);
    expect(rows[6]).toMatch(/1.*6.*8/);
  });
});
