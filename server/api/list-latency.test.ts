import { afterAll, expect, it } from 'vitest';
import { OWNER, setupApi } from './test-support';

const api = setupApi();
afterAll(() => api.close());

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

it('lists 10,000 credentials of one workspace (latency printed, not asserted)', async () => {
  const bulk = await api.call('POST', '/__test/bulk', { token: null, body: { workspaceId: 201, count: 10_000, prefix: 'load' } });
  expect(bulk.status).toBe(200);
  const wall: number[] = [];
  const cpu: number[] = [];
  let body = '';
  for (let i = 0; i < 21; i += 1) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const response = await api.api.fetch(new Request('http://api.test/credentials?workspaceId=201', { headers: { authorization: `Bearer ${OWNER}` } }));
    body = await response.text();
    // The first call warms the statement cache and the JIT.
    if (i === 0) continue;
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuStarted);
    cpu.push((used.user + used.system) / 1000);
  }
  const count = (JSON.parse(body) as { credentials: unknown[] }).credentials.length;
  expect(count).toBeGreaterThanOrEqual(10_000);
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  console.log(
    `GET /credentials, ${count} rows, ${(body.length / 1e6).toFixed(1)} MB, ${wall.length} calls: ` +
      `wall median ${percentile(wall, 50).toFixed(1)} ms, p99 ${percentile(wall, 99).toFixed(1)} ms; ` +
      `CPU median ${percentile(cpu, 50).toFixed(1)} ms (bulk insert ${bulk.json.elapsedMs} ms)`,
  );
}, 120_000);
