/**
 * `npm run bench:ui`: how the credentials list behaves with 100, 1,000 and 10,000 credentials.
 *
 * Starts the app server (embedded API, test hooks) on a throw-away DATA_DIR, fills the
 * production workspace with bulk credentials, and in Chromium measures
 *   - time to first row: from navigation start to the first data row in the DOM;
 *   - time to interactive: from navigation start to the end of the last long task (≥ 50 ms) before
 *     the main thread stays free for 1 s after the first row (or the first row, if later);
 *   - per filter keystroke: keydown → the last DOM change it caused (the filtered rows), and
 *     the Event Timing duration of the keydown (input → next paint), plus long tasks while typing;
 * then prints a table. Then, on the big usage workspace (10,000 credentials, 2,000 compute environments,
 * 2,000 data links, 5,000 pipelines; a test hook), the time from navigation start to the first row and
 * to usage shown in the first row's "Used by" cell, and the first row with the usage calls failing
 * (Seqera without those endpoints), for comparison. Bundle sizes are `npm run bench`'s (scripts/bundle-size.ts, the budgets' measure).
 */
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { buildIfStale } from './build-if-stale';
import { CLIENT_HEADERS, chromiumArgs, chromiumPath, startAppServer } from './local-host';

const root = fileURLToPath(new URL('..', import.meta.url));
const SIZES = [100, 1_000, 10_000];
const RUNS = 3;
const SEARCH = 'bench-0042';


async function post(base: string, path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${base}${path}`, { method: 'POST', headers: CLIENT_HEADERS, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`POST ${path}: HTTP ${String(response.status)} ${await response.text()}`);
  return response.json().catch(() => undefined);
}

/** In-page probes: first data row, DOM changes, keydown times, Event Timing and long tasks. */
function instrument() {
  const state = { firstRow: -1, usageShown: -1, lastMutation: 0, keydowns: [] as number[], eventDurations: [] as number[], longTasks: [] as number[], lastLongTaskEnd: 0 };
  Object.assign(window, { __bench: state });
  new MutationObserver(() => {
    state.lastMutation = performance.now();
    if (state.firstRow < 0 && document.querySelector('[role="row"][aria-rowindex="2"]')) state.firstRow = performance.now();
    // Usage is shown once the first row's "Used by" cell holds a count (.cg-used-by) instead of its placeholder.
    if (state.usageShown < 0 && document.querySelector('[role="row"][aria-rowindex="2"] .cg-used-by')) state.usageShown = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  document.addEventListener('keydown', (event) => state.keydowns.push(event.timeStamp), true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'keydown') state.eventDurations.push(entry.duration);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      state.longTasks.push(entry.duration);
      state.lastLongTaskEnd = Math.max(state.lastLongTaskEnd, entry.startTime + entry.duration);
    }
  }).observe({ type: 'longtask', buffered: true });
}

interface BenchState {
  firstRow: number;
  usageShown: number;
  lastMutation: number;
  keydowns: number[];
  eventDurations: number[];
  longTasks: number[];
  lastLongTaskEnd: number;
}

const readState = (page: Page) => page.evaluate(() => (window as unknown as { __bench: BenchState }).__bench);

/** Waits for 1 s without a long task after the first row; returns when the main thread became free. */
function interactive(page: Page, quietMs = 1_000): Promise<number> {
  return page.evaluate(async (quiet) => {
    const state = (window as unknown as { __bench: BenchState }).__bench;
    for (;;) {
      await new Promise((done) => setTimeout(done, 50));
      const since = Math.max(state.firstRow, state.lastLongTaskEnd);
      if (state.firstRow >= 0 && performance.now() - since >= quiet) return since;
    }
  }, quietMs);
}

/** Waits until the DOM has been quiet for `quietMs`, and returns the time of the last change. */
function settled(page: Page, quietMs = 200): Promise<number> {
  return page.evaluate(async (quiet) => {
    const state = (window as unknown as { __bench: BenchState }).__bench;
    for (;;) {
      await new Promise((done) => setTimeout(done, 25));
      if (performance.now() - state.lastMutation >= quiet) return state.lastMutation;
    }
  }, quietMs);
}

const median = (values: number[]) => {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : (sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN);
};
const max = (values: number[]) => (values.length === 0 ? 0 : Math.max(...values));

interface Row {
  size: number;
  firstRowMs: number;
  interactiveMs: number;
  keystrokeMedianMs: number;
  keystrokeMaxMs: number;
  inputToPaintMaxMs: number;
  longTaskMaxMs: number;
}

async function measure(browser: Browser, base: string, listPath: string, size: number): Promise<Row> {
  const firstRows: number[] = [];
  const interactives: number[] = [];
  const keystrokes: number[] = [];
  const inputToPaint: number[] = [];
  const longTasks: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(instrument);
    const signIn = await page.request.post(`${base}/auth/demo`, { data: { role: 'owner' }, headers: CLIENT_HEADERS });
    if (!signIn.ok()) throw new Error(`Demo sign-in failed: HTTP ${String(signIn.status())}`);

    await page.goto(`${base}${listPath}`);
    await page.getByRole('row').nth(1).waitFor();
    interactives.push(await interactive(page));
    await settled(page);
    firstRows.push((await readState(page)).firstRow);

    const search = page.getByRole('searchbox', { name: 'Search credentials' });
    await search.click();
    for (const character of SEARCH) {
      await page.keyboard.press(character);
      const last = await settled(page);
      const keydown = (await readState(page)).keydowns.at(-1) ?? last;
      keystrokes.push(Math.max(0, last - keydown));
    }
    const state = await readState(page);
    inputToPaint.push(...state.eventDurations);
    longTasks.push(...state.longTasks);
    await context.close();
  }
  return {
    size,
    firstRowMs: median(firstRows),
    interactiveMs: median(interactives),
    keystrokeMedianMs: median(keystrokes),
    keystrokeMaxMs: max(keystrokes),
    inputToPaintMaxMs: max(inputToPaint),
    longTaskMaxMs: max(longTasks),
  };
}

/** The usage endpoints of Seqera's API the list calls beside the credentials. */
const USAGE_CALL = (url: URL) => /^\/api\/(compute-envs|data-links|pipelines)(\/|$)/.test(url.pathname);

interface UsageRow {
  variant: string;
  firstRowMs: number;
  usageShownMs: number;
}

/** Navigation → first row, and → usage shown; with `withoutUsage` the usage calls fail (usage unknown). */
async function measureUsage(browser: Browser, base: string, listPath: string, withoutUsage: boolean): Promise<UsageRow> {
  const firstRows: number[] = [];
  const usageShown: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(instrument);
    if (withoutUsage) await page.route(USAGE_CALL, (route) => route.fulfill({ status: 404, json: { message: 'Not found' } }));
    const signIn = await page.request.post(`${base}/auth/demo`, { data: { role: 'owner' }, headers: CLIENT_HEADERS });
    if (!signIn.ok()) throw new Error(`Demo sign-in failed: HTTP ${String(signIn.status())}`);
    await page.goto(`${base}${listPath}`);
    await page.getByRole('row').nth(1).waitFor();
    if (withoutUsage) await page.getByRole('row').nth(1).getByText('Usage unknown').waitFor({ state: 'attached' });
    else await page.locator('[role="row"][aria-rowindex="2"] .cg-used-by').waitFor();
    const state = await readState(page);
    firstRows.push(state.firstRow);
    if (!withoutUsage) usageShown.push(state.usageShown);
    await context.close();
  }
  return { variant: withoutUsage ? 'usage calls failing (usage unknown)' : 'with usage', firstRowMs: median(firstRows), usageShownMs: median(usageShown) };
}

const fixed = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(0));

async function main() {
  await buildIfStale(root);
  const { base, stop } = await startAppServer(root, 'bench', { env: { DEMO_OWNER_TOKEN: 'bench-owner-token', DEMO_VIEWER_TOKEN: 'bench-viewer-token' } });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs() });
  const rows: Row[] = [];
  const usageRows: UsageRow[] = [];
  try {
    for (const size of SIZES) {
      await post(base, '/api/__test/reset', {});
      const listPath = await productionPath(base);
      await post(base, '/api/__test/bulk', { workspaceId: listPath.workspaceId, count: size, prefix: 'bench' });
      rows.push(await measure(browser, base, listPath.path, size));
      console.log(`measured ${String(size)} credentials`);
    }
    await post(base, '/api/__test/reset', {});
    const usageWorkspace = await bigUsageWorkspace(base);
    usageRows.push(await measureUsage(browser, base, usageWorkspace, false));
    usageRows.push(await measureUsage(browser, base, usageWorkspace, true));
    console.log('measured the usage workspace');
  } finally {
    await browser.close();
    await stop();
  }

  console.log(`\nCredentials list, Chromium, median of ${String(RUNS)} runs; typing "${SEARCH}" one key at a time (demo rows included)`);
  console.table(
    rows.map((row) => ({
      credentials: row.size,
      'first row (ms)': fixed(row.firstRowMs),
      'interactive (ms)': fixed(row.interactiveMs),
      'keystroke → rows, median (ms)': fixed(row.keystrokeMedianMs),
      'keystroke → rows, max (ms)': fixed(row.keystrokeMaxMs),
      'input → paint, max (ms)': fixed(row.inputToPaintMaxMs),
      'longest task (ms)': fixed(row.longTaskMaxMs),
    })),
  );
  console.log(`\nUsage: 10,000 credentials, 2,000 compute environments, 2,000 data links, 5,000 pipelines; median of ${String(RUNS)} runs`);
  console.table(
    usageRows.map((row) => ({
      variant: row.variant,
      'navigation → first row (ms)': fixed(row.firstRowMs),
      'navigation → usage shown (ms)': fixed(row.usageShownMs),
    })),
  );
}

/** Fills the production workspace through the test hook (its defaults: 10,000 / 2,000 / 2,000 / 5,000) and returns its list path. */
async function bigUsageWorkspace(base: string): Promise<string> {
  const { workspaceId, path } = await productionPath(base);
  await post(base, '/api/__test/usage-bulk', { workspaceId, credentials: 10_000, computeEnvs: 2_000, dataLinks: 2_000, pipelines: 5_000 });
  return path;
}

/** The production workspace's id and list path, read from the API rather than assumed. */
async function productionPath(base: string): Promise<{ workspaceId: number; path: string }> {
  const signIn = await fetch(`${base}/auth/demo`, { method: 'POST', headers: CLIENT_HEADERS, body: JSON.stringify({ role: 'owner' }) });
  const cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? '';
  const { user } = (await signIn.json()) as { user: { id: number } };
  const response = await fetch(`${base}/api/user/${String(user.id)}/workspaces`, { headers: { cookie } });
  const { orgsAndWorkspaces } = (await response.json()) as {
    orgsAndWorkspaces: { orgName: string; workspaceId?: number | null; workspaceName?: string | null; roles: string[] }[];
  };
  const workspace = orgsAndWorkspaces.find((row) => row.workspaceId && row.roles.includes('owner'));
  if (!workspace?.workspaceId || !workspace.workspaceName) throw new Error('The demo owner owns no workspace');
  return {
    workspaceId: workspace.workspaceId,
    path: `/orgs/${encodeURIComponent(workspace.orgName)}/workspaces/${encodeURIComponent(workspace.workspaceName)}/credentials`,
  };
}

await main();
