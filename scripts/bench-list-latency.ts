/**
 * Time to answer GET /credentials for 10,000 credentials of one workspace inside the process:
 * the embedded API's handler on an in-memory database, no HTTP and no other load, so the figure is
 * the query, the mapping and the JSON alone (the API bench adds the network and
 * concurrency). `npm run bench` reports it; `npx tsx scripts/bench-list-latency.ts` runs it alone.
 */
import { fileURLToPath } from 'node:url';
import { buildEmbeddedApi } from '../server/api/embedded';

const TOKEN = 'bench-list-owner-token';
const WORKSPACE = 201;
const COUNT = 10_000;
const CALLS = 20;

export interface ListLatency {
  rows: number;
  megabytes: number;
  calls: number;
  wallMedianMs: number;
  wallP99Ms: number;
  cpuMedianMs: number;
  bulkInsertMs: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
const round = (ms: number) => Math.round(ms * 10) / 10;

export async function runListLatency(): Promise<ListLatency> {
  const { api } = buildEmbeddedApi({ dbPath: ':memory:', demoOwnerToken: TOKEN, testHooks: true });
  const headers = { authorization: `Bearer ${TOKEN}` };
  try {
    const bulk = await api.fetch(
      new Request('http://api.bench/__test/bulk', {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ workspaceId: WORKSPACE, count: COUNT, prefix: 'load' }),
      }),
    );
    if (!bulk.ok) throw new Error(`Bulk insert failed: HTTP ${String(bulk.status)} ${await bulk.text()}`);
    const { elapsedMs } = (await bulk.json()) as { elapsedMs: number };
    const wall: number[] = [];
    const cpu: number[] = [];
    let body = '';
    // The first call warms the statement cache and the JIT and is not counted.
    for (let i = 0; i <= CALLS; i += 1) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      body = await (await api.fetch(new Request(`http://api.bench/credentials?workspaceId=${String(WORKSPACE)}`, { headers }))).text();
      if (i === 0) continue;
      wall.push(performance.now() - started);
      const used = process.cpuUsage(cpuStarted);
      cpu.push((used.user + used.system) / 1000);
    }
    const rows = (JSON.parse(body) as { credentials: unknown[] }).credentials.length;
    if (rows < COUNT) throw new Error(`The list answered ${String(rows)} credentials, expected at least ${String(COUNT)}`);
    wall.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    return {
      rows,
      megabytes: round(body.length / 1e6),
      calls: wall.length,
      wallMedianMs: round(percentile(wall, 50)),
      wallP99Ms: round(percentile(wall, 99)),
      cpuMedianMs: round(percentile(cpu, 50)),
      bulkInsertMs: elapsedMs,
    };
  } finally {
    api.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await runListLatency());
}
