/*
 * What LeetCode's TypeScript environment declares for you, declared here too so that a solution
 * pasted from there shows no red marks in your editor (the grader provides the same at run time):
 * TreeNode, the @datastructures-js priority queues, Queue and Deque, and lodash as `_`.
 */
import type { TreeNode as KataTreeNode } from './TreeNode';
import type * as PQ from '@datastructures-js/priority-queue';
import type * as Q from '@datastructures-js/queue';
import type * as D from '@datastructures-js/deque';
import type { LoDashStatic } from 'lodash';

declare global {
  type TreeNode = KataTreeNode;
  const TreeNode: typeof KataTreeNode;
  type PriorityQueue<T> = PQ.PriorityQueue<T>;
  const PriorityQueue: typeof PQ.PriorityQueue;
  type MinPriorityQueue<T> = PQ.MinPriorityQueue<T>;
  const MinPriorityQueue: typeof PQ.MinPriorityQueue;
  type MaxPriorityQueue<T> = PQ.MaxPriorityQueue<T>;
  const MaxPriorityQueue: typeof PQ.MaxPriorityQueue;
  type Queue<T> = Q.Queue<T>;
  const Queue: typeof Q.Queue;
  type Deque<T> = D.Deque<T>;
  const Deque: typeof D.Deque;
  const _: LoDashStatic;
}
