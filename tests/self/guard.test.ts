import { CountingTree } from '../grader/countingTree';
import { evenValues, balanced } from '../grader/generators';
import { runCaught, runGuarded } from '../grader/guard';
import { inOrder } from '../grader/shape';
import { runSession, runTrial } from '../grader/trial';

describe('guard', () => {
  test('stops a synchronous endless loop (Jest cannot)', () => {
    const { outcome } = runGuarded(() => {
      for (;;) {
        // spins without reading anything
      }
    }, 50);
    expect(outcome).toEqual({ status: 'timeout', timeoutMs: 50 });
  });

  test('reports a stack overflow as such, and other throws with the thrown value', () => {
    const recurse = (n: number): number => recurse(n + 1) + 1;
    expect(runGuarded(() => recurse(0), 1000).outcome.status).toBe('stackOverflow');
    expect(
      runGuarded(() => {
        throw 'a bare string';
      }, 1000).outcome,
    ).toEqual({ status: 'threw', error: 'a bare string' });
    expect(runCaught(() => recurse(0)).outcome.status).toBe('stackOverflow');
  });

  test('captures console output and stdout writes, keeping the first lines and counting all', () => {
    const realLog = console.log;
    const { outcome, output } = runGuarded(() => {
      for (let i = 0; i < 5000; i++) console.log('line', i, { i });
      process.stdout.write('raw write\n');
      return 42;
    }, 5000);
    expect(outcome).toEqual({ status: 'ok', value: 42 });
    expect(output.total).toBe(5001);
    expect(output.lines).toHaveLength(20);
    expect(output.lines[0]).toBe('line 0 { i: 0 }');
    expect(console.log).toBe(realLog);
  });

  test('puts the console back even when the call was stopped', () => {
    const realLog = console.log;
    const realWrite = process.stdout.write;
    runGuarded(() => {
      for (;;) console.log('spinning');
    }, 50);
    expect(console.log).toBe(realLog);
    expect(process.stdout.write).toBe(realWrite);
  });

  test('a session that hangs reports the call that was running, with its output, and restores its tree', () => {
    const shape = balanced(evenValues(7));
    const tree = CountingTree.build(shape);
    const hang = {
      fn: (root: { val: number; left: unknown }) => {
        console.log('about to spin');
        (root as { left: unknown }).left = null; // damage, never undone
        for (;;) void root.val;
      },
      file: 'hang.ts',
    };
    const trial = runSession(
      () => {
        runTrial(
          hang as never,
          tree,
          inOrder(shape),
          0,
          1,
          { timeoutMs: 10_000, readLimit: Infinity },
          true,
        );
      },
      // Long enough for the call to reach its loop on a busy machine.
      100,
      () => tree,
    );
    expect(trial).toMatchObject({ passed: false, kind: 'timeout' });
    expect(trial!.reads).toBeGreaterThan(0);
    expect(trial!.output.lines).toEqual(['about to spin']);
    expect(tree.root.left).not.toBeNull();
  });
});
