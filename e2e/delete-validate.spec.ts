import type { Page } from '@playwright/test';
import { CSRF_HEADERS, expect, expectNoAxeViolations, expectTransitionsDone, test } from './fixtures';
import { CredentialsListPage, PRODUCTION_PATH } from './pages/credentials-list-page';

const SCREENSHOTS = process.env.E2E_SCREENSHOTS;

async function expectNoDialogAxeViolations(page: Page, state: string) {
  if (SCREENSHOTS) {
    await expectTransitionsDone(page);
    await page.screenshot({ path: `${SCREENSHOTS}/${state}.png` });
  }
  await expectNoAxeViolations(page, { include: '[role="dialog"]', state });
}

async function openList(page: Page) {
  const list = new CredentialsListPage(page);
  await list.goto(PRODUCTION_PATH);
  await list.waitForRows();
  return list;
}

/** A row while a modal is open: the dialog hides the page from the accessibility tree, so roles cannot find it. */
const rowBehindDialog = (page: Page, name: string) =>
  page.locator('[role="grid"] [role="row"][data-id]').filter({ has: page.getByText(name, { exact: true }) });

async function rowAction(page: Page, list: CredentialsListPage, name: string, action: 'Delete' | 'Validate') {
  await list.actionsButton(name).click();
  await page.getByRole('menuitem', { name: action }).click();
}

test.beforeEach(async ({ api, signIn }) => {
  await api.reset();
  await signIn('owner');
});

test('deletes an unused credential: gone at once and after a reload', async ({ page }) => {
  const list = await openList(page);
  await rowAction(page, list, 'gitlab-group', 'Delete');
  const dialog = page.getByRole('dialog', { name: 'Delete gitlab-group?' });
  await expect(dialog.getByText('From workspace genomics-lab / production.')).toBeVisible();
  await expectNoDialogAxeViolations(page, 'delete-confirm');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toBeHidden();
  await expect(list.row('gitlab-group')).toHaveCount(0);
  await expect(page.getByText('Deleted gitlab-group.')).toBeVisible();
  await page.reload();
  await list.waitForRows();
  await expect(list.row('gitea-internal')).toBeVisible();
  await expect(list.row('gitlab-group')).toHaveCount(0);
});

test('a delete blocked by a running workflow: jobs listed with their link, re-check, delete anyway by typed name', async ({ page, api }) => {
  const running = (await api.workflows()).find((w) => w.status === 'running' && w.url !== null);
  if (!running) throw new Error('the seed has no running workflow with a url');
  const list = await openList(page);
  await rowAction(page, list, 'aws-batch-keys', 'Delete');
  const dialog = page.getByRole('dialog', { name: 'Delete aws-batch-keys?' });
  await dialog.getByRole('button', { name: 'Delete' }).click();

  await expect(dialog.getByRole('heading', { name: 'A running job uses these credentials' })).toBeFocused();
  const link = dialog.getByRole('link', { name: `Open ${running.name}` });
  await expect(link).toHaveAttribute('href', running.url ?? '');
  await expect(dialog.getByText(`Workflow · ID ${running.id}`)).toBeVisible();
  await expect(rowBehindDialog(page, 'aws-batch-keys')).toHaveCount(1);
  await expectNoDialogAxeViolations(page, 'delete-blocked');

  await dialog.getByRole('button', { name: 'Re-check' }).click();
  await expect(dialog.getByRole('heading', { name: 'A running job uses these credentials' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Delete anyway and stop these jobs' }).click();
  const field = dialog.getByRole('textbox', { name: 'Credentials name' });
  await expect(field).toBeFocused();
  await expectNoDialogAxeViolations(page, 'delete-typed-name');
  await field.fill('aws-batch-keys');
  await dialog.getByRole('button', { name: 'Delete and stop jobs' }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByText('Deleted aws-batch-keys and stopped 1 running job.')).toBeVisible();
  await expect(list.row('aws-batch-keys')).toHaveCount(0);
  const after = (await api.workflows()).find((w) => w.id === running.id);
  expect(after?.status).toBe('stopped');
});

test('a failing delete puts the row back and shows the error', async ({ page, api }) => {
  const list = await openList(page);
  await api.fail({ method: 'DELETE', pathPrefix: '/credentials/', status: 500, times: 1 });
  await rowAction(page, list, 'gitea-internal', 'Delete');
  const dialog = page.getByRole('dialog', { name: 'Delete gitea-internal?' });
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog.getByText(/^The credentials were not deleted: /)).toBeVisible();
  await expectNoDialogAxeViolations(page, 'delete-failed');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(list.row('gitea-internal')).toBeVisible();
});

test('bulk delete: one blocked item is listed with its jobs and can be deleted anyway', async ({ page }) => {
  const list = await openList(page);
  for (const name of ['gitlab-group', 'gitea-internal', 'hpc-login-ssh']) {
    await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  }
  await page.getByRole('button', { name: 'Delete selected' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete 3 credentials?' });
  await dialog.getByRole('button', { name: 'Delete' }).click();
  const results = page.getByRole('dialog', { name: 'Delete results' });
  await expect(results.getByRole('heading', { name: '2 deleted, 1 blocked by running jobs, 0 failed.' })).toBeFocused();
  await expect(results.getByRole('list', { name: 'Running jobs' })).toContainText('nf-core/sarek (brave_curie)');
  await expectNoDialogAxeViolations(page, 'bulk-result');
  await expect(rowBehindDialog(page, 'gitlab-group')).toHaveCount(0);
  await expect(rowBehindDialog(page, 'hpc-login-ssh')).toHaveCount(1);

  await results.getByRole('button', { name: 'Delete anyway and stop these jobs' }).click();
  await results.getByRole('textbox', { name: 'Credentials name' }).fill('hpc-login-ssh');
  await results.getByRole('button', { name: 'Delete and stop jobs' }).click();
  await expect(results.getByText('Deleted, jobs stopped')).toBeVisible();
  await results.getByRole('button', { name: 'Close' }).click();
  await expect(list.row('hpc-login-ssh')).toHaveCount(0);
});

test('validate: AVAILABLE, INVALID with the provider message, transient, and Mark as valid', async ({ page, api }) => {
  // A credential the offline probe rejects: a malformed AWS access key.
  const created = await page.request.post('/api/credentials?workspaceId=201', {
    headers: CSRF_HEADERS,
    data: { credentials: { name: 'aws-typo', provider: 'aws', keys: { discriminator: 'aws', accessKey: 'AKIA-not-a-key', secretKey: 'x'.repeat(40) } } },
  });
  expect(created.ok(), await created.text()).toBe(true);
  const list = await openList(page);

  await rowAction(page, list, 'gitlab-group', 'Validate');
  let dialog = page.getByRole('dialog', { name: 'Validate gitlab-group' });
  await expect(dialog.getByRole('heading', { name: 'Valid', exact: true })).toBeFocused();
  await expectNoDialogAxeViolations(page, 'validate-available');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await rowAction(page, list, 'aws-typo', 'Validate');
  dialog = page.getByRole('dialog', { name: 'Validate aws-typo' });
  await expect(dialog.getByRole('heading', { name: 'Rejected by the provider' })).toBeVisible();
  await expect(dialog.getByText(/access key ID is not valid/).first()).toBeVisible();
  await expectNoDialogAxeViolations(page, 'validate-invalid');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(list.row('aws-typo').getByText('Invalid')).toBeVisible();

  await api.faults({ validate: 'transient' });
  await rowAction(page, list, 'aws-typo', 'Validate');
  dialog = page.getByRole('dialog', { name: 'Validate aws-typo' });
  await expect(dialog.getByRole('heading', { name: 'Provider not reachable' })).toBeVisible();
  await expect(dialog.getByText('The provider could not be reached; the status shown is the last known one. Last known status: Invalid.', { exact: true })).toBeVisible();
  await expect(dialog.getByText('Rejected by the provider')).toHaveCount(0);
  await expectNoDialogAxeViolations(page, 'validate-transient');
  await api.faults({ validate: null });

  await dialog.getByRole('button', { name: 'Mark as valid…' }).click();
  await expect(dialog.getByRole('heading', { name: 'Mark as valid without checking?' })).toBeFocused();
  await expectNoDialogAxeViolations(page, 'validate-confirm-force');
  await dialog.getByRole('button', { name: 'Mark as valid', exact: true }).click();
  await expect(dialog.getByRole('heading', { name: 'Marked as valid' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(list.row('aws-typo').getByText('Available')).toBeVisible();
});

test('validate all shown: progress then a summary', async ({ page }) => {
  const list = await openList(page);
  await list.search().fill('git');
  await expect(list.count()).toContainText('of');
  await page.getByRole('button', { name: 'Validate all shown' }).click();
  const dialog = page.getByRole('dialog', { name: /^Validate \d+ credentials$/ });
  await dialog.getByRole('button', { name: 'Validate' }).click();
  await expect(dialog.getByRole('heading', { name: /^Validation finished: \d+ available, 0 invalid/ })).toBeFocused();
  await expect(dialog.getByRole('progressbar', { name: 'Validation progress' })).toHaveAttribute('aria-valuenow', '100');
  await expectNoDialogAxeViolations(page, 'validate-all-result');
});

test('the whole delete flow by keyboard alone', async ({ page, api }) => {
  const list = await openList(page);
  // Usage re-renders the rows when it arrives; walk the row once it is settled.
  await list.waitForUsage();
  const row = list.row('hpc-login-ssh');
  await row.focus();
  await page.keyboard.press('Tab'); // the row's checkbox
  await page.keyboard.press('Tab'); // the status chip is not a tab stop for AVAILABLE; the "Used by" count is, for its tooltip
  await expect(row.getByText(/^Used by \d/).locator('xpath=ancestor-or-self::*[@tabindex][1]')).toBeFocused();
  await page.keyboard.press('Tab'); // then the actions button
  await expect(list.actionsButton('hpc-login-ssh')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Open details' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('menuitem', { name: 'Delete' })).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Delete hpc-login-ssh?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Delete' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('heading', { name: 'A running job uses these credentials' })).toBeFocused();
  // Tab order: job list has no link for this job; Cancel, Re-check, Delete anyway.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Delete anyway and stop these jobs' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('textbox', { name: 'Credentials name' })).toBeFocused();
  await page.keyboard.type('hpc-login-ssh');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(list.row('hpc-login-ssh')).toHaveCount(0);
  // Focus lands on the next row by name (the list's order), ready for the next keystroke.
  await expect(list.row('k8s-cluster')).toBeFocused();
  expect((await api.workflows()).find((w) => w.name === 'nf-core/sarek (brave_curie)')?.status).toBe('stopped');
});

test('a viewer sees no delete or validate controls, and the routes refuse', async ({ page, signIn, listPage: list }) => {
  await signIn('viewer');
  // The viewer's production role is view.
  await list.goto(`${PRODUCTION_PATH}`);
  await list.waitForRows();
  await expect(page.getByRole('button', { name: 'Validate all shown' })).toHaveCount(0);
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  const id = await list.dataRows().first().getAttribute('data-id');
  await page.goto(`${PRODUCTION_PATH}/${id ?? ''}/delete`);
  await expect(page.getByRole('dialog', { name: 'Owner or admin role needed' })).toBeVisible();
});
