/**
 * Each first screen downloads only what it needs (issue 14): the sign-in page never fetches the
 * signed-in app's chunk (the list, the frame), and neither page requests more JavaScript files
 * before its first screen shows than the limits allow. What the list preloads afterwards, on idle,
 * is not counted. Which file holds which module is read from the build's source maps.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countStartupRequests, FIRST_SCREEN, MAX_JS_BEFORE_INTERACTIVE } from '../scripts/startup-requests';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PRODUCTION_PATH } from './pages/credentials-list-page';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function modulesIn(urlPath: string): string[] {
  const file = join(ROOT, 'dist', urlPath);
  if (!existsSync(`${file}.map`)) return [];
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] };
  return map.sources.map((source) => relative(ROOT, resolve(dirname(file), source)));
}

test('sign-in fetches no list or frame code and at most 6 JavaScript files before its form shows', async ({ page }) => {
  const { js } = await countStartupRequests(page, '/sign-in', FIRST_SCREEN.signIn, 30_000);
  const modules = js.flatMap(modulesIn);
  expect(modules, 'the sign-in page form is among the fetched modules').toContain('src/features/session/sign-in-page.tsx');
  expect(modules.filter((module) => module.startsWith('src/features/credentials/list/') || module === 'src/app/signed-in.tsx')).toEqual([]);
  expect(js.length, js.join(', ')).toBeLessThanOrEqual(MAX_JS_BEFORE_INTERACTIVE.signIn);
});

test('the list fetches at most 12 JavaScript files before its first row shows, and runs no menu or screen it only preloads', async ({ page, api, signIn }) => {
  await api.reset();
  await signIn('owner');
  const { js } = await countStartupRequests(page, PRODUCTION_PATH, FIRST_SCREEN.list, 30_000);
  expect(js.length, js.join(', ')).toBeLessThanOrEqual(MAX_JS_BEFORE_INTERACTIVE.list);
  // Preloaded later on idle, not before the rows; and preloading does not render the real switcher.
  expect(js.flatMap(modulesIn)).not.toContain('src/features/workspaces/context-autocomplete.tsx');
  await expect
    .poll(() => page.evaluate(() => document.querySelectorAll('link[rel="modulepreload"][href*="context-autocomplete"]').length))
    .toBeGreaterThan(0);
  await expect(page.getByRole('combobox', { name: 'Context' })).toHaveAttribute('readonly', '');
});

/** How often each path was requested, and whether each request came from page script (fetch) or the page itself. */
async function answersAsked(page: Page, paths: string[]) {
  return page.evaluate(
    (wanted) =>
      wanted.map((path) => {
        const entries = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => new URL(entry.name).pathname === path);
        return { path, count: entries.length, byScript: entries.some((entry) => entry.initiatorType === 'fetch') };
      }),
    paths,
  );
}

test('the startup answers are asked for once, by the page itself while it parses, not again by the app', async ({ page, api, signIn }) => {
  await countStartupRequests(page, '/sign-in', FIRST_SCREEN.signIn, 30_000);
  // The sign-in options fill in after the form: wait for them before counting.
  await expect(page.getByRole('button', { name: 'Sign in as demo owner' })).toBeVisible();
  expect(await answersAsked(page, ['/auth/session', '/auth/config'])).toEqual([
    { path: '/auth/session', count: 1, byScript: false },
    { path: '/auth/config', count: 1, byScript: false },
  ]);

  await api.reset();
  await signIn('owner');
  const user = (await (await page.request.get('/auth/session')).json()) as { user: { id: number } };
  const workspaces = `/api/user/${String(user.user.id)}/workspaces`;
  await countStartupRequests(page, PRODUCTION_PATH, FIRST_SCREEN.list, 30_000);
  expect(await answersAsked(page, ['/auth/session', workspaces])).toEqual([
    { path: '/auth/session', count: 1, byScript: false },
    { path: workspaces, count: 1, byScript: false },
  ]);
  // That load showed the server the workspace's id: the next load of the page has its rows and
  // compute platforms preloaded too, and the list takes them.
  await page.reload();
  await expect(page.getByRole('row').nth(2)).toBeVisible();
  expect(await answersAsked(page, ['/api/credentials', '/api/platforms'])).toEqual([
    { path: '/api/credentials', count: 1, byScript: false },
    { path: '/api/platforms', count: 1, byScript: false },
  ]);
});

test("answers preloaded for a page's load never answer whoever signs in next in that page", async ({ page, api, signIn, signInPage }) => {
  await api.reset();
  await signIn('owner');
  // A first load shows the server this workspace's id: the next load preloads its rows.
  await countStartupRequests(page, PRODUCTION_PATH, FIRST_SCREEN.list, 30_000);
  // The next load's session check says signed out (as when the token was revoked in Seqera since):
  // the page goes to sign-in with its preloaded rows untaken.
  await page.route('**/auth/session', (route) =>
    route.request().method() === 'GET' ? route.fulfill({ json: { user: null } }) : route.fallback(),
  );
  await page.reload();
  await expect(page).toHaveURL(/\/sign-in\?/);
  await page.unroute('**/auth/session');
  await signInPage.demoButton('viewer').click();
  await expect(page).toHaveURL(PRODUCTION_PATH);
  await expect(page.getByRole('row').nth(2)).toBeVisible();
  // The rows shown were asked for after the sign-in, by the app, not taken from the preload.
  const requested = await page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => new URL(entry.name).pathname === '/api/credentials')
      .map((entry) => entry.initiatorType),
  );
  expect(requested.filter((type) => type !== 'fetch')).toHaveLength(1);
  expect(requested.filter((type) => type === 'fetch')).toHaveLength(1);
});
