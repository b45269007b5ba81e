import { expect, test } from './fixtures';
import { PRODUCTION_PATH } from './pages/credentials-list-page';

test.beforeEach(async ({ signIn }) => {
  await signIn('owner');
});

test('AWS role credentials show the External ID and trust policy, both copyable', async ({ page, context, listPage: list, detailsDrawer: drawer }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await list.goto(PRODUCTION_PATH);
  await list.row('aws-batch-role').click();

  await expect(drawer.title()).toHaveText('aws-batch-role');
  await expect(drawer.field('IAM role ARN')).toHaveText(/^arn:aws:iam::\d{12}:role\//);
  const externalId = (await drawer.field('External ID').textContent())?.trim() ?? '';
  expect(externalId).toMatch(/^[0-9a-f-]{36}$/);

  await drawer.copyExternalId().click();
  await expect(drawer.dialog().getByRole('status').filter({ hasText: 'Copied' }).first()).toBeAttached();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(externalId);

  await drawer.copyTrustPolicy().click();
  const policy = await page.evaluate(() => navigator.clipboard.readText());
  expect(policy).toContain(externalId);
  await expect(drawer.trustPolicy()).toContainText(externalId);
  await expect(drawer.secretsNotice()).toBeVisible();

  // The drawer is a deep link: a reload shows it again over the list.
  await page.reload();
  await expect(drawer.title()).toHaveText('aws-batch-role');
  await drawer.close().click();
  await expect(page).toHaveURL(PRODUCTION_PATH);
  await expect(list.row('aws-batch-role')).toBeFocused();
});

const samples = [
  { name: 'dockerhub', provider: 'Container registry', fields: { Registry: 'docker.io', 'User name': 'genomicslab' } },
  { name: 's3-minio', provider: 'S3-compatible storage', fields: { 'Base URL': 'https://minio.genomics-lab.example.com', 'Path-style access': 'Yes' } },
  { name: 'tw-agent-hpc', provider: 'Tower Agent', fields: { 'Work directory': '/scratch/nextflow/work', Shared: 'No' } },
  { name: 'bitbucket-ci', provider: 'Bitbucket', fields: { Status: 'Invalid', 'Provider message': /Bitbucket rejected/ } },
  { name: 'aws-batch-keys', provider: 'AWS', fields: { 'Access key ID': /^AKIA/, Mode: 'keys' } },
];

for (const sample of samples) {
  test(`details of ${sample.name} show every non-secret field and no secret`, async ({ listPage: list, detailsDrawer: drawer }) => {
    await list.goto(PRODUCTION_PATH);
    // The grid is virtualised: rows past the viewport are not rendered, so find the row as a user would.
    await list.search().fill(sample.name);
    await list.row(sample.name).click();
    await expect(drawer.title()).toHaveText(sample.name);
    await expect(drawer.field('Provider')).toHaveText(sample.provider);
    for (const [label, value] of Object.entries(sample.fields)) {
      await expect(drawer.field(label)).toHaveText(value);
    }
    for (const secret of ['Password', 'Secret key', 'Private key', 'Token']) {
      await expect(drawer.field(secret)).toHaveCount(0);
    }
    await expect(drawer.secretsNotice()).toBeVisible();
  });
}

test('details of credentials that do not exist say so', async ({ page, detailsDrawer }) => {
  await page.goto(`${PRODUCTION_PATH}/doesNotExist123`);
  await expect(detailsDrawer.dialog().getByRole('alert')).toContainText('could not be loaded');
});
