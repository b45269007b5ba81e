import { OWNER_TOKEN, VIEWER_TOKEN, expect, test } from './fixtures';
import { PRODUCTION_PATH, RESEARCH_PATH } from './pages/credentials-list-page';

const people = [
  { role: 'owner', token: OWNER_TOKEN, canWrite: true },
  { role: 'viewer', token: VIEWER_TOKEN, canWrite: false },
] as const;

const methods = ['token', 'demo button'] as const;

for (const person of people) {
  for (const method of methods) {
    test(`the ${person.role} signs in with the ${method} and sees production ${person.canWrite ? 'with' : 'without'} write controls`, async ({ page, signInPage: signIn, listPage: list }) => {
      await signIn.goto(PRODUCTION_PATH);
      if (method === 'token') await signIn.signInWithToken(person.token);
      else await signIn.demoButton(person.role).click();

      await expect(page).toHaveURL(PRODUCTION_PATH);
      await list.waitForRows();
      await expect(list.addButton()).toHaveCount(person.canWrite ? 1 : 0);
      await expect(page.getByText(person.canWrite ? 'Role: Owner' : 'Role: View')).toBeVisible();

      // The token lives only in the server's session: not in storage, not in a script-readable cookie.
      const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }) + document.cookie);
      expect(stored).not.toContain(person.token);
    });
  }
}

test('a wrong token is refused plainly and the field is emptied', async ({ page, signInPage: signIn }) => {
  await signIn.goto();
  await signIn.signInWithToken('not-a-real-token');
  await expect(signIn.alert()).toContainText('Seqera did not accept this token');
  await expect(signIn.tokenField()).toHaveValue('');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('an unreachable Seqera API is reported as such', async ({ page, signInPage: signIn }) => {
  await page.route(
    (url) => url.pathname === '/auth/session',
    (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({ status: 502, json: { message: 'Seqera Platform could not be reached' } })
        : route.fallback(),
  );
  await signIn.goto();
  await signIn.signInWithToken(OWNER_TOKEN);
  await expect(signIn.alert()).toContainText('could not be reached');
});

test('a session that ends returns the user to sign-in and then back to the same place', async ({ page, signIn, context, listPage: list, signInPage }) => {
  await signIn('owner');
  await list.goto(`${PRODUCTION_PATH}?q=aws`);
  await list.waitForRows();
  // The usage calls follow the rows; the session must end between screens, not under one of them.
  await list.waitForUsage();

  await context.clearCookies();
  await list.switchTo(/research/);

  await expect(page).toHaveURL(/\/sign-in\?/);
  const next = new URL(page.url()).searchParams.get('next');
  expect(next).toBe(RESEARCH_PATH);
  await expect(page.getByText('Your session has ended')).toBeVisible();

  await signInPage.demoButton('owner').click();
  await expect(page).toHaveURL(RESEARCH_PATH);
  await list.waitForRows();
});

test('a reload after the session ended keeps the filters in the return address', async ({ page, signIn, context, signInPage }) => {
  await signIn('owner');
  await page.goto(`${PRODUCTION_PATH}?q=git&sort=lastUsed&dir=desc`);
  await context.clearCookies();
  await page.reload();
  await expect(page).toHaveURL(/\/sign-in\?/);
  await signInPage.signInWithToken(OWNER_TOKEN);
  await expect(page).toHaveURL(`${PRODUCTION_PATH}?q=git&sort=lastUsed&dir=desc`);
});

test('signing out ends the session', async ({ page, signIn }) => {
  await signIn('viewer');
  await page.goto(PRODUCTION_PATH);
  await page.getByRole('button', { name: /^Account:/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL('/sign-in');
  await page.goto(PRODUCTION_PATH);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
});
