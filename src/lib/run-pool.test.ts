import { describe, expect, it } from 'vitest';
import { runPool } from './run-pool';

describe('runPool', () => {
  it('never has more than the limit in flight and keeps results in input order', async () => {
    let inFlight = 0;
    let peak = 0;
    const seen: number[] = [];
    const results = await runPool(
      [30, 5, 20, 1, 10, 2, 15],
      3,
      async (ms) => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((done) => setTimeout(done, ms));
        inFlight--;
        return ms * 2;
      },
      (_result, index) => seen.push(index),
    );
    expect(peak).toBe(3);
    expect(results).toEqual([60, 10, 40, 2, 20, 4, 30]);
    // Progress is reported as each finishes, not in input order.
    expect(seen).toHaveLength(7);
    expect(seen).not.toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('copes with fewer items than lanes and with none', async () => {
    expect(await runPool([1], 4, (n) => Promise.resolve(n + 1))).toEqual([2]);
    expect(await runPool([], 4, (n: number) => Promise.resolve(n))).toEqual([]);
  });
});
