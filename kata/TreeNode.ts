/**
 * The tree node used by this kata: the same shape as LeetCode's TypeScript `TreeNode`, so code
 * written there works here unchanged. Missing children are `null`, never `undefined`.
 *
 * Helpers for debugging your solution:
 *   buildTree([4, 2, 5, 1, 3])   -> a tree, from a level-order array (nulls for missing children)
 *   toLevelOrder(root)           -> [4, 2, 5, 1, 3], back to such an array
 *   drawTree(root)               -> the tree drawn as ASCII art, ready for console.log
 */
export class TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;

  constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null) {
    this.val = val === undefined ? 0 : val;
    this.left = left === undefined ? null : left;
    this.right = right === undefined ? null : right;
  }
}

/** What the helpers read: any object with `val`, `left` and `right` (TreeNode or not). */
export interface BinaryNode {
  readonly val: number;
  readonly left: BinaryNode | null;
  readonly right: BinaryNode | null;
}

/** A level-order array in LeetCode's format: `null` marks a missing child. */
export type LevelOrder = ReadonlyArray<number | null>;

/**
 * Builds a tree from a level-order array, LeetCode style: `[4, 2, 5, 1, 3]` is 4 with children 2
 * and 5, and 2 has children 1 and 3. Throws a clear error when the array is malformed or is not a
 * binary search tree (left subtree values <= node <= right subtree values; duplicates allowed).
 */
export function buildTree(levelOrder: LevelOrder): TreeNode | null {
  if (!Array.isArray(levelOrder)) throw new TypeError('buildTree expects an array');
  levelOrder.forEach((value, index) => {
    if (value !== null && !(typeof value === 'number' && Number.isFinite(value))) {
      throw new TypeError(
        `buildTree: entry ${index} is ${String(value)}; use finite numbers, or null for no node`,
      );
    }
  });
  if (levelOrder.length === 0 || levelOrder[0] === null) {
    if (levelOrder.some((value) => value !== null)) {
      throw new Error('buildTree: the root is null, so no other entry can be a node');
    }
    return null;
  }
  const root = new TreeNode(levelOrder[0]);
  const parents: TreeNode[] = [root];
  let next = 1;
  for (let p = 0; p < parents.length && next < levelOrder.length; p++) {
    for (const side of ['left', 'right'] as const) {
      if (next >= levelOrder.length) break;
      const value = levelOrder[next++];
      if (value === null) continue;
      const child = new TreeNode(value);
      parents[p][side] = child;
      parents.push(child);
    }
  }
  if (next < levelOrder.length) {
    throw new Error(`buildTree: entry ${next} (${String(levelOrder[next])}) has no parent node`);
  }
  assertSearchTree(root);
  return root;
}

/**
 * Throws when the tree breaks the ordering rule: every value in a node's left subtree must be <=
 * the node's value and every value in its right subtree >= it. Works on trees of any depth.
 */
export function assertSearchTree(root: BinaryNode | null): void {
  type Frame = {
    node: BinaryNode;
    low: number;
    high: number;
    lowOwner?: number;
    highOwner?: number;
  };
  const stack: Frame[] = root ? [{ node: root, low: -Infinity, high: Infinity }] : [];
  while (stack.length > 0) {
    const { node, low, high, lowOwner, highOwner } = stack.pop()!;
    if (node.val > high) {
      throw new Error(
        `not a binary search tree: ${node.val} sits in the left subtree of ${highOwner}, ` +
          `so it must be <= ${highOwner}`,
      );
    }
    if (node.val < low) {
      throw new Error(
        `not a binary search tree: ${node.val} sits in the right subtree of ${lowOwner}, ` +
          `so it must be >= ${lowOwner}`,
      );
    }
    if (node.left) {
      stack.push({ node: node.left, low, high: node.val, lowOwner, highOwner: node.val });
    }
    if (node.right) {
      stack.push({ node: node.right, low: node.val, high, lowOwner: node.val, highOwner });
    }
  }
}

/** The tree as a level-order array (LeetCode's format, trailing nulls removed). */
export function toLevelOrder(root: BinaryNode | null): (number | null)[] {
  const out: (number | null)[] = [];
  const queue: (BinaryNode | null)[] = [root];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i];
    out.push(node ? node.val : null);
    if (node) queue.push(node.left, node.right);
  }
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

/**
 * Draws the tree as ASCII art, root on top:
 *
 *       __4
 *      /   \
 *     2     5
 *    / \
 *   1   3
 *
 * Meant for small trees (a few dozen nodes); larger ones are drawn too, just very wide.
 */
export function drawTree(root: BinaryNode | null): string {
  if (!root) return '(empty tree)';
  return layout(root)
    .lines.map((line) => line.trimEnd())
    .join('\n');
}

interface Block {
  lines: string[];
  width: number;
  /** Column of the node's label centre, where the parent's edge attaches. */
  anchor: number;
}

// Recursive on purpose: drawing is for small trees, whose depth is small.
function layout(node: BinaryNode): Block {
  const label = String(node.val);
  const anchorOf = (text: string) => Math.floor((text.length - 1) / 2);
  const left = node.left ? layout(node.left) : null;
  const right = node.right ? layout(node.right) : null;
  if (!left && !right) return { lines: [label], width: label.length, anchor: anchorOf(label) };

  // Columns: [left block] space [label] space [right block]. A '/' sits just right of the left
  // child's anchor and a '\\' just left of the right child's; underscores lead to the label.
  const labelStart = left ? left.width + 1 : 0;
  const labelEnd = labelStart + label.length;
  const rightStart = labelEnd + 1;
  const width = right ? rightStart + right.width : labelEnd;
  const top = Array<string>(width).fill(' ');
  const edges = Array<string>(width).fill(' ');
  top.splice(labelStart, label.length, ...label);
  if (left) {
    edges[left.anchor + 1] = '/';
    for (let c = left.anchor + 2; c < labelStart; c++) top[c] = '_';
  }
  if (right) {
    const backslash = rightStart + right.anchor - 1;
    edges[backslash] = '\\';
    for (let c = labelEnd; c < backslash; c++) top[c] = '_';
  }
  const rows = Math.max(left?.lines.length ?? 0, right?.lines.length ?? 0);
  const below: string[] = [];
  for (let row = 0; row < rows; row++) {
    const leftPart = left ? (left.lines[row] ?? '').padEnd(left.width) : '';
    below.push(leftPart.padEnd(rightStart) + (right?.lines[row] ?? ''));
  }
  return {
    lines: [top.join(''), edges.join(''), ...below],
    width,
    anchor: labelStart + anchorOf(label),
  };
}
