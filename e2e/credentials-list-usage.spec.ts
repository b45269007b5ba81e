/**
 * The list's usage side: the "Used by" column, the Usage and Needs-attention facets (in the URL,
 * surviving a reload), the attention settings, "Validate all needing attention", the export, and
 * the list with the usage calls unavailable. Seed: server/api/seed-usage.ts (production workspace).
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { CSRF_HEADERS, expect, expectNoAxeViolations, test, type TestApi } from './fixtures';
import { PRODUCTION_PATH, type CredentialsListPage } from './pages/credentials-list-page';
import { parseCsv } from '../src/test/parse-csv';

const usageFacet = (page: Page) => page.getByRole('combobox', { name: 'Usage', exact: true });
const attentionFacet = (page: Page) => page.getByRole('combobox', { name: 'Needs attention', exact: true });
const usedBy = (list: CredentialsListPage, name: string) => list.row(name).getByText(/^Used by /);

/** Every usage call of the embedded API fails as on an installation without them. */
async function withoutUsageCalls(api: TestApi) {
  for (const pathPrefix of ['/compute-envs', '/data-links', '/pipelines']) {
    await api.fail({ method: 'GET', pathPrefix, status: 404, times: 1000 });
  }
}


async function downloadedText(download: Download): Promise<string> {
  const path = await download.path();
  return readFile(path, 'utf8');
}

test.describe('as the owner', () => {
  test.beforeEach(async ({ api, signIn }) => {
    await api.reset();
    await signIn('owner');
  });

  test('the Used-by column counts what uses each credential, with the kinds named', async ({ listPage: list }) => {
    await list.goto(PRODUCTION_PATH);
    await list.waitForRows();
    // aws-batch-keys: compute environments aws-batch-prod and aws-batch-legacy, data links raw and results.
    await expect(usedBy(list, 'aws-batch-keys')).toHaveText('Used by 4: 2 compute environments, 2 data links');
    await expect(usedBy(list, 'dockerhub')).toHaveText('Used by 0: Not used by any compute environment, data link or pipeline');
    // The ERRORED Azure Batch environment makes its credential need attention.
    await expect(list.row('azure-batch-eu').getByRole('img', { name: /^Needs attention: .*invalid or errored compute environment/ })).toBeVisible();
  });

  test('while usage loads, each row says so (a bar on screen, "Loading usage" to assistive technology), then shows the count', async ({ page, listPage: list }) => {
    let release = () => {};
    const answered = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/api\/(compute-envs|data-links|pipelines)\b/, async (route) => {
      await answered;
      await route.continue();
    });
    await list.goto(PRODUCTION_PATH);
    await list.waitForRows();
    const usageCell = list.row('aws-batch-keys').getByRole('gridcell', { name: 'Loading usage' });
    await expect(usageCell).toBeVisible();
    await expect(usageCell).toBeEmpty();
    release();
    await expect(usedBy(list, 'aws-batch-keys')).toHaveText('Used by 4: 2 compute environments, 2 data links');
    await expect(list.row('aws-batch-keys').getByRole('gridcell', { name: 'Loading usage' })).toHaveCount(0);
  });

  test('the Usage and Needs-attention facets narrow the rows and survive a reload', async ({ page, listPage: list }) => {
    await list.goto(PRODUCTION_PATH);
    await list.waitForRows();
    const all = await list.count().textContent();

    await usageFacet(page).selectOption({ label: 'Unused' });
    await expect(page).toHaveURL(/[?&]usage=unused/);
    await expect(list.row('dockerhub')).toBeVisible();
    await expect(list.row('aws-batch-keys')).toHaveCount(0);
    await expect(list.count()).not.toHaveText(all ?? '');
    await page.reload();
    await expect(usageFacet(page)).toHaveValue('unused');
    await expect(list.row('dockerhub')).toBeVisible();
    await expect(list.row('aws-batch-keys')).toHaveCount(0);

    await usageFacet(page).selectOption({ label: 'In use' });
    await expect(list.row('aws-batch-keys')).toBeVisible();
    await expect(list.row('dockerhub')).toHaveCount(0);

    await usageFacet(page).selectOption({ label: 'Any usage' });
    await attentionFacet(page).selectOption({ label: 'Invalid compute environment' });
    await expect(page).toHaveURL(/[?&]attention=invalid-compute-env/);
    await expect(list.dataRows()).toHaveCount(1);
    await expect(list.row('azure-batch-eu')).toBeVisible();
    await page.reload();
    await expect(attentionFacet(page)).toHaveValue('invalid-compute-env');
    await expect(list.dataRows()).toHaveCount(1);
    await expect(list.row('azure-batch-eu')).toBeVisible();

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(list.count()).toHaveText(all ?? '');
  });

  test('the thresholds change which credentials need attention, per browser, and reset to the defaults', async ({ page, listPage: list }) => {
    await list.goto(PRODUCTION_PATH);
    await list.waitForRows();
    await attentionFacet(page).selectOption({ label: 'Not rotated' });
    // Only aws-batch-keys was last updated more than 180 days ago.
    await expect(list.dataRows()).toHaveCount(1);

    await page.getByRole('button', { name: 'Attention settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'When credentials need attention' });
    const rotated = dialog.getByRole('spinbutton', { name: /rotated/ });
    await rotated.fill('0');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(rotated).toBeFocused();
    await expect(dialog.getByText('Enter a whole number of days from 1 to 3650.')).toBeVisible();
    await rotated.fill('1');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toHaveCount(0);
    await expect.poll(() => list.dataRows().count()).toBeGreaterThan(1);
    const widened = await list.count().textContent();

    await page.reload();
    await expect(list.count()).toHaveText(widened ?? '');

    await page.getByRole('button', { name: 'Attention settings' }).click();
    await dialog.getByRole('button', { name: 'Reset to defaults' }).click();
    await expect(rotated).toHaveValue('180');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(list.dataRows()).toHaveCount(1);
  });

  test('"Validate all needing attention" opens the validate-all flow with those rows', async ({ page, listPage: list }) => {
    await list.goto(PRODUCTION_PATH);
    await list.waitForRows();
    // Count only once usage has arrived: a compute environment's status is one of the reasons.
    await expect(usedBy(list, 'aws-batch-keys')).toHaveText(/^Used by 4:/);
    // Counted by the list's own count, not by the rows drawn: the grid draws only the rows near view.
    await expect(list.count()).toHaveText(/^\d+ credentials$/);
    const all = (await list.count().textContent()) ?? '';
    await attentionFacet(page).selectOption({ label: 'Needs attention (any reason)' });
    await expect(list.row('azure-batch-eu')).toBeVisible();
    await expect(list.count()).toHaveText(/^\d+ of \d+ credentials$/);
    const needing = Number(/^(\d+) of/.exec((await list.count().textContent()) ?? '')?.[1]);
    expect(needing).toBeGreaterThan(0);
    await attentionFacet(page).selectOption({ label: 'All credentials' });
    await expect(list.count()).toHaveText(all);

    await page.getByRole('button', { name: 'Validate all needing attention' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading', { name: `Validate ${String(needing)} credentials` })).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);
  });

  test('export downloads the rows shown as CSV and JSON, with usage and no secret', async ({ page, listPage: list }) => {
    const marker = `SECRETMARK-export-${Date.now().toString(36)}`;
    const created = await page.request.post('/api/credentials?workspaceId=201', {
      data: {
        credentials: {
          // A name may start with a hyphen, which a spreadsheet reads as a formula.
          name: '-export-probe',
          provider: 'container-reg',
          keys: { discriminator: 'container-reg', registry: 'registry.example.com', userName: 'robot', password: marker },
        },
      },
      headers: CSRF_HEADERS,
    });
    expect(created.status(), await created.text()).toBe(200);

    await list.goto(`${PRODUCTION_PATH}?usage=unused`);
    await list.waitForRows();
    await expect(list.row('-export-probe')).toBeVisible();
    await expect(usedBy(list, 'dockerhub')).toBeVisible();
    // Every row the facet leaves is drawn (the grid adds rows beyond the view when the page is idle).
    await expect(list.count()).toHaveText(/^\d+ of \d+ credentials$/);
    const total = Number(/^(\d+) of/.exec((await list.count().textContent()) ?? '')?.[1]);
    await expect.poll(async () => (await list.visibleNames()).length).toBe(total);
    const shown = await list.visibleNames();

    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const csvFile = await csvDownload;
    expect(csvFile.suggestedFilename()).toMatch(/^credentials-genomics-lab-production-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await downloadedText(csvFile);
    expect(csv).not.toContain(marker);
    const [header, ...records] = parseCsv(csv);
    expect(header).toEqual(expect.arrayContaining(['id', 'name', 'provider', 'status', 'identifies', 'computeEnvs', 'dataLinks', 'usedBy', 'attentionReasons']));
    const column = (name: string) => header?.indexOf(name) ?? -1;
    // The formula-like name is written with a leading apostrophe, so a spreadsheet shows it as text.
    expect(csv).toContain("'-export-probe");
    expect(records.map((record) => record[column('name')]?.replace(/^'(?=[=+\-@])/, ''))).toEqual(shown);
    expect(records.find((record) => record[column('name')] === "'-export-probe")?.[column('identifies')]).toBe('registry.example.com');
    for (const record of records) expect(record[column('usedBy')]).toBe('0');

    const jsonDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export JSON' }).click();
    const json = await downloadedText(await jsonDownload);
    expect(json).not.toContain(marker);
    const parsed = JSON.parse(json) as { credentials: { name: string; usage: string; keys?: unknown }[] };
    expect(parsed.credentials.map((entry) => entry.name)).toEqual(shown);
    expect(parsed.credentials.every((entry) => entry.usage === 'known' && entry.keys === undefined)).toBe(true);
  });

  test('with the usage calls unavailable the list still works and says usage is unknown', async ({ page, api, listPage: list, detailsDrawer: drawer }) => {
    await withoutUsageCalls(api);
    await list.goto(`${PRODUCTION_PATH}?usage=unused`);
    await list.waitForRows();
    await expect(list.row('aws-batch-keys').getByText('Usage unknown')).toBeAttached();
    // Nothing is hidden by a facet that cannot know: every credential is still listed.
    await expect(list.count()).toHaveText(/^\d+ credentials$/);
    await expect(page.getByRole('status').filter({ hasText: /^Usage unknown:/ })).toBeVisible();
    await expect(list.row('aws-batch-keys')).toBeVisible();
    // Rules that need no usage still apply; search, details and export keep working.
    await attentionFacet(page).selectOption({ label: 'Not rotated' });
    await expect(list.row('aws-batch-keys')).toBeVisible();
    await list.search().fill('aws-batch-keys');
    await expect(list.dataRows()).toHaveCount(1);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const [header, record] = parseCsv(await downloadedText(await download));
    expect(record?.[header?.indexOf('usage') ?? -1]).toBe('unknown');
    expect(record?.[header?.indexOf('usedBy') ?? -1]).toBe('');
    await list.row('aws-batch-keys').click();
    await expect(drawer.title()).toHaveText('aws-batch-keys');
  });
});

test('a viewer sees the column, the facets and export, but no validate action', async ({ page, api, signIn, listPage: list }) => {
  await api.reset();
  await signIn('viewer');
  await list.goto(PRODUCTION_PATH);
  await list.waitForRows();
  await expect(usedBy(list, 'aws-batch-keys')).toHaveText(/^Used by 4:/);
  await expect(usageFacet(page)).toBeVisible();
  await expect(attentionFacet(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Attention settings' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Validate all needing attention' })).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the usage toolbar and the settings panel have no axe violations in the ${scheme} theme`, async ({ page, api, signIn, listPage: list }) => {
    // Two full axe runs on a shared 2-core machine.
    test.setTimeout(120_000);
    await api.reset();
    await page.emulateMedia({ colorScheme: scheme });
    await signIn('owner');
    await list.goto(`${PRODUCTION_PATH}?attention=any`);
    await list.waitForRows();
    await expect(usedBy(list, 'azure-batch-eu')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Attention settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'When credentials need attention' });
    await dialog.getByRole('spinbutton', { name: /rotated/ }).fill('');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByText('Enter a whole number of days from 1 to 3650.')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
