/**
 * Where a guarded call is: in the learner's function, building an exercise's index (indexCalls.ts),
 * reading what it returned, or reading what it threw. All run learner code, under the call's guard;
 * a stop is said as what it stopped (trial.ts).
 */
export type CallPhase = 'call' | 'build' | 'answer' | 'thrown';

let current: CallPhase = 'call';

export function callPhase(): CallPhase {
  return current;
}

export function enterPhase(phase: CallPhase): void {
  current = phase;
}
