/**
 * Where a guarded call is: in the learner's function, building an exercise's index (indexCalls.ts),
 * reading what it returned, or reading what it threw. All run learner code, under the call's guard;
 * a stop is said as what it stopped (trial.ts).
 */
export type CallPhase = 'call' | 'build' | 'answer' | 'thrown';

let current: CallPhase = 'call';
/** Wall-clock milliseconds the current call spent in builds (indexCalls.ts). */
let building = 0;

export function callPhase(): CallPhase {
  return current;
}

export function enterPhase(phase: CallPhase): void {
  current = phase;
}

/** A call starts: no build yet. */
export function startCall(): void {
  current = 'call';
  building = 0;
}

/** The time a build of the current call took. */
export function noteBuild(ms: number): void {
  building += ms;
}

/**
 * Whether the clock's stop is the build's: stopped in one, or (a call that finished on the longer
 * clock of a starved machine, over its limit) most of its limit spent building.
 */
export function stoppedInBuild(limitMs: number): boolean {
  return current === 'build' || building >= limitMs / 2;
}
