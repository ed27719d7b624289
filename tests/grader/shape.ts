import { TreeNode, toLevelOrder } from '../../kata/TreeNode';

/**
 * A tree as parallel arrays: node 0 is the root, `left[i]`/`right[i]` are child indices or -1.
 * Generators produce shapes; the grader turns them into counting trees, plain trees to draw, or
 * level-order arrays to print. Everything here is iterative: paths are 100,000 nodes deep.
 */
export interface Shape {
  readonly vals: readonly number[];
  readonly left: readonly number[];
  readonly right: readonly number[];
}

export const NONE = -1;

/** A tree's values in order, as the grader reads them (by index): an array or a typed array. */
export type SortedValues = ArrayLike<number>;

/** The values in order (ascending, for a valid search tree). */
export function inOrder(shape: Shape): number[] {
  const out: number[] = [];
  const stack: number[] = [];
  let i = shape.vals.length > 0 ? 0 : NONE;
  while (i !== NONE || stack.length > 0) {
    while (i !== NONE) {
      stack.push(i);
      i = shape.left[i];
    }
    i = stack.pop()!;
    out.push(shape.vals[i]);
    i = shape.right[i];
  }
  return out;
}

/** A plain, LeetCode-style copy of the tree (for drawing and for the kata helpers). */
export function toTreeNode(shape: Shape): TreeNode {
  const nodes = shape.vals.map((v) => new TreeNode(v));
  nodes.forEach((node, i) => {
    node.left = shape.left[i] === NONE ? null : nodes[shape.left[i]];
    node.right = shape.right[i] === NONE ? null : nodes[shape.right[i]];
  });
  return nodes[0];
}

export function fromTreeNode(root: TreeNode): Shape {
  const vals: number[] = [];
  const left: number[] = [];
  const right: number[] = [];
  const order: TreeNode[] = [root];
  const index = new Map<TreeNode, number>([[root, 0]]);
  for (let i = 0; i < order.length; i++) {
    const node = order[i];
    vals.push(node.val);
    for (const [child, side] of [
      [node.left, left],
      [node.right, right],
    ] as const) {
      if (child) {
        index.set(child, order.length);
        order.push(child);
      }
      side.push(child ? index.get(child)! : NONE);
    }
  }
  return { vals, left, right };
}

export function levelOrderOf(shape: Shape): (number | null)[] {
  return toLevelOrder(toTreeNode(shape));
}
