import { inspect } from 'node:util';
import { buildTree, toLevelOrder } from '../../kata/TreeNode';
import {
  CountingNode,
  CountingTree,
  plainCopy,
  ReadLimitExceeded,
  startCounting,
  stopCounting,
} from '../grader/countingTree';
import { fromTreeNode } from '../grader/shape';

/** The statement's tree, [4,2,5,1,3], as a counting tree. */
const statementTree = () => CountingTree.build(fromTreeNode(buildTree([4, 2, 5, 1, 3])!));

/** Runs `body` as a call would be run, returning the reads it made. */
function counted(body: () => void, limit = Infinity): { reads: number; overLimit: boolean } {
  startCounting(limit);
  try {
    body();
  } finally {
    // stopCounting below reports either way
  }
  return stopCounting();
}

describe('counting tree', () => {
  test('counts every read of val, left and right, however it is made', () => {
    const { root } = statementTree();
    expect(counted(() => root.val).reads).toBe(1);
    expect(counted(() => root.left!.left!.val).reads).toBe(3);
    expect(counted(() => ({ val: root.val, left: root.left, right: root.right })).reads).toBe(3);
    expect(counted(() => JSON.stringify(root)).reads).toBe(15); // 5 nodes x 3 fields
  });

  test('a plain copy (what structuredClone gives a solution) has the same values and links, its reads counted', () => {
    const { root } = statementTree();
    let copy: ReturnType<typeof plainCopy> | undefined;
    expect(counted(() => (copy = plainCopy(root))).reads).toBe(15);
    expect(copy).toEqual(JSON.parse(JSON.stringify(root)));
    expect(copy).not.toBeInstanceOf(CountingNode);
    // A cycle the learner left behind is copied as a cycle, not followed forever.
    const tree = statementTree();
    CountingNode.link(tree.root.left!, tree.root, null);
    const cyclic = plainCopy(tree.root);
    expect(cyclic.left!.left).toBe(cyclic);
  });

  test('throws once a call passes its read limit, and keeps throwing', () => {
    const { root } = statementTree();
    startCounting(2);
    void root.val;
    void root.val;
    expect(() => root.val).toThrow(ReadLimitExceeded);
    expect(() => root.left).toThrow(ReadLimitExceeded);
    expect(stopCounting()).toEqual({ reads: 4, overLimit: true });
    expect(() => root.val).not.toThrow(); // no limit between calls
  });

  test('the level order of a big tree starts without counting reads', () => {
    const { root } = statementTree();
    const start = counted(() =>
      expect(CountingNode.levelOrderStart(root, 4)).toEqual([4, 2, 5, 1]),
    );
    expect(start.reads).toBe(0);
  });

  test('console.log(node) shows the values without counting reads', () => {
    const { root } = statementTree();
    const shown = counted(() => inspect(root));
    expect(shown.reads).toBe(0);
    expect(inspect(root)).toBe('TreeNode { val: 4, left: TreeNode(2), right: TreeNode(5) }');
  });

  test('writes undone before the call returns are allowed (as in a Morris traversal)', () => {
    const tree = statementTree();
    counted(() => {
      const two = tree.root.left!;
      two.right!.right = tree.root; // thread 3 -> 4
      two.val = 99;
      two.val = 2;
      two.right!.right = null;
    });
    expect(tree.checkAndRestore()).toBeNull();
  });

  test('a write made between calls (a timer left behind) is undone before the next call', () => {
    const tree = statementTree();
    tree.root.left = null; // no call is running
    const { reads } = counted(() => {
      expect(tree.root.left).not.toBeNull();
    });
    expect(reads).toBe(1);
    expect(tree.checkAndRestore()).toBeNull();
  });

  test('a changed value is reported and put back', () => {
    const tree = statementTree();
    counted(() => {
      tree.root.right!.val = 6;
    });
    expect(tree.checkAndRestore()).toMatch(/node 6's val was 5 and is now 6/);
    expect(toLevelOrder(tree.root)).toEqual([4, 2, 5, 1, 3]);
  });

  test('a cycle left behind is reported without hanging, and removed', () => {
    const tree = statementTree();
    counted(() => {
      tree.root.left!.right!.right = tree.root; // 3 -> 4: a Morris thread never removed
    });
    expect(tree.checkAndRestore()).toMatch(
      /node 3's right was null and is now node 4, which leaves a cycle/,
    );
    expect(toLevelOrder(tree.root)).toEqual([4, 2, 5, 1, 3]);
  });

  test('cut links and foreign nodes are described, with the count of other changes', () => {
    const tree = statementTree();
    counted(() => {
      tree.root.left = null;
      tree.root.right = { val: 7, left: null, right: null } as unknown as CountingNode;
    });
    expect(tree.checkAndRestore()).toMatch(
      /node 4's left was node 2 and is now null \(1 more field changed too\)/,
    );
    expect(toLevelOrder(tree.root)).toEqual([4, 2, 5, 1, 3]);
  });

  test('properties added to nodes are reported and removed', () => {
    const tree = statementTree();
    counted(() => {
      (tree.root.left as unknown as { visited: boolean }).visited = true;
    });
    expect(tree.checkAndRestore()).toMatch(/left a property visited on node 2/);
    expect(Object.keys(tree.root.left!)).toEqual([]);
    expect(tree.checkAndRestore()).toBeNull();
  });

  test('a replaced prototype is reported and put back', () => {
    const tree = statementTree();
    Object.setPrototypeOf(tree.root, {});
    expect(tree.checkAndRestore()).toMatch(/replaced the prototype of node 4/);
    expect(tree.root.val).toBe(4);
  });
});
