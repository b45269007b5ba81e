import { expect, test } from './fixtures';
import { PRODUCTION_PATH, RESEARCH_PATH } from './pages/credentials-list-page';

const isList = (url: URL) => url.pathname === '/api/credentials';

test.describe('as the owner', () => {
  // The demo data as seeded: a credential another spec saved in this worker's database (the
  // accessibility spec's GitHub ones match a search for "git" by their host) must not change what
  // these tests see.
  test.beforeEach(async ({ api, signIn }) => {
    await api.reset();
    await signIn('owner');
  });

  test('switching workspace changes the URL, the rows and the role', async ({ page, listPage: list }) => {
    await list.goto(PRODUCTION_PATH);
    await expect(list.row('aws-batch-role')).toBeVisible();
    await expect(list.addButton()).toBeVisible();

    await list.switchTo(/research/);
    await expect(page).toHaveURL(RESEARCH_PATH);
    await expect(list.row('azure-devops')).toBeVisible();
    await expect(list.row('aws-batch-role')).toHaveCount(0);
    // The owner of production is only a viewer in research.
    await expect(page.getByText('Role: View')).toBeVisible();
    await expect(list.addButton()).toHaveCount(0);

    // "/" goes back to the last used context.
    await page.goto('/');
    await expect(page).toHaveURL(RESEARCH_PATH);
  });

  test('a click on the switcher before its code has arrived still opens the list once it does', async ({ page, listPage: list }) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/context-autocomplete-[^/]+\.js$/, async (route) => {
      await held;
      await route.fallback();
    });
    await list.goto(PRODUCTION_PATH);
    await list.waitForRows();
    const nav = page.getByRole('navigation', { name: 'Credentials context' });
    await expect(nav.getByRole('button', { name: 'Open' })).toHaveCount(0); // still the placeholder

    await list.switcher().click();
    release();
    await page.getByRole('option', { name: /research/ }).click();
    await expect(page).toHaveURL(RESEARCH_PATH);
  });

  test('search, filters and sort live in the URL and survive a reload', async ({ page, listPage: list }) => {
    await list.goto(PRODUCTION_PATH);
    await list.waitForRows();

    await list.search().fill('git');
    await list.chooseFilter('Status', 'Available');
    // Dates sort newest first on the first click.
    await list.sortBy('Last used');
    await expect(page).toHaveURL(/q=git/);
    await expect(page).toHaveURL(/status=AVAILABLE/);
    await expect(page).toHaveURL(/sort=lastUsed&dir=desc/);
    // The rows follow the filters in a deferred render: wait for them rather than read them at once.
    await expect.poll(async () => (await list.visibleNames()).filter((name) => !/git/i.test(name))).toEqual([]);
    const before = await list.visibleNames();
    expect(before.length).toBeGreaterThan(1);

    await page.reload();
    await list.waitForRows();
    await expect(list.search()).toHaveValue('git');
    await expect(list.filter('Status')).toHaveValue('AVAILABLE');
    await expect(list.columnHeader('Last used')).toHaveAttribute('aria-sort', 'descending');
    await expect.poll(() => list.visibleNames()).toEqual(before);
  });

  test('the provider and status filters narrow the rows, and Clear filters brings them back', async ({ page, listPage: list }) => {
    await list.goto(PRODUCTION_PATH);
    await list.waitForRows();
    // Counted by the list's own count, not by the rows drawn: the grid draws only the rows near view.
    await expect(list.count()).toHaveText(/^\d+ credentials$/);
    const all = (await list.count().textContent()) ?? '';

    await list.chooseFilter('Status', 'Invalid');
    await expect(list.row('bitbucket-ci')).toBeVisible();
    await expect(list.count()).toHaveText(/^1 of \d+ credentials$/);

    await list.chooseFilter('Status', 'Any status');
    await list.chooseFilter('Provider', 'Container registry');
    await expect(list.row('dockerhub')).toBeVisible();
    await expect(list.row('ghcr')).toBeVisible();
    await expect(list.row('aws-batch-role')).toHaveCount(0);

    await list.search().fill('no-such-credential-anywhere');
    await expect(page.getByText('No credentials match these filters')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect(list.count()).toHaveText(all);
    await expect(list.row('aws-batch-role')).toBeVisible();
    await expect(list.search()).toHaveValue('');
  });

  test("the provider filter lives under ?providers=, so the create page's ?provider= does not filter the list behind it", async ({ page, listPage: list }) => {
    await list.goto(PRODUCTION_PATH);
    await list.waitForRows();
    await expect(list.count()).toHaveText(/^\d+ credentials$/);
    const unfiltered = await list.count().textContent();

    await list.chooseFilter('Provider', 'Container registry');
    await expect(page).toHaveURL(/[?&]providers=container-reg(&|$)/);
    await expect(list.count()).toHaveText(/ of /);

    await page.goto(`${PRODUCTION_PATH}/new?provider=aws`);
    await expect(page.getByRole('dialog')).toBeVisible({ timeout: 15_000 });
    // The list sits behind the modal form, hidden from the accessibility tree but still rendered.
    const rowsBehind = page.getByRole('grid', { name: 'Credentials', includeHidden: true }).getByRole('row', { includeHidden: true });
    await expect(rowsBehind.filter({ hasText: 'aws-batch-role' })).toHaveCount(1);
    await expect(page.getByRole('status', { includeHidden: true }).filter({ hasText: /credentials$/ })).toHaveText(unfiltered ?? '');
  });

  test('the compute platform filter asks the server', async ({ page, listPage: list }) => {
    await list.goto(PRODUCTION_PATH);
    await list.waitForRows();
    const request = page.waitForRequest((req) => isList(new URL(req.url())) && new URL(req.url()).searchParams.get('platformId') === 'aws-batch');
    await list.chooseFilter('Compute platform', 'AWS Batch');
    await request;
    await expect(page).toHaveURL(/platform=aws-batch/);
    await expect(list.row('aws-batch-role')).toBeVisible();
    await expect(list.row('dockerhub')).toHaveCount(0);
  });

  test('the first-run empty state invites to add credentials', async ({ page, listPage: list }) => {
    await page.route(isList, (route) => route.fulfill({ json: { credentials: [] } }));
    await list.goto(PRODUCTION_PATH);
    await expect(page.getByRole('heading', { name: 'No credentials yet' })).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: 'Add credentials' }).last().click();
    await expect(page).toHaveURL(`${PRODUCTION_PATH}/new`);
  });

  test("a server error shows the server's message and Retry recovers", async ({ page, listPage: list }) => {
    await page.route(isList, (route) => route.fulfill({ status: 500, json: { message: 'The credentials store is unavailable' } }));
    await list.goto(PRODUCTION_PATH);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The credentials could not be loaded');
    await expect(alert).toContainText('The credentials store is unavailable');

    await page.unroute(isList);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await list.waitForRows();
  });

  test('an answer that is not a list of credentials is an error on screen, not a crash', async ({ page, listPage }) => {
    await page.route(isList, (route) => route.fulfill({ json: { credentials: 'not a list' } }));
    await listPage.goto(PRODUCTION_PATH);
    await expect(page.getByRole('alert')).toContainText('does not understand');
  });

  test('one unreadable row is left out with a note; the other rows still show', async ({ page, listPage }) => {
    await page.route(isList, (route) =>
      route.fulfill({
        json: {
          credentials: [
            { id: 7, name: null },
            { name: 'no-id', provider: 'aws', status: 'AVAILABLE' },
            { id: 'ok1', name: 'readable-row', provider: 'github', status: 'AVAILABLE' },
          ],
        },
      }),
    );
    await listPage.goto(PRODUCTION_PATH);
    await expect(listPage.row('readable-row')).toBeVisible();
    await expect(page.getByRole('note')).toHaveText(/^2 entries in Seqera’s answer are not shown/);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('an unknown provider id renders with its raw id', async ({ page, listPage: list }) => {
    await page.route(isList, (route) =>
      route.fulfill({ json: { credentials: [{ id: 'x1', name: 'from-the-future', provider: 'quantum-cloud', keys: { discriminator: 'quantum-cloud' }, status: 'AVAILABLE' }] } }),
    );
    await list.goto(PRODUCTION_PATH);
    await expect(list.row('from-the-future')).toContainText('quantum-cloud');
  });

  test('rows work by keyboard: Tab in, arrows, Enter opens details, Escape returns focus to the row', async ({ page, listPage: list, detailsDrawer: drawer }) => {
    await list.goto(PRODUCTION_PATH);
    await list.waitForRows();
    // Start from the last sortable header, so the next Tab enters the rows.
    await list.columnHeader('Created').getByRole('button').focus();
    await page.keyboard.press('Tab');
    const first = list.dataRows().first();
    await expect(first).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const second = list.dataRows().nth(1);
    await expect(second).toBeFocused();
    const secondName = (await list.visibleNames())[1] ?? '';

    await page.keyboard.press('Enter');
    await expect(drawer.title()).toHaveText(secondName);
    await expect(page).toHaveURL(new RegExp(`${PRODUCTION_PATH}/[^/]+$`));
    await page.keyboard.press('Escape');
    await expect(drawer.dialog()).toHaveCount(0);
    await expect(list.row(secondName)).toBeFocused();

    await page.keyboard.press('End');
    await expect(list.dataRows().last()).toBeFocused();
  });

  test("an INVALID chip shows the provider's message on keyboard focus", async ({ page, listPage: list }) => {
    await list.goto(PRODUCTION_PATH);
    await list.row('bitbucket-ci').focus();
    // Past the row's selection checkbox to its status chip.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText('Invalid');
    await expect(page.getByRole('tooltip')).toContainText('Bitbucket rejected the credentials');
  });

  test('row actions route to edit, validate and delete', async ({ page, listPage: list }) => {
    await list.goto(PRODUCTION_PATH);
    for (const action of ['Edit', 'Validate', 'Delete'] as const) {
      await list.actionsButton('dockerhub').click();
      await page.getByRole('menuitem', { name: action }).click();
      await expect(page).toHaveURL(new RegExp(`/credentials/[^/]+/${action.toLowerCase()}$`));
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page).toHaveURL(PRODUCTION_PATH);
    }
  });

  test('focus returns to the row after a dialog opened from its menu closes', async ({ page, listPage: list }) => {
    await list.goto(PRODUCTION_PATH);
    await list.actionsButton('dockerhub').click();
    await page.getByRole('menuitem', { name: 'Validate' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(list.row('dockerhub')).toBeFocused();
  });

  test('an unknown workspace shows a clear not-found page with a way back', async ({ page }) => {
    await page.goto('/orgs/genomics-lab/workspaces/no-such-workspace/credentials');
    await expect(page.getByRole('heading', { name: 'Workspace not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to your personal credentials' }).click();
    await expect(page).toHaveURL('/user/credentials');
  });
});

test('the viewer sees no write controls anywhere', async ({ page, signIn, listPage: list, detailsDrawer: drawer }) => {
  await signIn('viewer');
  await list.goto(PRODUCTION_PATH);
  await list.waitForRows();
  await expect(list.addButton()).toHaveCount(0);

  await list.actionsButton('dockerhub').click();
  await expect(page.getByRole('menuitem')).toHaveText(['Open details']);
  await page.getByRole('menuitem', { name: 'Open details' }).click();

  await expect(drawer.title()).toHaveText('dockerhub');
  for (const name of ['Edit', 'Validate', 'Delete']) {
    await expect(page.getByRole('button', { name })).toHaveCount(0);
    await expect(page.getByRole('link', { name })).toHaveCount(0);
  }
});
