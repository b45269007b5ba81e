/**
 * The Content-Security-Policy holds on every screen: each one is opened in both themes and the
 * server's /csp-report log must stay empty. server.spec.ts checks the first signed-in load only;
 * lazily loaded screens (sign-in, details, forms, dialogs) bring their own code and styles, which
 * is where an eval, an inline style or a stray origin would show up.
 *
 * Each Playwright worker has its own server, so a suite-wide "zero reports at the end" needs every
 * spec to check its own; the security specs do, and this one covers the screens in one place.
 */
import type { Page } from '@playwright/test';
import { cspReportsAfterControl, expect, test } from './fixtures';
import { PERSONAL_PATH, PRODUCTION_PATH } from './pages/credentials-list-page';

async function firstId(page: Page): Promise<string> {
  const response = await page.request.get('/api/credentials?workspaceId=201');
  const { credentials } = (await response.json()) as { credentials: { id: string; provider: string }[] };
  return credentials.find((credential) => credential.provider === 'aws')?.id ?? credentials[0]?.id ?? '';
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every screen, ${scheme} theme: no CSP violation and no console error`, async ({ page, api, signIn, listPage: list }) => {
    test.setTimeout(60_000);
    await api.reset();
    await page.emulateMedia({ colorScheme: scheme });
    // Signed out is an ordinary state (GET /auth/session answers `user: null`): nothing may be logged
    // from the sign-in page on.
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();

    await signIn('owner');
    const id = await firstId(page);
    const screens: [string, string][] = [
      ['list', PRODUCTION_PATH],
      ['personal list', PERSONAL_PATH],
      ['details', `${PRODUCTION_PATH}/${id}`],
      ['edit form', `${PRODUCTION_PATH}/${id}/edit`],
      ['provider picker', `${PRODUCTION_PATH}/new`],
      ['new AWS form', `${PRODUCTION_PATH}/new?provider=aws`],
      ['validate', `${PRODUCTION_PATH}/${id}/validate`],
      ['delete', `${PRODUCTION_PATH}/${id}/delete`],
      ['not found', '/no/such/page'],
    ];
    for (const [label, path] of screens) {
      await page.goto(path);
      // Overlays hide the list from the accessibility tree, so wait for any screen's heading.
      await expect(page.getByRole('heading').first(), label).toBeVisible();
      if (path === PRODUCTION_PATH) await list.waitForRows();
    }
    expect(errors).toEqual([]);
    // Each report names its screen (document-uri).
    expect(await cspReportsAfterControl(page, api)).toEqual([]);
  });
}
