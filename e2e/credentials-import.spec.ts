/**
 * Import from files (issue 13): the sample files under e2e/fixtures/import are read in the browser,
 * reviewed, and created through the API; the created credentials appear in the list.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test as base } from './fixtures';
import { ImportDialog, importFixture } from './pages/import-dialog';
import { PRODUCTION_PATH } from './pages/credentials-list-page';
import { FIRST_LOAD_TIMEOUT } from './pages/timeouts';

const test = base.extend<{ importDialog: ImportDialog }>({
  importDialog: async ({ page }, use) => {
    await use(new ImportDialog(page));
  },
});

const SAMPLES = ['docker-config.json', 'aws-credentials', 'kubeconfig.yaml', 'google-key.json', 'id_ed25519', 'git-credentials'];

/** Presses Tab until `target` has the focus, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 40) {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test.beforeEach(async ({ api, signIn }) => {
  // Each test reads files, checks names and creates several credentials through the API.
  test.setTimeout(90_000);
  await api.reset();
  await signIn('owner');
});

test('imports every sample file: suggested names with suffixes, skipped entries with reasons, and the list shows the results', async ({ page, listPage, importDialog: dialog }) => {
  test.setTimeout(90_000);
  await listPage.goto(PRODUCTION_PATH);
  await dialog.open();
  await expect(page).toHaveURL(new RegExp(`${PRODUCTION_PATH}/import$`));
  await dialog.addFiles(...SAMPLES);
  await expect(dialog.source('docker-config.json')).toContainText('Docker config · 2 to import, 1 not importable');
  await expect(dialog.source('aws-credentials')).toContainText('2 to import, 1 not importable');
  await expect(dialog.source('kubeconfig.yaml')).toContainText('2 to import');
  await expect(dialog.source('google-key.json')).toContainText('1 to import');
  await expect(dialog.source('id_ed25519')).toContainText('SSH private key · 1 to import');
  await expect(dialog.source('git-credentials')).toContainText('4 to import');
  await dialog.review();

  await expect(dialog.rows()).toHaveCount(12);
  // The workspace already holds aws-batch-keys: the import's suggestion takes a suffix.
  await expect(dialog.cell(dialog.row('aws-batch-keys-2'), 'Identifies')).toHaveText('AKIAIMPORTFIXTURE001');
  await expect(dialog.cell(dialog.row('aws-pipelines-role'), 'Identifies')).toHaveText('arn:aws:iam::123456789012:role/import-fixture-pipelines');
  await expect(dialog.cell(dialog.row('docker-io'), 'Identifies')).toHaveText('docker.io');
  await expect(dialog.cell(dialog.row('ghcr-io'), 'Provider')).toHaveText('Container registry');
  await expect(dialog.cell(dialog.row('lab-cluster-cluster-admin'), 'Identifies')).toHaveText('cluster-admin @ lab-cluster');
  await expect(dialog.cell(dialog.row('id_ed25519'), 'Identifies')).toHaveText('SHA256:FjCcT/6zXQCRM/UsPDzSQlbV0e8csUiE2F3dHy6HnuA');
  await expect(dialog.cell(dialog.row('pipelines'), 'Identifies')).toHaveText('pipelines@import-fixture.iam.gserviceaccount.com');
  await expect(dialog.cell(dialog.row('bitbucket-org'), 'Identifies')).toHaveText('https://bitbucket.org');
  const skipped = dialog.skippedTable();
  await expect(skipped.getByRole('row', { name: /Registry quay\.io .*credential store "desktop"/ })).toBeVisible();
  await expect(skipped.getByRole('row', { name: /Profile temporary .*aws_session_token/ })).toBeVisible();

  // The self-hosted Git server: the user says which provider it is.
  const otherHost = dialog.row('git-import-example-com');
  await expect(dialog.createButton()).toHaveText('Create 11 credentials');
  await otherHost.getByRole('combobox', { name: 'Provider for https://git.import.example.com' }).selectOption({ label: 'Gitea' });
  await expect(dialog.createButton()).toHaveText('Create 12 credentials');
  await dialog.createButton().click();
  await expect(dialog.status()).toHaveText('12 created.');
  await expect(dialog.rows().filter({ hasText: 'Created' })).toHaveCount(12);
  await dialog.dialog().getByRole('button', { name: 'Close' }).click();
  await expect(dialog.dialog()).toBeHidden();

  const expected: [string, string, string][] = [
    ['docker-io', 'Container registry', 'docker.io'],
    ['ghcr-io', 'Container registry', 'ghcr.io'],
    ['aws-batch-keys-2', 'AWS', 'AKIAIMPORTFIXTURE001'],
    ['aws-pipelines-role', 'AWS', 'arn:aws:iam::123456789012:role/import-fixture-pipelines'],
    ['github-com', 'GitHub', 'https://github.com'],
    ['gitlab-com', 'GitLab', 'https://gitlab.com'],
    ['bitbucket-org', 'Bitbucket', 'https://bitbucket.org'],
    ['git-import-example-com', 'Gitea', 'https://git.import.example.com'],
  ];
  for (const [name, provider, detail] of expected) {
    await listPage.search().fill(name);
    await expect(listPage.row(name)).toContainText(provider);
    await expect(listPage.row(name)).toContainText(detail);
  }
  for (const name of ['lab-cluster-ci-runner', 'lab-cluster-cluster-admin', 'pipelines', 'id_ed25519']) {
    await listPage.search().fill(name);
    await expect(listPage.row(name)).toBeVisible();
  }
});

test('a file that is too large, binary or malformed gets its own error and leaves the other files usable', async ({ listPage, importDialog: dialog }) => {
  await listPage.goto(PRODUCTION_PATH);
  await dialog.open();
  await dialog.fileInput().setInputFiles([
    { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(1024 * 1024 + 1, 0x20) },
    { name: 'picture.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0xff, 0xfe]) },
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"auths": {"ghcr.io": {"auth": ') },
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('shopping list\nmilk\n') },
    { name: 'docker-config.json', mimeType: 'application/json', buffer: readFileSync(importFixture('docker-config.json')) },
  ]);
  await expect(dialog.source('huge.json')).toContainText('Larger than 1 MB: not read.');
  await expect(dialog.source('picture.png')).toContainText('A binary file, not text: not read.');
  await expect(dialog.source('broken.json')).toContainText('Not a valid JSON file: invalid JSON');
  await expect(dialog.source('notes.txt')).toContainText('Not recognised.');
  await expect(dialog.source('docker-config.json')).toContainText('2 to import');
  await dialog.review();
  await expect(dialog.rows()).toHaveCount(2);
});

test('a failed create says why and can be retried; Edit opens the form prefilled and creates from there', async ({ page, api, listPage, importDialog: dialog }) => {
  await listPage.goto(PRODUCTION_PATH);
  await dialog.open();
  await dialog.addFiles('docker-config.json', 'id_encrypted_ed25519');
  await dialog.review();

  // The encrypted key waits for its passphrase.
  await expect(dialog.createButton()).toHaveText('Create 2 credentials');
  await dialog.row('id_encrypted_ed25519').getByLabel('Passphrase for id_encrypted_ed25519').fill('fixture-passphrase');
  await expect(dialog.createButton()).toHaveText('Create 3 credentials');

  // Edit: the normal form, prefilled; saving there creates the credential.
  await dialog.row('ghcr-io').getByRole('button', { name: 'Edit ghcr-io' }).click();
  const form = page.getByRole('dialog', { name: 'Edit ghcr-io before creating it' });
  await expect(form.getByLabel(/^Name/)).toHaveValue('ghcr-io');
  await expect(form.getByLabel(/^User name/)).toHaveValue('octo-import');
  await form.getByLabel(/^Name/).fill('ghcr-edited');
  await form.getByRole('button', { name: 'Add credentials' }).click();
  await expect(dialog.cell(dialog.row('ghcr-edited'), 'Result')).toHaveText('Created');

  await api.fail({ method: 'POST', pathPrefix: '/credentials', status: 503, times: 1 });
  await dialog.createButton().click();
  // The row saved from the form counts too.
  await expect(dialog.status()).toHaveText('2 created, 1 failed.');
  await expect(dialog.rows().filter({ hasText: /^.*Failed: / })).toHaveCount(1);
  await expect(dialog.createButton()).toHaveText('Retry failed');
  await dialog.createButton().click();
  await expect(dialog.status()).toHaveText('3 created.');
  await dialog.dialog().getByRole('button', { name: 'Close' }).click();
  for (const name of ['ghcr-edited', 'docker-io', 'id_encrypted_ed25519']) {
    await listPage.search().fill(name);
    await expect(listPage.row(name)).toBeVisible();
  }
});

test('viewers get no import entry, and the import URL refuses them', async ({ page, signIn, listPage, importDialog: dialog }) => {
  await signIn('viewer');
  await listPage.goto('/orgs/genomics-lab/workspaces/production/credentials');
  await listPage.waitForRows();
  await expect(dialog.entry()).toHaveCount(0);
  await page.goto(`${PRODUCTION_PATH}/import`);
  await expect(page.getByRole('dialog')).toContainText('Only workspace owners and admins can import credentials.', { timeout: FIRST_LOAD_TIMEOUT });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the whole import flow works by keyboard, with no axe violations on any step (${scheme})`, async ({ page, listPage, importDialog: dialog }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    await listPage.goto(PRODUCTION_PATH);
    await listPage.waitForRows();

    await tabTo(page, dialog.entry());
    await page.keyboard.press('Enter');
    await expect(dialog.dialog()).toBeVisible({ timeout: 15_000 });
    await expectNoAxeViolations(page);

    // Choose files: the button opens the system picker. Listen first and let the Tab walk pass:
    // Playwright turns on the browser's file-chooser interception when the listener is added, and
    // an Enter sent at once could reach the button before it is on (then no event ever fires).
    const chooser = page.waitForEvent('filechooser');
    await tabTo(page, dialog.chooseFiles());
    await page.keyboard.press('Enter');
    await (await chooser).setFiles([importFixture('git-credentials'), importFixture('id_encrypted_ed25519')]);
    await expect(dialog.source('git-credentials')).toContainText('4 to import');

    // Paste: a kubeconfig typed into the text field.
    await tabTo(page, dialog.paste());
    await page.keyboard.insertText('apiVersion: v1\nkind: Config\nusers:\n  - name: pasted-user\n    user:\n      token: pasted-token-0001\n');
    await tabTo(page, dialog.readPasted());
    await page.keyboard.press('Enter');
    await expect(dialog.source('Pasted text')).toContainText('kubeconfig · 1 to import');
    await expect(dialog.paste()).toHaveValue('');
    await expectNoAxeViolations(page);

    await tabTo(page, dialog.reviewButton());
    await page.keyboard.press('Enter');
    await expect(dialog.reviewTable()).toBeVisible();
    await expect(dialog.reviewTable().getByText('Checking names…')).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Leave GitHub out, place the self-hosted server, type the key's passphrase.
    await tabTo(page, dialog.row('github-com').getByRole('checkbox'));
    await page.keyboard.press('Space');
    await expect(dialog.row('github-com').getByRole('checkbox')).not.toBeChecked();
    const providerSelect = dialog.row('git-import-example-com').getByRole('combobox');
    await tabTo(page, providerSelect);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(providerSelect).toHaveValue('gitea');
    await tabTo(page, dialog.row('id_encrypted_ed25519').getByLabel(/^Passphrase/));
    await page.keyboard.type('fixture-passphrase');

    // Edit one row in the form, then come back with Cancel.
    await tabTo(page, dialog.row('pasted-user').getByRole('button', { name: 'Edit pasted-user' }));
    await page.keyboard.press('Enter');
    const form = page.getByRole('dialog', { name: 'Edit pasted-user before creating it' });
    await expect(form.getByLabel(/^Name/)).toHaveValue('pasted-user');
    await expectNoAxeViolations(page);
    await tabTo(page, form.getByRole('button', { name: 'Cancel' }));
    await page.keyboard.press('Enter');
    await expect(dialog.reviewTable()).toBeVisible();

    await tabTo(page, dialog.createButton());
    await expect(dialog.createButton()).toHaveText('Create 5 credentials');
    await page.keyboard.press('Enter');
    await expect(dialog.status()).toHaveText('5 created.');
    await expectNoAxeViolations(page);

    await page.keyboard.press('Escape');
    await expect(dialog.dialog()).toBeHidden();
    await listPage.search().fill('git-import-example-com');
    await expect(listPage.row('git-import-example-com')).toContainText('Gitea');
  });
}
