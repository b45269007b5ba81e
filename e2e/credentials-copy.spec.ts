/**
 * Copy to another workspace (issue 13): the target workspace's create form, prefilled with the
 * credential's non-secret values; the secrets are typed again. The demo owner owns production and
 * administers staging (an empty seeded workspace); in research it only views.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { PRODUCTION_PATH } from './pages/credentials-list-page';

const STAGING_PATH = '/orgs/genomics-lab/workspaces/staging/credentials';
const COPY_ACTION = 'Copy to another workspace…';
const FAKE_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYCOPYTEST0001';

const copyDialog = (page: Page) => page.getByRole('dialog');

test.beforeEach(async ({ api }) => {
  await api.reset();
});

test('copies an AWS keys credential from production to staging with the same non-secret fields', async ({ page, signIn, listPage, detailsDrawer }) => {
  test.setTimeout(60_000);
  await signIn('owner');
  await listPage.goto(PRODUCTION_PATH);
  await listPage.waitForRows();
  await listPage.row('aws-batch-keys').click();
  const accessKey = (await detailsDrawer.field('Access key ID').textContent())?.trim() ?? '';
  expect(accessKey).toMatch(/^AKIA/);

  await detailsDrawer.dialog().getByRole('link', { name: COPY_ACTION }).click();
  await expect(page).toHaveURL(/\/copy$/);
  const dialog = copyDialog(page);
  // Only workspaces where the user is owner or admin, never the current one.
  const target = dialog.getByRole('combobox', { name: 'Target workspace' });
  await expect(target.getByRole('option')).toHaveText(['Choose a workspace', 'genomics-lab / staging (admin)']);
  await expect(dialog.getByRole('button', { name: 'Next' })).toBeDisabled();
  await target.selectOption({ label: 'genomics-lab / staging (admin)' });
  await dialog.getByRole('button', { name: 'Next' }).click();

  await expect(dialog.getByRole('heading', { name: 'aws-batch-keys → genomics-lab / staging' })).toBeVisible();
  await expect(dialog.getByText(/Secrets cannot be read back/)).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Access key ID' })).toHaveValue(accessKey);
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('aws-batch-keys');
  // The secret is write-only: the form asks for it as on create.
  const secret = dialog.getByRole('textbox', { name: 'Secret access key' });
  await expect(secret).toHaveValue('');
  await secret.fill(FAKE_SECRET);
  await dialog.getByRole('button', { name: 'Add credentials' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Copied aws-batch-keys to genomics-lab / staging.')).toBeVisible();

  await listPage.goto(STAGING_PATH);
  await listPage.waitForRows();
  await listPage.row('aws-batch-keys').click();
  await expect(detailsDrawer.field('Access key ID')).toHaveText(accessKey);
  await expect(detailsDrawer.field('Mode')).toHaveText('keys');
  await expect(detailsDrawer.field('Provider')).toHaveText('AWS');
});

test('a copy whose name is taken in the target is offered with a -copy suffix, and AWS roles say a new External ID is generated', async ({ page, signIn, listPage }) => {
  test.setTimeout(60_000);
  await signIn('owner');
  const copyToStaging = async (name: string) => {
    await listPage.goto(PRODUCTION_PATH);
    await listPage.waitForRows();
    await listPage.actionsButton(name).click();
    await page.getByRole('menuitem', { name: COPY_ACTION }).click();
    await copyDialog(page).getByRole('combobox', { name: 'Target workspace' }).selectOption({ label: 'genomics-lab / staging (admin)' });
    await copyDialog(page).getByRole('button', { name: 'Next' }).click();
  };
  await copyToStaging('aws-batch-role');
  const dialog = copyDialog(page);
  await expect(dialog.getByText(/A new External ID is generated in genomics-lab \/ staging/)).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('aws-batch-role');
  await dialog.getByRole('button', { name: 'Add credentials' }).click();
  await expect(dialog).toBeHidden();

  // Staging now holds aws-batch-role: a second copy is offered as aws-batch-role-copy.
  await copyToStaging('aws-batch-role');
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('aws-batch-role-copy');
  await expect(dialog.getByText(/The name aws-batch-role is taken/)).toBeVisible();
});

test('bulk copy: one target, one form per credential with skip, then a summary', async ({ page, signIn, listPage }) => {
  test.setTimeout(60_000);
  await signIn('owner');
  await listPage.goto(PRODUCTION_PATH);
  await listPage.waitForRows();
  await page.getByRole('checkbox', { name: 'Select aws-batch-keys' }).check();
  await page.getByRole('checkbox', { name: 'Select aws-batch-role' }).check();
  await page.getByRole('button', { name: 'Copy to workspace…' }).click();
  const dialog = copyDialog(page);
  await dialog.getByRole('combobox', { name: 'Target workspace' }).selectOption({ label: 'genomics-lab / staging (admin)' });
  await dialog.getByRole('button', { name: 'Next' }).click();
  await expect(dialog.getByText('Credential 1 of 2')).toBeVisible();
  // In the list's order: the keys first (the secret typed), then the role.
  await expect(dialog.getByRole('heading', { name: 'aws-batch-keys → genomics-lab / staging' })).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Secret access key' }).fill(FAKE_SECRET);
  await dialog.getByRole('button', { name: 'Add credentials' }).click();
  await expect(dialog.getByText('Credential 2 of 2')).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'aws-batch-role → genomics-lab / staging' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Skip this credential' }).click();
  await expect(dialog.getByRole('status')).toHaveText('1 created, 0 failed, 1 skipped.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await listPage.goto(STAGING_PATH);
  await listPage.waitForRows();
  expect(await listPage.visibleNames()).toEqual(['aws-batch-keys']);
});

test('a viewer has no copy action, and the copy URL refuses', async ({ page, signIn, listPage }) => {
  await signIn('viewer');
  await listPage.goto(PRODUCTION_PATH);
  await listPage.waitForRows();
  await listPage.actionsButton('aws-batch-keys').click();
  await expect(page.getByRole('menuitem', { name: 'Open details' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: COPY_ACTION })).toHaveCount(0);
  await page.getByRole('menuitem', { name: 'Open details' }).click();
  // The drawer first: without it, "no Copy link" holds at once and the URL is still the list's.
  await expect(page.getByRole('dialog').getByRole('heading', { level: 2, name: 'aws-batch-keys' })).toBeVisible();
  await expect(page.getByRole('dialog').getByRole('link', { name: COPY_ACTION })).toHaveCount(0);
  const detailsUrl = page.url().split('?')[0] ?? '';
  await page.goto(`${detailsUrl}/copy`);
  await expect(page.getByRole('dialog', { name: 'Owner or admin role needed' })).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the copy steps have no axe violations in the ${scheme} theme`, async ({ page, signIn, listPage }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme: scheme });
    await signIn('owner');
    await listPage.goto(PRODUCTION_PATH);
    await listPage.waitForRows();
    await listPage.actionsButton('aws-batch-keys').click();
    await page.getByRole('menuitem', { name: COPY_ACTION }).click();
    const dialog = copyDialog(page);
    await expect(dialog.getByRole('combobox', { name: 'Target workspace' })).toBeVisible();
    await expectNoAxeViolations(page);
    await dialog.getByRole('combobox', { name: 'Target workspace' }).selectOption({ label: 'genomics-lab / staging (admin)' });
    await dialog.getByRole('button', { name: 'Next' }).click();
    await expect(dialog.getByRole('textbox', { name: 'Access key ID' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
