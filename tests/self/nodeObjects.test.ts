import { CountingTree, startCounting, stopCounting } from '../grader/countingTree';
import { balancedLayoutOf } from '../grader/workloads';

/*
 * A grading tree makes its node objects as they are first read and keeps them by index, in blocks
 * (countingTree.ts KeptNodes): whichever way a node is reached, and in whatever order, it is one
 * object with its own value, on a tree spanning many blocks.
 */

describe("a grading tree's node objects", () => {
  const n = 5000; // about five blocks, and a last one not full
  const { layout, sorted } = balancedLayoutOf(n);

  test('a walk of the whole tree meets every value once, and each node as nodeAt gives it', () => {
    const tree = new CountingTree(layout);
    const seen: number[] = [];
    const walk = (node: typeof tree.root | null): void => {
      if (!node) return;
      walk(node.left);
      seen.push(node.val);
      walk(node.right);
    };
    startCounting(Infinity);
    walk(tree.root);
    expect(stopCounting().reads).toBe(3 * n);
    expect(seen).toEqual(Array.from(sorted));
    // Reached by the walk first, then by index: the same objects, with their layout's values.
    startCounting(Infinity);
    for (const i of [0, 1023, 1024, 2048, n - 1]) {
      expect(tree.nodeAt(i).val).toBe(layout.vals[i]);
    }
    expect(tree.nodeAt(layout.root)).toBe(tree.root);
    const [left, right] = [tree.root.left!, tree.root.right!];
    expect(tree.nodeAt(layout.left[layout.root])).toBe(left);
    expect(tree.nodeAt(layout.right[layout.root])).toBe(right);
    stopCounting();
  });

  test('a node made by index first is the one its parent links to later', () => {
    const tree = new CountingTree(layout);
    const deep = layout.left[layout.left[layout.root]];
    const first = tree.nodeAt(deep);
    startCounting(Infinity);
    expect(tree.root.left!.left).toBe(first);
    stopCounting();
  });
});
