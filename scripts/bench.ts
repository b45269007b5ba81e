/**
 * `npm run bench`: one table of the numbers the quality bars track, and the same as JSON in
 * bench-results/bench-<timestamp>.json.
 *   - API: autocannon on the embedded API (scripts/bench-api.ts).
 *   - Bundle: gzip bytes of the list route's first JavaScript and CSS and of each lazy route
 *     (scripts/bundle-size.ts, the same measure the budget test asserts).
 *   - UI: the list in Chromium with 100 / 1,000 / 10,000 credentials (scripts/bench-ui.ts, run as
 *     its own process; its table is printed as it comes and kept verbatim in the JSON).
 * Timings are reported here and never asserted by tests.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONNECTIONS, DURATION_S, runApiBench } from './bench-api';
import { kB, measureBundle } from './bundle-size';

const root = fileURLToPath(new URL('..', import.meta.url));

interface TableRow {
  area: string;
  measure: string;
  value: string;
}

/** Runs the UI bench, echoing its output, and returns that output. */
function runUiBench(): Promise<{ code: number; output: string }> {
  return new Promise((resolveRun) => {
    let output = '';
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'bench-ui.ts')], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    child.on('exit', (code) => resolveRun({ code: code ?? 1, output }));
  });
}

async function main() {
  const rows: TableRow[] = [];

  const api = await runApiBench();
  for (const row of api) {
    rows.push({
      area: 'API',
      measure: row.operation,
      value: `p50 ${String(row.p50Ms)} ms · p99 ${String(row.p99Ms)} ms · ${String(row.requestsPerSecond)} req/s${row.unexpected > 0 ? ` · ${String(row.unexpected)} unexpected` : ''}`,
    });
  }

  const bundle = await measureBundle(root);
  rows.push({ area: 'Bundle', measure: 'list route first JS (gzip)', value: `${kB(bundle.firstLoadJs.gzipBytes)} in ${String(bundle.firstLoadJs.files.length)} files (budget 200.0 kB)` });
  rows.push({ area: 'Bundle', measure: 'list route first CSS (gzip)', value: kB(bundle.firstLoadCss.gzipBytes) });
  for (const lazy of bundle.lazy) rows.push({ area: 'Bundle', measure: `+ ${lazy.module}`, value: kB(lazy.extra.gzipBytes) });

  const ui = existsSync(join(root, 'scripts', 'bench-ui.ts')) ? await runUiBench() : undefined;
  rows.push({ area: 'UI', measure: 'list in Chromium (scripts/bench-ui.ts)', value: ui === undefined ? 'not available' : ui.code === 0 ? 'see the table above' : `failed (exit ${String(ui.code)})` });

  console.log(`\nBenchmarks (API: ${String(DURATION_S)} s × ${String(CONNECTIONS)} connections per operation on loopback)`);
  console.table(rows);

  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  const file = join(root, 'bench-results', `bench-${stamp}.json`);
  writeFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), api, bundle, ui: ui ?? null }, null, 2)}\n`);
  console.log(`Written to ${file}`);
}

await main();
