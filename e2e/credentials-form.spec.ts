import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test as base } from './fixtures';
import { uiSamples } from './form-samples';
import { CredentialsListPage, PRODUCTION_PATH } from './pages/credentials-list-page';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

class FormDrawer {
  constructor(readonly page: Page) {}

  readonly dialog = () => this.page.getByRole('dialog').first();
  // Required fields carry a visual " *" after the label text.
  readonly field = (label: string) => this.dialog().getByLabel(new RegExp(`^${escapeRegExp(label)}(\\s*\\*)?$`));
  readonly create = () => this.dialog().getByRole('button', { name: 'Add credentials' });
  readonly save = () => this.dialog().getByRole('button', { name: 'Save' });
  readonly cancel = () => this.dialog().getByRole('button', { name: 'Cancel' });
  readonly mode = (label: string) => this.dialog().getByRole('button', { name: label, exact: true });
  readonly replace = (label: string) => this.dialog().getByRole('button', { name: `Replace ${label}` });
  readonly nameStatus = () => this.dialog().getByRole('status').filter({ hasText: /name/i });

  async openNew(provider: string) {
    await this.page.goto(`${PRODUCTION_PATH}/new?provider=${provider}`);
    await expect(this.field('Name')).toBeVisible();
  }

  /** From the open details drawer, as a user edits: its Edit button (typed edit URLs have tests of their own). */
  async editFromDetails() {
    await this.page.getByRole('dialog').getByRole('link', { name: 'Edit', exact: true }).click();
    await expect(this.field('Name')).toBeVisible();
  }
}

/** The shared fixtures plus this spec's page object, `form`. */
const test = base.extend<{ form: FormDrawer }>({
  form: async ({ page }, use) => {
    await use(new FormDrawer(page));
  },
});

/** The id in `…/credentials/<id>`, once the form has navigated to the details view. */
async function savedId(page: Page): Promise<string> {
  await expect(page).toHaveURL(new RegExp(`${PRODUCTION_PATH}/[A-Za-z0-9_-]+$`));
  return decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1) ?? '');
}

/** Fills the open create form with `sample` and saves it; `modeChosen` when its mode is already picked. */
async function fillAndCreate(page: Page, sample: (typeof uiSamples)[number], { modeChosen = false } = {}): Promise<string> {
  const form = new FormDrawer(page);
  await form.field('Name').fill(sample.name);
  if (sample.mode && !modeChosen) await form.mode(sample.mode).click();
  for (const { label, value } of sample.fields) await form.field(label).fill(value);
  await form.create().click();
  return savedId(page);
}

async function createThroughUi(page: Page, sample: (typeof uiSamples)[number]): Promise<string> {
  await new FormDrawer(page).openNew(sample.provider);
  return fillAndCreate(page, sample);
}

test.beforeEach(async ({ api, signIn }) => {
  await api.reset();
  await signIn('owner');
});

test.describe('every creatable provider', () => {
  for (const sample of uiSamples) {
    test(`${sample.provider}: create, edit without touching secrets, replace a secret`, async ({ page, api, listPage: list, detailsDrawer: details, form }) => {

      const id = await createThroughUi(page, sample);
      await expect(details.title()).toHaveText(sample.name);
      // The confirmation is inside the drawer, a modal: there assistive tech can reach it (role queries
      // skip what the modal hides) and it covers none of the drawer's buttons.
      await expect(details.dialog().getByRole('alert').filter({ hasText: 'added.' })).toHaveText(`Credentials ${sample.name} added.`);
      await details.close().click();
      await expect(list.row(sample.name)).toBeVisible();
      const digest = await api.secretDigest(id);

      await list.row(sample.name).click();
      await form.editFromDetails();
      await expect(form.field('Name')).toHaveValue(sample.name);
      await form.field(sample.edit.label).fill(sample.edit.value);
      await form.save().click();
      await savedId(page);
      await expect(details.title()).toHaveText(sample.name);
      const saved = details.dialog().getByRole('alert').filter({ hasText: 'saved.' });
      await expect(saved).toHaveText(`Credentials ${sample.name} saved.`);
      await saved.getByRole('button', { name: 'Dismiss' }).click();
      await expect(saved).toHaveCount(0);
      expect(await api.secretDigest(id)).toBe(digest);

      if (!sample.secret) return;
      await form.editFromDetails();
      await expect(form.field(sample.edit.label)).toHaveValue(sample.edit.value);
      await form.replace(sample.secret.label).click();
      await form.field(sample.secret.label).fill(sample.secret.value);
      await form.save().click();
      await savedId(page);
      expect(await api.secretDigest(id)).not.toBe(digest);
    });
  }
});

test('AWS role: External ID generated on save, trust policy and ID copyable', async ({ page, context, detailsDrawer: details, form }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await form.openNew('aws');
  await form.field('Name').fill('e2e-aws-role');
  await form.mode('Role').click();
  await expect(form.dialog().getByText(/generates an External ID for this role/)).toBeVisible();
  await expect(form.field('Access key ID')).toHaveCount(0);
  await form.field('IAM role ARN').fill('arn:aws:iam::123456789012:role/e2e-seqera');

  const created = page.waitForRequest((request) => request.method() === 'POST' && request.url().includes('/api/credentials?'));
  await form.create().click();
  expect(new URL((await created).url()).searchParams.get('useExternalId')).toBe('true');
  await savedId(page);

  await expect(details.title()).toHaveText('e2e-aws-role');
  const externalId = (await details.field('External ID').textContent())?.trim() ?? '';
  expect(externalId).not.toBe('');
  await expect(details.trustPolicy()).toContainText(externalId);
  await expect(details.dialog().getByText(/cannot be changed|cannot be rotated/)).toBeVisible();
  await details.copyExternalId().click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(externalId);
  await details.copyTrustPolicy().click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(externalId);
});

test('AWS keys: the External ID switch appears once a role ARN is typed', async ({ form }) => {
  await form.openNew('aws');
  await expect(form.field('Generate External ID')).toHaveCount(0);
  await form.field('IAM role ARN').fill('arn:aws-cn:iam::123456789012:role/x');
  await expect(form.field('Generate External ID')).toBeVisible();
});

async function existingName(list: CredentialsListPage): Promise<string> {
  await list.goto(PRODUCTION_PATH);
  await list.waitForRows();
  const [first] = await list.visibleNames();
  if (!first) throw new Error('The demo workspace has no credentials');
  return first;
}

test.describe('name check on blur', () => {
  test('says taken for an existing name and available for a new one', async ({ listPage, form }) => {
    const name = await existingName(listPage);
    await form.openNew('ssh');
    await form.field('Name').fill(name);
    await form.field('Description').focus();
    await expect(form.dialog().getByText('This name is already used in this workspace.').first()).toBeVisible();
    await form.field('Name').fill('e2e-brand-new-name');
    await form.field('Description').focus();
    await expect(form.dialog().getByText('The name is available.').first()).toBeVisible();
  });

  test('a slow check never blocks typing', async ({ page, form }) => {
    await page.route('**/api/credentials/validate**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 4000));
      await route.continue().catch(() => undefined);
    });
    await form.openNew('ssh');
    await form.field('Name').fill('e2e-slow-check');
    await form.field('Description').focus();
    await expect(form.dialog().getByText('Checking whether the name is free…').first()).toBeVisible();
    await form.field('Description').pressSequentially('typed while checking');
    await expect(form.field('Description')).toHaveValue('typed while checking');
  });

  test('a failing check says so and never blocks typing', async ({ page, form }) => {
    await page.route('**/api/credentials/validate**', (route) =>
      route.fulfill({ status: 500, contentType: 'application/json', body: '{"message":"boom"}' }),
    );
    await form.openNew('ssh');
    await form.field('Name').fill('e2e-failing-check');
    await form.field('Description').focus();
    await expect(form.dialog().getByText(/Could not check the name/).first()).toBeVisible();
    await form.field('Description').pressSequentially('still typing');
    await expect(form.field('Description')).toHaveValue('still typing');
  });
});

test('unsaved changes: leaving asks first, staying keeps the values', async ({ page, form }) => {
  await form.openNew('github');
  await form.field('Name').fill('e2e-unsaved');
  await form.cancel().click();
  const question = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Stay' }).click();
  await expect(form.field('Name')).toHaveValue('e2e-unsaved');

  await form.cancel().click();
  await question.getByRole('button', { name: 'Leave' }).click();
  await expect(page).toHaveURL(PRODUCTION_PATH);

  await form.openNew('github');
  await form.field('Name').fill('e2e-unsaved-again');
  const beforeUnload = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await beforeUnload;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  // Closed here, without asking again: left to the fixture's teardown, the still-dirty page raced
  // its context's close once in CI ("browserContext.close: Test ended").
  await page.close({ runBeforeUnload: false });
});

test('a 500 on submit keeps every value, and many clicks send one request', async ({ page, form }) => {
  let posts = 0;
  await page.route('**/api/credentials?*', async (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    posts += 1;
    await new Promise((resolve) => setTimeout(resolve, 500));
    return route.fulfill({ status: 500, contentType: 'application/json', body: '{"message":"Database unavailable"}' });
  });
  await form.openNew('container-reg');
  await form.field('Name').fill('e2e-server-error');
  await form.field('Registry host').fill('quay.io');
  await form.field('User name').fill('robot+e2e');
  await form.field('Password or access token').fill('quay-token-e2e');
  // Three clicks in one task: React has not re-rendered (nor disabled the button) in between.
  await form.create().evaluate((button: HTMLElement) => {
    button.click();
    button.click();
    button.click();
  });
  await expect(form.dialog().getByRole('alert').filter({ hasText: 'could not be saved' })).toContainText('Database unavailable');
  expect(posts).toBe(1);
  await expect(form.field('Name')).toHaveValue('e2e-server-error');
  await expect(form.field('Registry host')).toHaveValue('quay.io');
  await expect(form.field('User name')).toHaveValue('robot+e2e');
  await expect(form.field('Password or access token')).toHaveValue('quay-token-e2e');
});

test('a taken name answered by the server lands on the name field', async ({ page, listPage, form }) => {
  const name = await existingName(listPage);
  await page.route('**/api/credentials/validate**', (route) => route.fulfill({ status: 204 }));
  await form.openNew('ssh');
  await form.field('Name').fill(name);
  await form.field('Private key').fill(uiSamples.find((s) => s.provider === 'ssh')?.fields[0]?.value ?? '');
  await form.create().click();
  await expect(form.field('Name')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.dialog().getByText('This name is already used in this workspace.').first()).toBeVisible();
});

test('an SSH key shows its SHA256 fingerprint once it parses', async ({ form }) => {
  await form.openNew('ssh');
  await form.field('Private key').fill(uiSamples.find((s) => s.provider === 'ssh')?.fields[0]?.value ?? '');
  await expect(form.dialog().getByText('Fingerprint SHA256:vHCOl+ZWl1jpXaBvDc8sw9hmyLM5JoRKP1z7V3hP/yo')).toBeVisible();
});

test.describe('accessibility', () => {
  test('the provider picker', async ({ page }) => {
    await page.goto(`${PRODUCTION_PATH}/new`);
    await expect(page.getByRole('heading', { name: 'Cloud' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  const axeForms: readonly { provider: string; mode?: string }[] = [
    { provider: 'aws' },
    { provider: 'aws', mode: 'Role' },
    { provider: 'container-reg' },
    { provider: 'github' },
    { provider: 'ssh' },
    { provider: 'k8s', mode: 'Client certificate' },
  ];
  for (const { provider, mode } of axeForms) {
    test(`create and edit forms: ${provider}${mode ? ` (${mode})` : ''}`, async ({ page, form }) => {
      const sample = uiSamples.find((candidate) => candidate.provider === provider);
      if (!sample) throw new Error(`no sample for ${provider}`);
      await form.openNew(provider);
      if (mode) await form.mode(mode).click();
      await expectNoAxeViolations(page);

      if (mode === 'Role') await createRole(page);
      else await fillAndCreate(page, sample, { modeChosen: sample.mode === mode });
      await form.editFromDetails();
      await expectNoAxeViolations(page);
    });
  }
});

async function createRole(page: Page): Promise<string> {
  const form = new FormDrawer(page);
  await form.field('Name').fill('e2e-axe-role');
  await form.field('IAM role ARN').fill('arn:aws:iam::123456789012:role/axe');
  await form.create().click();
  return savedId(page);
}
