import { expect, expectNoAxeViolations, test, type PageObjects } from './fixtures';
import { PRODUCTION_PATH } from './pages/credentials-list-page';

const isList = (url: URL) => url.pathname === '/api/credentials';

// The suite runs with reduced motion (playwright.config.ts); these scans check the console as most
// readers see it, fades and slides included.
test.use({ reducedMotion: 'no-preference' });

interface Screen {
  name: string;
  signedIn: boolean;
  open: (fixtures: PageObjects) => Promise<void>;
}

const screens: Screen[] = [
  { name: 'sign-in', signedIn: false, open: ({ signInPage }) => signInPage.goto() },
  {
    name: 'list',
    signedIn: true,
    open: async ({ listPage }) => {
      await listPage.goto(PRODUCTION_PATH);
      await listPage.waitForRows();
    },
  },
  {
    name: 'details',
    signedIn: true,
    open: async ({ listPage, detailsDrawer }) => {
      await listPage.goto(PRODUCTION_PATH);
      await listPage.row('aws-batch-role').click();
      await expect(detailsDrawer.field('External ID')).toBeVisible();
    },
  },
  {
    name: 'details after a save',
    signedIn: true,
    open: async ({ page, detailsDrawer }) => {
      const name = `a11y-saved-${Date.now().toString(36)}`;
      await page.goto(`${PRODUCTION_PATH}/new?provider=github`);
      const form = page.getByRole('dialog');
      await form.getByLabel(/^Name/).fill(name);
      await form.getByLabel(/^User name/).fill('octo');
      await form.getByLabel(/^Personal access token/).fill('ghp_a11yToken0123456789');
      await form.getByRole('button', { name: 'Add credentials' }).click();
      await expect(detailsDrawer.dialog().getByRole('alert').filter({ hasText: `Credentials ${name} added.` })).toBeVisible();
    },
  },
  {
    name: 'empty state',
    signedIn: true,
    open: async ({ page, listPage }) => {
      await page.route(isList, (route) => route.fulfill({ json: { credentials: [] } }));
      await listPage.goto(PRODUCTION_PATH);
      await expect(page.getByRole('heading', { name: 'No credentials yet' })).toBeVisible();
    },
  },
  {
    name: 'error state',
    signedIn: true,
    open: async ({ page, listPage }) => {
      await page.route(isList, (route) => route.fulfill({ status: 500, json: { message: 'Internal failure' } }));
      await listPage.goto(PRODUCTION_PATH);
      await expect(page.getByRole('alert')).toBeVisible();
    },
  },
];

for (const scheme of ['light', 'dark'] as const) {
  for (const screen of screens) {
    test(`${screen.name} has no axe violations in the ${scheme} theme`, async ({ page, signIn, listPage, detailsDrawer, signInPage }) => {
      await page.emulateMedia({ colorScheme: scheme });
      if (screen.signedIn) await signIn('owner');
      await screen.open({ page, listPage, detailsDrawer, signInPage });
      await expectNoAxeViolations(page);
    });
  }
}

test('the theme toggle overrides the system setting and sticks across reloads', async ({ page, signInPage }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await signInPage.goto();
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  const isDark = () => page.evaluate(() => document.documentElement.classList.contains('dark'));
  await expect.poll(isDark).toBe(true);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
  expect(await isDark()).toBe(true);
});
