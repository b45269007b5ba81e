import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { PRODUCTION_PATH, RESEARCH_PATH } from './pages/credentials-list-page';

// What uses a credential (issue 12), against the embedded API's demo seed (server/api/seed-usage.ts).

const detailsPath = (base: string, name: string) => async (page: Page, listPage: { goto: (path: string) => Promise<void>; row: (name: string) => Locator }) => {
  await listPage.goto(base);
  await listPage.row(name).click();
  await expect(page.getByRole('dialog').getByRole('heading', { level: 2, name })).toBeVisible();
};

test.beforeEach(async ({ api }) => {
  await api.reset();
});

test('details of a cloud credential list its compute environments (with status) and data links', async ({ page, signIn, listPage, detailsDrawer }) => {
  await signIn('owner');
  await detailsPath(PRODUCTION_PATH, 'aws-batch-keys')(page, listPage);
  const computeEnvs = detailsDrawer.usageBlock('Compute environments');
  await expect(computeEnvs.getByRole('heading')).toHaveText('Compute environments (2)');
  const items = computeEnvs.getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.filter({ hasText: 'aws-batch-prod' })).toContainText('aws-batch');
  await expect(items.filter({ hasText: 'aws-batch-legacy' })).toContainText('Disabled');
  const dataLinks = detailsDrawer.usageBlock('Data links');
  await expect(dataLinks.getByRole('heading')).toHaveText('Data links (2)');
  await expect(dataLinks.getByRole('listitem').filter({ hasText: 'genomics-lab-results' })).toContainText('s3://genomics-lab-results');
  await expect(dataLinks.getByRole('listitem').filter({ hasText: 'genomics-lab-raw' })).toContainText('s3://genomics-lab-raw');
  // Not a Git credential: no pipelines block.
  await expect(detailsDrawer.usageBlock('Pipelines')).toHaveCount(0);
});

test('details of a self-hosted GitLab credential show the pipelines it would serve, marked as inferred', async ({ page, signIn, listPage, detailsDrawer }) => {
  await signIn('owner');
  await detailsPath(PRODUCTION_PATH, 'gitlab-self-hosted')(page, listPage);
  const pipelines = detailsDrawer.usageBlock('Pipelines');
  await expect(pipelines.getByRole('heading')).toHaveText('Pipelines (2)');
  await expect(pipelines.getByText('inferred', { exact: true })).toBeVisible();
  await expect(pipelines.getByText(/longest match/)).toBeVisible();
  await expect(pipelines.getByRole('listitem')).toHaveText([/qc-reports/, /variant-calling/]);
  // gitlab.com pipelines belong to gitlab-group, not to the self-hosted server's credential.
  await expect(pipelines).not.toContainText('methylseq-lab');
});

test('a container-registry credential says which registry pulls it covers', async ({ page, signIn, listPage, detailsDrawer }) => {
  await signIn('owner');
  await detailsPath(PRODUCTION_PATH, 'ghcr')(page, listPage);
  await expect(detailsDrawer.usedBy()).toContainText('pull container images from ghcr.io');
});

test('the delete dialog lists the compute environments and data links that will stop working', async ({ page, signIn, listPage }) => {
  await signIn('owner');
  await detailsPath(PRODUCTION_PATH, 'aws-batch-keys')(page, listPage);
  await page.getByRole('dialog').getByRole('link', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete aws-batch-keys?' });
  const usage = dialog.getByRole('region', { name: 'What will stop working' });
  await expect(usage.getByRole('list', { name: 'Compute environments' }).getByRole('listitem')).toHaveText([/aws-batch-legacy/, /aws-batch-prod/]);
  await expect(usage.getByRole('list', { name: 'Data links' }).getByRole('listitem')).toHaveText([/genomics-lab-raw/, /genomics-lab-results/]);
  await expect(dialog.getByRole('button', { name: 'Delete', exact: true })).toBeEnabled();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoAxeViolations(page, { include: '[role="dialog"]', state: `delete dialog (${scheme})` });
  }
});

test('usage unknown (the calls fail): details and delete say so, the rest keeps working', async ({ page, api, signIn, listPage, detailsDrawer }) => {
  await signIn('owner');
  for (const pathPrefix of ['/compute-envs', '/data-links', '/pipelines']) {
    await api.fail({ method: 'GET', pathPrefix, status: 404, times: 1000 });
  }
  await detailsPath(PRODUCTION_PATH, 'aws-batch-keys')(page, listPage);
  await expect(detailsDrawer.usedBy()).toContainText('Usage unknown');
  // The rest of the details is there.
  await expect(detailsDrawer.field('Provider')).toBeVisible();
  await expect(detailsDrawer.secretsNotice()).toBeVisible();
  await page.getByRole('dialog').getByRole('link', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete aws-batch-keys?' });
  await expect(dialog.getByRole('region', { name: 'What will stop working' })).toContainText('Usage unknown');
  await expect(dialog.getByRole('button', { name: 'Delete', exact: true })).toBeEnabled();
});

test('one usage call failing leaves the other kinds shown', async ({ page, api, signIn, listPage, detailsDrawer }) => {
  await signIn('owner');
  await api.fail({ method: 'GET', pathPrefix: '/data-links', status: 500, times: 1000 });
  await detailsPath(PRODUCTION_PATH, 'aws-batch-keys')(page, listPage);
  await expect(detailsDrawer.usageBlock('Data links')).toContainText('Usage unknown');
  await expect(detailsDrawer.usageBlock('Compute environments').getByRole('listitem')).toHaveCount(2);
});

test('a viewer sees Used by, without edit or delete', async ({ page, signIn, listPage, detailsDrawer }) => {
  await signIn('viewer');
  // The viewer holds the view role in production.
  await detailsPath(PRODUCTION_PATH, 'google-batch')(page, listPage);
  await expect(detailsDrawer.usageBlock('Compute environments').getByRole('listitem')).toHaveText([/google-batch-eu/]);
  await expect(page.getByRole('dialog').getByRole('link', { name: 'Delete' })).toHaveCount(0);
  await expect(page.getByRole('dialog').getByRole('link', { name: 'Edit' })).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the Used by section has no axe violations in the ${scheme} theme`, async ({ page, signIn, listPage, detailsDrawer }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await signIn('viewer');
    // research-azure-batch: an INVALID compute environment (error tag) and a data link.
    await detailsPath(RESEARCH_PATH, 'research-azure-batch')(page, listPage);
    await expect(detailsDrawer.usageBlock('Compute environments').getByRole('listitem')).toHaveText([/research-azure-batch/]);
    await expect(detailsDrawer.usageBlock('Compute environments')).toContainText('Invalid');
    await expectNoAxeViolations(page, { include: '[data-testid="used-by"]', state: `used by (${scheme})` });
  });
}

test('editing a credential that compute environments use: said before save, validate offered after', async ({ page, signIn, listPage }) => {
  await signIn('owner');
  await detailsPath(PRODUCTION_PATH, 'google-batch')(page, listPage);
  await page.getByRole('dialog').getByRole('link', { name: 'Edit' }).click();
  const before = page.getByTestId('edit-usage-notice');
  await expect(before).toContainText('1 compute environment uses these credentials');
  await expect(before.getByRole('listitem')).toHaveText([/google-batch-eu/]);
  await page.getByLabel('Description').fill('Rotated key');
  await page.getByRole('button', { name: 'Save' }).click();
  const after = page.getByTestId('after-edit-notice');
  await expect(after).toContainText('Validate the credentials now');
  await expect(after.getByRole('listitem')).toHaveText([/google-batch-eu/]);
  await after.getByRole('link', { name: 'Validate now' }).click();
  await expect(page.getByRole('dialog', { name: /Validate/ })).toBeVisible();
});
