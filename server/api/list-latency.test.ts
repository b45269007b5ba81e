import { afterAll, expect, it } from 'vitest';
import { setupApi } from './test-support';

const api = setupApi();
afterAll(() => api.close());

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

it('lists 10,000 credentials of one workspace (latency printed, not asserted)', async () => {
  const bulk = await api.call('POST', '/__test/bulk', { token: null, body: { workspaceId: 201, count: 10_000, prefix: 'load' } });
  expect(bulk.status).toBe(200);
  const timings: number[] = [];
  let count = 0;
  for (let i = 0; i < 21; i += 1) {
    const started = performance.now();
    const response = await api.call('GET', '/credentials?workspaceId=201');
    const elapsed = performance.now() - started;
    count = response.json.credentials.length;
    if (i > 0) timings.push(elapsed); // the first call warms the statement cache and the JIT
  }
  expect(count).toBeGreaterThanOrEqual(10_000);
  timings.sort((a, b) => a - b);
  console.log(
    `GET /credentials with ${count} rows: median ${percentile(timings, 50).toFixed(1)} ms, p99 ${percentile(timings, 99).toFixed(1)} ms over ${timings.length} calls (bulk insert ${bulk.json.elapsedMs} ms)`,
  );
}, 120_000);
