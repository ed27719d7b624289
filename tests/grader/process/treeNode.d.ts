// LeetCode's TreeNode, declared for the type check of a file that does not import one
// (typeCheck.cjs); kata/leetcode.d.ts declares it with LeetCode's other globals.
declare class TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
  constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null);
}
