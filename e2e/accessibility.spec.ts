import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CredentialsListPage, PRODUCTION_PATH } from './pages/credentials-list-page';
import { DetailsDrawer } from './pages/details-drawer';
import { SignInPage } from './pages/sign-in-page';

const isList = (url: URL) => url.pathname === '/api/credentials';

interface Screen {
  name: string;
  signedIn: boolean;
  open: (page: Page) => Promise<void>;
}

const screens: Screen[] = [
  { name: 'sign-in', signedIn: false, open: (page) => new SignInPage(page).goto() },
  {
    name: 'list',
    signedIn: true,
    open: async (page) => {
      const list = new CredentialsListPage(page);
      await list.goto(PRODUCTION_PATH);
      await list.waitForRows();
    },
  },
  {
    name: 'details',
    signedIn: true,
    open: async (page) => {
      const list = new CredentialsListPage(page);
      await list.goto(PRODUCTION_PATH);
      await list.row('aws-batch-role').click();
      await expect(new DetailsDrawer(page).field('External ID')).toBeVisible();
    },
  },
  {
    name: 'empty state',
    signedIn: true,
    open: async (page) => {
      await page.route(isList, (route) => route.fulfill({ json: { credentials: [] } }));
      await new CredentialsListPage(page).goto(PRODUCTION_PATH);
      await expect(page.getByRole('heading', { name: 'No credentials yet' })).toBeVisible();
    },
  },
  {
    name: 'error state',
    signedIn: true,
    open: async (page) => {
      await page.route(isList, (route) => route.fulfill({ status: 500, json: { message: 'Internal failure' } }));
      await new CredentialsListPage(page).goto(PRODUCTION_PATH);
      await expect(page.getByRole('alert')).toBeVisible();
    },
  },
];

for (const scheme of ['light', 'dark'] as const) {
  for (const screen of screens) {
    test(`${screen.name} has no axe violations in the ${scheme} theme`, async ({ page, signIn }) => {
      await page.emulateMedia({ colorScheme: scheme });
      if (screen.signedIn) await signIn('owner');
      await screen.open(page);
      // Let MUI's enter transitions finish: axe measures colours mid-fade otherwise.
      await page.waitForTimeout(400);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test('the theme toggle overrides the system setting and sticks across reloads', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await new SignInPage(page).goto();
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  const isDark = () => page.evaluate(() => document.documentElement.classList.contains('dark'));
  await expect.poll(isDark).toBe(true);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
  expect(await isDark()).toBe(true);
});
