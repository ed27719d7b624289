import type { MainTierId, CheckFailureKind } from '../../grader/tiers/tier';

/** What the grader must say of a zoo solution: 'pass', or why the tier fails. */
export type Expected = Record<MainTierId, 'pass' | CheckFailureKind>;
