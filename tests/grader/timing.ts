/*
 * Wall-clock timing, for `npm run compare` and `npm run bench` only: never for a grade. Calls are
 * batched until a batch lasts long enough to time reliably; the median over several batches is
 * reported, so one slow moment of a busy machine does not show.
 */

/** Median time of one call of `call(i)`, in microseconds. */
export function microsPerCall(call: (i: number) => void, rounds = 7, batchMs = 10): number {
  let batch = 1;
  for (let i = 0; ; batch *= 2) {
    const start = performance.now();
    for (let j = 0; j < batch; j++) call(i++);
    if (performance.now() - start >= batchMs || batch >= 1 << 20) break;
  }
  const perCall: number[] = [];
  for (let round = 0, i = 0; round < rounds; round++) {
    const start = performance.now();
    for (let j = 0; j < batch; j++) call(i++);
    perCall.push(((performance.now() - start) * 1000) / batch);
  }
  return median(perCall);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** 1234567 as "1.2M", 5300 as "5.3k", 42 as "42". */
export function compact(x: number): string {
  if (x >= 1e6) return `${(x / 1e6).toFixed(x >= 1e7 ? 0 : 1)}M`;
  if (x >= 1e3) return `${(x / 1e3).toFixed(x >= 1e4 ? 0 : 1)}k`;
  return x >= 10 ? String(Math.round(x)) : x.toFixed(1);
}
