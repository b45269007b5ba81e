/**
 * `npm run bench`: one table of the numbers the quality bars track, and the same as JSON in
 * bench-results/bench-<timestamp>.json.
 *   - API: autocannon on the embedded API (scripts/bench-api.ts), and the in-process time of
 *     one list of 10,000 credentials (scripts/bench-list-latency.ts).
 *   - Bundle: gzip bytes of the list route's first JavaScript and CSS and of each lazy route
 *     (scripts/bundle-size.ts, the same measure the budget test asserts).
 *   - UI: the list in Chromium with 100 / 1,000 / 10,000 credentials (scripts/bench-ui.ts, run as
 *     its own process; its table is printed as it comes and kept verbatim in the JSON), and here:
 *     the time from choosing Edit in a row's menu to a typed character showing in the form, with
 *     the form's code not yet loaded (cold) and loaded (warm).
 *   - Startup: the sign-in page and the list beside a bare React + MUI + Query reference page,
 *     Lighthouse mobile and desktop (median of 3, interleaved), TBT, JS requests and bytes before
 *     the first screen (scripts/bench-lighthouse.ts, also `npm run bench:startup`).
 * Timings are reported here and never asserted by tests.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { buildIfStale } from './build-if-stale';
import { CONNECTIONS, DURATION_S, runApiBench } from './bench-api';
import { runListLatency } from './bench-list-latency';
import { kB, measureBundle } from './bundle-size';
import { runStartupBench, startupTable } from './bench-lighthouse';
import { chromiumArgs, chromiumPath, startAppServer } from './local-host';

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

const LIST_PATH = '/orgs/genomics-lab/workspaces/production/credentials';


/** Edit chosen in a row menu → a typed character visible in the Description field, in ms; median of 5, cold first. */
async function formOpenToTyping(): Promise<{ coldMs: number; warmMedianMs: number }> {
  await buildIfStale(root, () => undefined);
  const { base, stop } = await startAppServer(root, 'bench-form');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs() });
  try {
    const page = await browser.newPage();
    const signIn = await page.request.post(`${base}/auth/demo`, { data: { role: 'owner' }, headers: { 'X-Requested-With': 'seqera-console' } });
    if (!signIn.ok()) throw new Error(`Demo sign-in failed: HTTP ${String(signIn.status())}`);
    const times: number[] = [];
    for (let run = 0; run < 6; run += 1) {
      await page.goto(`${base}${LIST_PATH}`);
      await page.getByRole('button', { name: 'Actions for dockerhub' }).click();
      const edit = page.getByRole('menuitem', { name: 'Edit' });
      await edit.waitFor();
      const started = await page.evaluate(() => performance.now());
      await edit.click();
      const description = page.getByRole('dialog').getByLabel(/^Description/);
      await description.click();
      await page.keyboard.type('x');
      await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.value.endsWith('x') === true);
      times.push((await page.evaluate(() => performance.now())) - started);
    }
    const [cold = Number.NaN, ...warm] = times;
    const sorted = warm.toSorted((a, b) => a - b);
    return { coldMs: Math.round(cold), warmMedianMs: Math.round(sorted[Math.floor(sorted.length / 2)] ?? Number.NaN) };
  } finally {
    await browser.close();
    await stop();
  }
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

  const listLatency = await runListLatency();
  rows.push({
    area: 'API',
    measure: `list ${String(listLatency.rows)} in process (${String(listLatency.megabytes)} MB)`,
    value: `wall median ${String(listLatency.wallMedianMs)} ms · p99 ${String(listLatency.wallP99Ms)} ms · CPU median ${String(listLatency.cpuMedianMs)} ms`,
  });

  const bundle = await measureBundle(root);
  rows.push({ area: 'Bundle', measure: 'list route first JS (gzip)', value: `${kB(bundle.firstLoadJs.gzipBytes)} in ${String(bundle.firstLoadJs.files.length)} files (budget 200.0 kB)` });
  rows.push({ area: 'Bundle', measure: 'list route first CSS (gzip)', value: kB(bundle.firstLoadCss.gzipBytes) });
  for (const lazy of bundle.lazy) {
    rows.push({ area: 'Bundle', measure: `+ ${lazy.module}`, value: `${kB(lazy.fromList.gzipBytes)} from the list · ${kB(lazy.extra.gzipBytes)} cold` });
  }

  const ui = existsSync(join(root, 'scripts', 'bench-ui.ts')) ? await runUiBench() : undefined;
  rows.push({ area: 'UI', measure: 'list in Chromium (scripts/bench-ui.ts)', value: ui === undefined ? 'not available' : ui.code === 0 ? 'see the table above' : `failed (exit ${String(ui.code)})` });
  const form = await formOpenToTyping();
  rows.push({ area: 'UI', measure: 'Edit chosen → typed character shown', value: `cold ${String(form.coldMs)} ms · warm median ${String(form.warmMedianMs)} ms` });

  const startup = await runStartupBench();
  console.log('\nStartup against the bare reference page (Lighthouse 12 performance: median [range] of interleaved rounds)');
  console.table(startupTable(startup));

  console.log(`\nBenchmarks (API: ${String(DURATION_S)} s × ${String(CONNECTIONS)} connections per operation on loopback)`);
  console.table(rows);

  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  const file = join(root, 'bench-results', `bench-${stamp}.json`);
  writeFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), api, listLatency, bundle, ui: ui ?? null, form, startup }, null, 2)}\n`);
  console.log(`Written to ${file}`);
}

await main();
