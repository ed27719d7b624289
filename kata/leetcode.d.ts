/*
 * What LeetCode's TypeScript environment declares for you, declared here too so that a solution
 * pasted from there shows no red marks in your editor (the grader provides the same at run time):
 * TreeNode, lodash as `_`, and the classes of the @datastructures-js packages LeetCode lists
 * (priority queues, Queue, Deque, heaps, Stack, linked lists, EnhancedSet, search trees, Trie,
 * graphs).
 */
import type { TreeNode as KataTreeNode } from './TreeNode';
import type * as PQ from '@datastructures-js/priority-queue';
import type * as Q from '@datastructures-js/queue';
import type * as D from '@datastructures-js/deque';
import type * as H from '@datastructures-js/heap';
import type * as S from '@datastructures-js/stack';
import type * as LL from '@datastructures-js/linked-list';
import type * as ES from '@datastructures-js/set';
import type * as BST from '@datastructures-js/binary-search-tree';
import type * as TR from '@datastructures-js/trie';
import type * as G from '@datastructures-js/graph';
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
  type Heap<T> = H.Heap<T>;
  const Heap: typeof H.Heap;
  type MinHeap<T> = H.MinHeap<T>;
  const MinHeap: typeof H.MinHeap;
  type MaxHeap<T> = H.MaxHeap<T>;
  const MaxHeap: typeof H.MaxHeap;
  type Stack<T> = S.Stack<T>;
  const Stack: typeof S.Stack;
  type LinkedList<T> = LL.LinkedList<T>;
  const LinkedList: typeof LL.LinkedList;
  type LinkedListNode = LL.LinkedListNode;
  const LinkedListNode: typeof LL.LinkedListNode;
  type DoublyLinkedList<T> = LL.DoublyLinkedList<T>;
  const DoublyLinkedList: typeof LL.DoublyLinkedList;
  type DoublyLinkedListNode = LL.DoublyLinkedListNode;
  const DoublyLinkedListNode: typeof LL.DoublyLinkedListNode;
  type EnhancedSet<T> = ES.EnhancedSet<T>;
  const EnhancedSet: typeof ES.EnhancedSet;
  type BinarySearchTree<T> = BST.BinarySearchTree<T>;
  const BinarySearchTree: typeof BST.BinarySearchTree;
  type BinarySearchTreeNode<T> = BST.BinarySearchTreeNode<T>;
  const BinarySearchTreeNode: typeof BST.BinarySearchTreeNode;
  type AvlTree<T> = BST.AvlTree<T>;
  const AvlTree: typeof BST.AvlTree;
  type AvlTreeNode<T> = BST.AvlTreeNode<T>;
  const AvlTreeNode: typeof BST.AvlTreeNode;
  type Trie = TR.Trie;
  const Trie: typeof TR.Trie;
  type TrieNode = TR.TrieNode;
  const TrieNode: typeof TR.TrieNode;
  type Graph<T extends number | string, U = undefined> = G.Graph<T, U>;
  const Graph: typeof G.Graph;
  type DirectedGraph<T extends number | string, U = undefined> = G.DirectedGraph<T, U>;
  const DirectedGraph: typeof G.DirectedGraph;
  const _: LoDashStatic;
}
