/**
 * A hostile `next` after sign-in, and a screen that crashes: neither may leave the user on a dead
 * page or show React Router's crash page with a stack trace (issue 10, B8).
 */
import { OWNER_TOKEN, expect, test } from './fixtures';
import { CredentialsListPage, PRODUCTION_PATH } from './pages/credentials-list-page';
import { SignInPage } from './pages/sign-in-page';
import { FIRST_LOAD_TIMEOUT } from './pages/timeouts';

test.beforeEach(async ({ api }) => {
  await api.reset();
});

for (const [label, encoded] of [
  ['tab', '%2F%09%2Fevil.example'],
  ['newline', '%2F%0A%2Fevil.example'],
] as const) {
  test(`a next with a ${label} in it signs in to the list, before and after a reload`, async ({ page }) => {
    const signIn = new SignInPage(page);
    const list = new CredentialsListPage(page);
    await page.goto(`/sign-in?next=${encoded}`);
    await expect(signIn.heading()).toBeVisible({ timeout: FIRST_LOAD_TIMEOUT });
    await signIn.signInWithToken(OWNER_TOKEN);
    await list.waitForRows();
    await expect(page).toHaveURL(/\/credentials$/);
    await expect(page.getByText('External navigation is not allowed')).toHaveCount(0);

    // Signed in, the same address goes straight to the list instead of an error page.
    await page.goto(`/sign-in?next=${encoded}`);
    await list.waitForRows();
    await expect(page).toHaveURL(/\/credentials$/);
    await expect(page.getByText('Unexpected Application Error')).toHaveCount(0);
  });
}

test('a screen that throws while rendering shows a plain error page with a way back and Reload', async ({ page, signIn }) => {
  // Break something the list calls while rendering (sorting its rows) and nothing before it does.
  await page.addInitScript(() => {
    Array.prototype.toSorted = () => {
      throw new Error('forced render failure for the test');
    };
  });
  await signIn('owner');
  await page.goto(PRODUCTION_PATH);
  await expect(page.getByRole('heading', { name: 'Something went wrong', level: 1 })).toBeVisible({ timeout: FIRST_LOAD_TIMEOUT });
  const text = await page.locator('body').innerText();
  expect(text).not.toContain('forced render failure');
  expect(text).not.toMatch(/Unexpected Application Error|\bat \S+ \(|\.js:\d+/);
  await expect(page.getByRole('link', { name: 'Go to your credentials' })).toHaveAttribute('href', '/');
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
});
