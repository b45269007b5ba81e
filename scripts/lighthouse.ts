/**
 * `npm run lighthouse`: Lighthouse 12 on the built app's sign-in page and credentials list.
 *
 * Builds if stale, starts the app server (embedded API, test hooks, throw-away DATA_DIR) on a free
 * loopback port, signs in as the demo owner for the list (the session cookie goes in as an extra
 * header), and prints the category scores for the desktop and mobile presets. JSON reports are
 * written to bench-results/. The aim is performance >= 95 and accessibility 100; the exit code
 * stays 0 either way, since scores vary with the machine (the numbers are for the report).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { buildIfStale } from './build-if-stale';
import { CHROMIUM_OFFLINE_ARGS, CLIENT_HEADERS, chromiumPath, startAppServer } from './local-host';

const root = fileURLToPath(new URL('..', import.meta.url));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', ...CHROMIUM_OFFLINE_ARGS];


async function sessionCookie(base: string): Promise<string> {
  const response = await fetch(`${base}/auth/demo`, { method: 'POST', headers: CLIENT_HEADERS, body: JSON.stringify({ role: 'owner' }) });
  if (!response.ok) throw new Error(`Demo sign-in failed: HTTP ${String(response.status)}`);
  const cookie = response.headers.getSetCookie()[0]?.split(';', 1)[0];
  if (!cookie) throw new Error('Demo sign-in set no cookie');
  return cookie;
}

interface Scores {
  page: string;
  preset: string;
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
  /** Audits that cost points, for the report when a score falls short. */
  failing: string[];
}

async function audit(url: string, page: string, preset: 'desktop' | 'mobile', port: number, cookie?: string): Promise<Scores> {
  const flags = {
    port,
    output: 'json' as const,
    logLevel: 'error' as const,
    onlyCategories: [...CATEGORIES],
    ...(cookie === undefined ? {} : { extraHeaders: { Cookie: cookie } }),
  };
  const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
  if (result === undefined) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results', `lighthouse-${page}-${preset}.json`), JSON.stringify(lhr, null, 1));
  const score = (id: (typeof CATEGORIES)[number]) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const failing = Object.values(lhr.audits)
    .filter((entry) => entry.score !== null && entry.score < 0.9 && entry.scoreDisplayMode !== 'informative' && entry.scoreDisplayMode !== 'manual')
    .map((entry) => `${entry.id}${entry.displayValue ? ` (${entry.displayValue})` : ''}`);
  return { page, preset, performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo'), failing };
}

async function main() {
  await buildIfStale(root);
  const { base, stop } = await startAppServer(root, 'lighthouse');
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROME_FLAGS });
  const results: Scores[] = [];
  try {
    const cookie = await sessionCookie(base);
    for (const preset of ['desktop', 'mobile'] as const) {
      results.push(await audit(`${base}/sign-in`, 'sign-in', preset, chrome.port));
      results.push(await audit(`${base}/orgs/genomics-lab/workspaces/production/credentials`, 'list', preset, chrome.port, cookie));
    }
  } finally {
    chrome.kill();
    await stop();
  }
  console.log('\nLighthouse 12 category scores (aim: performance >= 95, accessibility 100)');
  console.table(results.map(({ failing: _failing, ...scores }) => scores));
  for (const result of results) {
    if (result.failing.length > 0) console.log(`${result.page} (${result.preset}) loses points on: ${result.failing.join(', ')}`);
  }
}

await main();
