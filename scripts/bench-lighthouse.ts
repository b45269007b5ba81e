/**
 * `npm run bench` (and `npm run bench:startup` alone): the sign-in page and the workspace list beside a
 * bare reference page, in one run on one machine.
 *
 * The reference (bench/reference/) is React, react-dom, MUI and TanStack Query rendering one table of
 * the same demo rows, built by the same Vite into bench-results/reference-dist and served by the app's
 * own static handler (server/static.ts: same compression and cache headers). Per page it reports:
 *   - Lighthouse 12 performance, mobile and desktop presets: median of 3, rounds interleaved
 *     (reference, sign-in, list, then again), so machine load hits every page alike;
 *   - total blocking time (mobile, median);
 *   - JS requests before the first screen is usable, and their bytes (scripts/startup-requests.ts);
 *   - the ratio of each to the reference's.
 * The list's requests are counted (one load) before the rounds, so every list round is a returning
 * visit of one session: the server has seen the workspace's id and preloads its rows
 * (server/startup-preloads.ts), as it does for anyone who comes back to a workspace's list.
 * Timings depend on the machine's load; compare within one run only.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Result } from 'lighthouse';
import { build } from 'vite';
import { serveStatic } from '../server/static';
import { buildIfStale } from './build-if-stale';
import { CHROMIUM_OFFLINE_ARGS, CLIENT_HEADERS, chromiumArgs, chromiumPath, freePort, startAppServer } from './local-host';
import { countStartupRequests, FIRST_SCREEN, type StartupRequests } from './startup-requests';

const root = fileURLToPath(new URL('..', import.meta.url));
const REFERENCE_DIST = join(root, 'bench-results', 'reference-dist');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const LIST_PATH = '/orgs/genomics-lab/workspaces/production/credentials';
const PRESETS = ['mobile', 'desktop'] as const;
type Preset = (typeof PRESETS)[number];

interface Target {
  page: 'reference' | 'sign-in' | 'list';
  url: string;
  selector: string;
  cookie?: string;
}

export interface StartupRow {
  page: Target['page'];
  mobile: number[];
  desktop: number[];
  tbtMobile: number[];
  tbtDesktop: number[];
  requests: StartupRequests;
}

const median = (values: number[]) => {
  const sorted = values.filter((value) => !Number.isNaN(value)).toSorted((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function buildReference(): Promise<void> {
  const inherited = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(root, 'bench', 'reference', 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  } finally {
    if (inherited === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = inherited;
  }
}

async function demoCookie(base: string): Promise<string> {
  const response = await fetch(`${base}/auth/demo`, { method: 'POST', headers: CLIENT_HEADERS, body: JSON.stringify({ role: 'owner' }) });
  const cookie = response.headers.getSetCookie()[0]?.split(';', 1)[0];
  if (!response.ok || !cookie) throw new Error(`Demo sign-in failed: HTTP ${String(response.status)}`);
  return cookie;
}

/** The reference's rows: the same list response the console's list receives. */
async function writeRows(base: string, cookie: string): Promise<number> {
  const response = await fetch(`${base}/api/credentials?workspaceId=201`, { headers: { Cookie: cookie } });
  if (!response.ok) throw new Error(`Listing the demo credentials failed: HTTP ${String(response.status)}`);
  const body = (await response.json()) as { credentials: unknown[] };
  writeFileSync(join(REFERENCE_DIST, 'rows.json'), JSON.stringify(body));
  return body.credentials.length;
}

async function serveReference(): Promise<{ base: string; server: ServerType }> {
  const port = await freePort();
  const server = serve({ fetch: (request) => serveStatic(request, REFERENCE_DIST), port, hostname: '127.0.0.1' });
  await new Promise<void>((ready) => server.once('listening', () => ready()));
  return { base: `http://127.0.0.1:${String(port)}`, server };
}

/**
 * Clears the Lighthouse browser's cookies. Lighthouse resets an origin's storage but keeps its
 * cookies, and the server refreshes the session cookie on the list's requests: without this, every
 * sign-in run after the first list run was signed in and measured the redirect to the list.
 */
async function clearCookies(port: number): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${String(port)}`);
  try {
    await Promise.all(browser.contexts().map((context) => context.clearCookies()));
  } finally {
    await browser.close();
  }
}

async function score(target: Target, preset: Preset, port: number): Promise<{ performance: number; tbt: number }> {
  await clearCookies(port);
  const flags = {
    port,
    output: 'json' as const,
    logLevel: 'error' as const,
    onlyCategories: ['performance'],
    ...(target.cookie === undefined ? {} : { extraHeaders: { Cookie: target.cookie } }),
  };
  // An overloaded machine sometimes loses the trace (NO_NAVSTART): one more try, then a gap in the table.
  for (let attempt = 1; ; attempt += 1) {
    const result = await lighthouse(target.url, flags, preset === 'desktop' ? desktopConfig : undefined);
    const lhr = result?.lhr;
    if (lhr && !lhr.runtimeError) return summarise(lhr, target, preset);
    if (attempt >= 2) {
      console.error(`Lighthouse failed on ${target.url} (${preset}): ${lhr?.runtimeError?.message ?? 'no result'}`);
      return { performance: Number.NaN, tbt: Number.NaN };
    }
  }
}

function summarise(lhr: Result, target: Target, preset: Preset): { performance: number; tbt: number } {
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results', `startup-${target.page}-${preset}.json`), JSON.stringify(lhr));
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    tbt: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN),
  };
}

async function requestsOf(target: Target): Promise<StartupRequests> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs() });
  try {
    const context = await browser.newContext();
    if (target.cookie !== undefined) {
      const [name = '', value = ''] = target.cookie.split('=', 2);
      await context.addCookies([{ name, value, url: new URL(target.url).origin }]);
    }
    return await countStartupRequests(await context.newPage(), target.url, target.selector);
  } finally {
    await browser.close();
  }
}

export async function runStartupBench(log: (line: string) => void = console.log): Promise<StartupRow[]> {
  await buildIfStale(root, log);
  log('Building the reference page (bench/reference) …');
  await buildReference();
  const app = await startAppServer(root, 'bench-startup', { echoStderr: false });
  const reference = await serveReference();
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', '--no-sandbox', ...CHROMIUM_OFFLINE_ARGS] });
  try {
    const cookie = await demoCookie(app.base);
    const rowCount = await writeRows(app.base, cookie);
    log(`Reference rows: ${String(rowCount)} (the demo production workspace)`);
    const targets: Target[] = [
      { page: 'reference', url: `${reference.base}/`, selector: FIRST_SCREEN.reference },
      { page: 'sign-in', url: `${app.base}/sign-in`, selector: FIRST_SCREEN.signIn },
      { page: 'list', url: `${app.base}${LIST_PATH}`, selector: FIRST_SCREEN.list, cookie },
    ];
    const rows = new Map<Target['page'], StartupRow>();
    for (const target of targets) {
      rows.set(target.page, { page: target.page, mobile: [], desktop: [], tbtMobile: [], tbtDesktop: [], requests: await requestsOf(target) });
    }
    for (let round = 1; round <= ROUNDS; round += 1) {
      for (const preset of PRESETS) {
        for (const target of targets) {
          const result = await score(target, preset, chrome.port);
          const row = rows.get(target.page);
          if (!row) continue;
          row[preset].push(result.performance);
          (preset === 'mobile' ? row.tbtMobile : row.tbtDesktop).push(result.tbt);
          log(`round ${String(round)} ${preset} ${target.page}: performance ${String(result.performance)}, TBT ${String(result.tbt)} ms`);
        }
      }
    }
    return [...rows.values()];
  } finally {
    chrome.kill();
    reference.server.close();
    await app.stop();
  }
}

/** One table row per page, with the ratio to the reference where a ratio means something. */
export function startupTable(rows: StartupRow[]): Record<string, string | number>[] {
  const reference = rows.find((row) => row.page === 'reference');
  const ratio = (value: number, base: number | undefined) => (base === undefined || base === 0 ? '' : ` (${(value / base).toFixed(2)}×)`);
  const range = (values: number[]) => {
    const measured = values.filter((value) => !Number.isNaN(value));
    return `${String(median(measured))} [${String(Math.min(...measured))}–${String(Math.max(...measured))}]${measured.length < values.length ? ` (${String(values.length - measured.length)} failed)` : ''}`;
  };
  return rows.map((row) => ({
    page: row.page,
    'mobile perf (median [range])': `${range(row.mobile)}${row === reference ? '' : ` Δ ${String(median(row.mobile) - median(reference?.mobile ?? []))}`}`,
    'desktop perf': `${range(row.desktop)}${row === reference ? '' : ` Δ ${String(median(row.desktop) - median(reference?.desktop ?? []))}`}`,
    'TBT mobile ms': `${range(row.tbtMobile)}${ratio(median(row.tbtMobile), reference && median(reference.tbtMobile))}`,
    'JS requests before interactive': `${String(row.requests.js.length)}${ratio(row.requests.js.length, reference?.requests.js.length)}`,
    'first-JS kB (wire)': `${(row.requests.jsBytes / 1000).toFixed(1)}${ratio(row.requests.jsBytes, reference?.requests.jsBytes)}`,
  }));
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const rows = await runStartupBench();
  console.log(`\nStartup: Lighthouse 12 performance, median of ${String(ROUNDS)} interleaved rounds; Δ and × against the reference`);
  console.table(startupTable(rows));
  for (const row of rows) console.log(`${row.page}: ${row.requests.js.join(' ')}`);
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  const file = join(root, 'bench-results', `startup-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(rows, null, 2)}\n`);
  console.log(`Written to ${file}`);
}
