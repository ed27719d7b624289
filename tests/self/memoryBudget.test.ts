import { SESSION_BUDGETS } from '../grader/callLimits';
import { MemoryBudget, type Look } from '../grader/process/memoryBudget';

/*
 * The memory watch's decisions, look by look (memoryWatch.ts runs them every 20 ms): a call's
 * growth counts from its own start, also inside a session of calls; what the calls of a session
 * keep for one another has a budget of its own.
 */

const BUDGET = 256;
/** Looks at a run's memory (in MB above its start), each with the calls begun so far. */
function looks(steps: [calls: number, mb: number][]) {
  const budget = new MemoryBudget();
  return steps.map(([call, mb]) => {
    const look: Look = { budget: BUDGET, run: 1, call, runBase: 100, mb: 100 + mb };
    return budget.look(look);
  });
}

test('a call that grows past the budget ends the process', () => {
  expect(
    looks([
      [0, 10],
      [0, 200],
      [0, BUDGET + 1],
    ]).at(-1),
  ).toEqual({
    outOfMemory: BUDGET + 1,
    together: false,
  });
});

test("a session's call is not charged with the garbage of the call before it", () => {
  // The first call grew 200 MB (its garbage not yet collected), the second grows 100 MB more.
  const verdicts = looks([
    [0, 200],
    [1, 200],
    [1, 300],
  ]);
  expect(verdicts.some((v) => v !== null && 'outOfMemory' in v)).toBe(false);
});

test('what the calls of a session keep for one another has its own budget', () => {
  // Each call keeps 200 MB: none passes the budget, together they pass SESSION_BUDGETS of them.
  const steps: [number, number][] = [];
  for (let call = 0; call <= SESSION_BUDGETS + 1; call++) steps.push([call, 200 * (call + 1)]);
  const verdicts = looks(steps);
  const ended = verdicts.findIndex((v) => v !== null && 'outOfMemory' in v);
  expect(ended).toBe(SESSION_BUDGETS + 1);
  expect(verdicts[ended]).toEqual({ outOfMemory: 200 * (SESSION_BUDGETS + 2), together: true });
});

test('growth is told in steps, and told again as none once a new call begins', () => {
  expect(
    looks([
      [0, 3],
      [0, 9],
      [0, 12],
      [0, 20],
      [1, 20],
      [1, 21],
    ]),
  ).toEqual([null, { grew: 9 }, null, { grew: 20 }, { grew: 0 }, null]);
});

test('a new guarded run counts from where it began, whatever the run before it grew', () => {
  const budget = new MemoryBudget();
  budget.look({ budget: BUDGET, run: 1, call: 0, runBase: 100, mb: 350 });
  expect(budget.look({ budget: 0, run: 1, call: 0, runBase: 100, mb: 0 })).toBeNull();
  expect(budget.look({ budget: BUDGET, run: 2, call: 0, runBase: 360, mb: 400 })).toEqual({
    grew: 40,
  });
});
