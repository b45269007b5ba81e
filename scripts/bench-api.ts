/**
 * Load on the embedded API: list (10,000 credentials in one workspace), describe, create (unique
 * names) and the name check, each for a fixed time with a fixed number of connections, on loopback.
 *
 * The API runs in its own process (this file with `--serve`), on a throw-away SQLite file, so the
 * load generator and the server do not share one event loop; on a 2-core machine each gets a core.
 * `npm run bench` calls `runApiBench()`; `npx tsx scripts/bench-api.ts` runs it alone.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { buildEmbeddedApi } from '../server/api/embedded';
import { listen } from '../server/http-server';

const TOKEN = 'bench-api-owner-token';
const WORKSPACE = 201;
export const BULK_COUNT = 10_000;
export const DURATION_S = 5;
export const CONNECTIONS = 10;

export interface ApiBenchRow {
  operation: string;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Answers other than the expected status, and connection errors: should be 0. */
  unexpected: number;
}

/** Child mode: serve the embedded API on 127.0.0.1:<free port> and print the URL. */
async function serve(dataDir: string): Promise<void> {
  const { api } = buildEmbeddedApi({ dbPath: join(dataDir, 'bench.db'), demoOwnerToken: TOKEN, testHooks: true });
  const server = await listen((request) => api.fetch(request), 0, '127.0.0.1');
  console.log(JSON.stringify({ url: server.url }));
  process.on('SIGTERM', () => {
    void server.close().then(() => {
      api.close();
      process.exit(0);
    });
  });
}

async function startServer(dataDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--serve', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolveUrl, reject) => {
    child.once('exit', (code) => reject(new Error(`The API process exited with code ${String(code)}`)));
    lines.once('line', (line) => resolveUrl((JSON.parse(line) as { url: string }).url));
  });
  return {
    url,
    stop: () =>
      new Promise((done) => {
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };

async function load(operation: string, options: autocannon.Options, expected: number): Promise<ApiBenchRow> {
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION_S, ...options, headers: { ...headers, ...options.headers } });
  const statusKey = `${String(expected).charAt(0)}xx` as '2xx' | '4xx';
  const matching = result[statusKey];
  return {
    operation,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    unexpected: result.requests.total - matching + result.errors + result.timeouts,
  };
}

export async function runApiBench(log: (line: string) => void = console.log): Promise<ApiBenchRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'seqera-console-bench-api-'));
  const server = await startServer(dataDir);
  try {
    const bulk = await fetch(`${server.url}/__test/bulk`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ workspaceId: WORKSPACE, count: BULK_COUNT, prefix: 'bulk' }),
    });
    if (!bulk.ok) throw new Error(`Bulk insert failed: HTTP ${String(bulk.status)} ${await bulk.text()}`);
    const listUrl = `${server.url}/credentials?workspaceId=${String(WORKSPACE)}`;
    const listed = (await (await fetch(listUrl, { headers })).json()) as { credentials: { id: string }[] };
    const someId = listed.credentials[Math.floor(listed.credentials.length / 2)]?.id ?? '';
    log(`API bench: ${String(listed.credentials.length)} credentials in workspace ${String(WORKSPACE)}; ${String(DURATION_S)} s × ${String(CONNECTIONS)} connections per operation`);

    let created = 0;
    let checked = 0;
    const rows = [
      // One connection shows the latency of a lone list; ten show it queued behind others.
      await load('list 10k, 1 conn', { url: listUrl, connections: 1 }, 200),
      await load('list 10k', { url: listUrl }, 200),
      await load('describe', { url: `${server.url}/credentials/${someId}?workspaceId=${String(WORKSPACE)}` }, 200),
      await load(
        'create',
        {
          url: `${server.url}/credentials?workspaceId=${String(WORKSPACE)}`,
          requests: [
            {
              method: 'POST',
              setupRequest: (request) => ({
                ...request,
                body: JSON.stringify({
                  credentials: {
                    name: `bench-create-${String((created += 1))}`,
                    provider: 'container-reg',
                    keys: { discriminator: 'container-reg', userName: 'robot', password: 'bench-password-value' },
                  },
                }),
              }),
            },
          ],
        },
        200,
      ),
      await load(
        'name check',
        {
          url: server.url,
          requests: [
            {
              setupRequest: (request) => ({ ...request, path: `/credentials/validate?workspaceId=${String(WORKSPACE)}&name=free-${String((checked += 1))}` }),
            },
          ],
        },
        204,
      ),
    ];
    return rows;
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const self = process.argv[1] === fileURLToPath(import.meta.url);
if (self && process.argv[2] === '--serve') {
  await serve(process.argv[3] ?? mkdtempSync(join(tmpdir(), 'seqera-console-bench-api-')));
} else if (self) {
  console.table(await runApiBench());
}
