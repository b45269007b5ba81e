/**
 * No stored secret ever reaches the browser. Every secret field of the API (password, token,
 * secretKey, batchKey, storageKey, clientSecret, privateKey, passphrase, webhookSecret, data) is
 * seeded with a unique marker through the API; then the main flows run in the browser — list,
 * search, every details drawer, every edit form, the CSV and JSON exports, one save — while every response body, request
 * URL and body, console line and navigation is watched. Afterwards the DOM, localStorage,
 * sessionStorage, IndexedDB and cookies are searched too.
 *
 * server/api/secrets.test.ts proves the same for each API endpoint on its own; this proves the
 * browser as a whole (app server, SPA caches, storage) does not leak one either.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { CSRF_HEADERS, cspReportsAfterControl, expect, test } from './fixtures';
import { PRODUCTION_PATH } from './pages/credentials-list-page';
import { importFixture as importSample } from './pages/import-dialog';

const run = randomBytes(4).toString('hex');
const mark = (field: string) => `SECRETMARK-${field}-${run}`;

/** One credential per secret shape; together they cover every secret field. */
const SEEDS: { name: string; provider: string; baseUrl?: string; keys: Record<string, unknown> }[] = [
  { name: 'leak-registry', provider: 'container-reg', keys: { userName: 'robot', password: mark('password') } },
  { name: 'leak-gitlab', provider: 'gitlab', keys: { username: 'u', token: mark('token'), password: mark('gitlab-password') } },
  { name: 'leak-aws', provider: 'aws', keys: { mode: 'keys', accessKey: 'AKIAIOSFODNN7EXAMPLE', secretKey: mark('secretKey') } },
  { name: 'leak-azure', provider: 'azure', keys: { batchName: 'b', storageName: 's', batchKey: mark('batchKey'), storageKey: mark('storageKey') } },
  {
    name: 'leak-entra',
    provider: 'azure_entra',
    keys: { batchName: 'b', storageName: 's', tenantId: '4f1d2c3b-1a2b-4c3d-8e9f-0a1b2c3d4e5f', clientId: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d', clientSecret: mark('clientSecret') },
  },
  { name: 'leak-google', provider: 'google', keys: { data: JSON.stringify({ type: 'service_account', private_key: mark('data') }) } },
  { name: 'leak-ssh', provider: 'ssh', keys: { privateKey: mark('privateKey'), passphrase: mark('passphrase') } },
  {
    name: 'leak-github-app',
    provider: 'github_app',
    keys: { appId: '12345', clientId: 'Iv1.abc', privateKey: mark('app-privateKey'), clientSecret: mark('app-clientSecret'), webhookSecret: mark('webhookSecret') },
  },
  { name: 'leak-k8s', provider: 'k8s', keys: { certificate: 'not-a-secret-cert', privateKey: mark('k8s-privateKey') } },
  { name: 'leak-s3', provider: 's3', baseUrl: 'https://minio.example.com', keys: { accessKey: 'a', secretKey: mark('s3-secretKey') } },
];
const MARKER = new RegExp(`SECRETMARK-[\\w-]+-${run}`);

async function seed(page: Page): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const { keys, ...credentials } of SEEDS) {
    const response = await page.request.post('/api/credentials?workspaceId=201', {
      data: { credentials: { ...credentials, keys: { discriminator: credentials.provider, ...keys } } },
      headers: CSRF_HEADERS,
    });
    expect(response.status(), `${credentials.name}: ${await response.text()}`).toBe(200);
    ids.set(credentials.name, ((await response.json()) as { credentialsId: string }).credentialsId);
  }
  return ids;
}

/** Collects every marker seen in the page's console, errors and navigations; a test adds its own sources through `watch`. */
function watchPage(page: Page): { leaks: string[]; watch: Watch } {
  const leaks: string[] = [];
  const watch: Watch = (where, text) => {
    if (text && MARKER.test(text)) leaks.push(`${where}: ${MARKER.exec(text)?.[0] ?? ''}`);
  };
  page.on('console', (message) => watch('console', message.text()));
  page.on('pageerror', (error) => watch('page error', error.message));
  page.on('framenavigated', (frame) => watch('navigation', frame.url()));
  return { leaks, watch };
}

/** What the browser kept once the flow is over: storage (local, session, IndexedDB) and cookies. */
async function watchStored(page: Page, context: BrowserContext, watch: Watch): Promise<void> {
  watch('storage', await storageDump(page));
  watch('cookies', JSON.stringify(await context.cookies()));
}

type Watch = (where: string, text: string | null | undefined) => void;

/** Everything the page keeps in its storage, as text. */
function storageDump(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts = [JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage }), document.cookie];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name as string);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const records = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error ?? new Error('read failed'));
        });
        parts.push(JSON.stringify(records));
      }
      db.close();
    }
    return parts.join('\n');
  });
}

// The details and edit forms of the seeds, in two halves that run side by side (one test of all ten was
// the suite's longest, and its last). The first half also checks the exports, the second a save.
const HALVES = [
  { seeds: SEEDS.slice(0, 5).map((seed) => seed.name), exports: true, save: false },
  { seeds: SEEDS.slice(5).map((seed) => seed.name), exports: false, save: true },
];

for (const [index, half] of HALVES.entries()) {
  test(`no seeded secret reaches the browser through the list, details, edit forms${half.exports ? ', exports' : ''}${half.save ? ' or a save' : ''} (seeds ${String(index + 1)} of 2: ${half.seeds.join(', ')})`, async ({ page, context, api, signIn, listPage: list, detailsDrawer: drawer }) => {
    test.setTimeout(90_000);
    await api.reset();
    await signIn('owner');
    const ids = await seed(page);

    const { leaks, watch } = watchPage(page);
    page.on('request', (request) => {
      watch(`request URL ${request.method()}`, request.url());
      watch(`request body ${request.method()} ${request.url()}`, request.postData());
    });
    const bodies: Promise<void>[] = [];
    page.on('response', (response) => {
      bodies.push(
        response
          .text()
          .then((text) => watch(`response ${response.url()}`, text))
          // Redirects and aborted loads have no body to read.
          .catch(() => undefined),
      );
    });

    await list.goto(PRODUCTION_PATH);
    await list.search().fill('leak-');
    await expect(list.dataRows()).toHaveCount(SEEDS.length);

    for (const name of half.seeds) {
      const id = ids.get(name) ?? '';
      await list.row(name).click();
      await expect(drawer.title()).toHaveText(name);
      await page.goto(`${PRODUCTION_PATH}/${id}/edit`);
      await expect(page.getByRole('dialog').getByLabel(/^Name/)).toHaveValue(name);
      watch(`DOM of ${name} edit form`, await page.content());
      await page.goto(`${PRODUCTION_PATH}?q=leak-`);
      await expect(list.row(name)).toBeVisible();
    }

    // The exports of the seeded rows hold their non-secret fields only.
    for (const format of half.exports ? (['CSV', 'JSON'] as const) : []) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: `Export ${format}` }).click();
      const text = await readFile(await (await download).path(), 'utf8');
      expect(text).toContain('leak-registry');
      watch(`${format} export`, text);
    }

    // A save of a non-secret change: the request must not carry the stored secret either.
    if (half.save) {
      const registryId = ids.get('leak-registry') ?? '';
      const digest = await api.secretDigest(registryId);
      await page.goto(`${PRODUCTION_PATH}/${registryId}/edit`);
      await page.getByRole('dialog').getByLabel(/^Description/).fill('edited without touching the secret');
      await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
      await expect(page).toHaveURL(new RegExp(`${PRODUCTION_PATH}/${registryId}$`));
      await expect(drawer.dialog().getByText('edited without touching the secret')).toBeVisible();
      expect(await api.secretDigest(registryId)).toBe(digest);
    }

    await Promise.all(bodies);
    watch('DOM after save', await page.content());
    await watchStored(page, context, watch);
    expect(leaks).toEqual([]);
    expect(await cspReportsAfterControl(page, api)).toEqual([]);
  });
}

test('importing from files leaves no secret in storage, URLs, the console or the page once done', async ({ page, context, api, signIn, listPage: list }) => {
  test.setTimeout(90_000);
  await api.reset();
  await signIn('owner');
  const { leaks, watch } = watchPage(page);
  // The create requests carry the secrets in their bodies by design; their URLs must not.
  page.on('request', (request) => watch(`request URL ${request.method()}`, request.url()));

  const pad = (value: string) => value.padEnd(44, 'x');
  const files = [
    { name: 'config.json', text: JSON.stringify({ auths: { 'ghcr.io': { auth: Buffer.from(`robot:${mark('import-registry')}`).toString('base64') } } }) },
    { name: 'credentials', text: `[leaky]\naws_access_key_id = AKIAIMPORTLEAKTEST01\naws_secret_access_key = ${pad(mark('import-aws'))}\n` },
    { name: 'git-credentials', text: `https://me:${mark('import-git')}@github.com\n` },
    { name: 'kubeconfig', text: `apiVersion: v1\nkind: Config\nusers:\n  - name: leaky\n    user:\n      token: ${mark('import-kube')}\n` },
  ];
  await list.goto(PRODUCTION_PATH);
  await page.getByRole('link', { name: 'Import from files' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import credentials from files' });
  await page.getByTestId('import-file-input').setInputFiles(files.map(({ name, text }) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) })));
  // Pasted text too, and a typed passphrase.
  await dialog.getByRole('textbox', { name: 'Or paste the contents of a file' }).fill(`https://me:${mark('import-pasted')}@gitlab.com\n`);
  await dialog.getByRole('button', { name: 'Read pasted text' }).click();
  await page.getByTestId('import-file-input').setInputFiles(importSample('id_encrypted_ed25519'));
  await dialog.getByRole('button', { name: 'Review' }).click();
  await expect(dialog.getByText('Checking names…')).toHaveCount(0);
  await dialog.getByLabel(/^Passphrase for/).fill(mark('import-passphrase'));
  watch('DOM of the review', await page.locator('body').innerText());
  await dialog.getByRole('button', { name: 'Create 6 credentials' }).click();
  await expect(dialog.getByRole('status')).toHaveText('6 created.');
  watch('DOM after creating', await page.locator('body').innerText());
  watch('storage with the dialog open', await storageDump(page));
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  watch('DOM after closing', await page.content());
  await watchStored(page, context, watch);
  expect(leaks).toEqual([]);
  expect(await cspReportsAfterControl(page, api)).toEqual([]);
});

test('copying to another workspace shows no stored secret and keeps the typed one out of storage, URLs, the console and the page once done', async ({ page, context, api, signIn, listPage: list }) => {
  test.setTimeout(90_000);
  await api.reset();
  await signIn('owner');
  await seed(page);
  const { leaks, watch } = watchPage(page);
  // The create request carries the typed secret in its body by design; no URL may, and no answer may carry a stored one.
  page.on('request', (request) => watch(`request URL ${request.method()}`, request.url()));
  const bodies: Promise<void>[] = [];
  page.on('response', (response) => bodies.push(response.text().then((text) => watch(`response ${response.url()}`, text), () => undefined)));

  await list.goto(PRODUCTION_PATH);
  await list.waitForRows();
  // The grid renders only the rows in view: find the row first.
  await list.search().fill('leak-aws');
  await expect(list.row('leak-aws')).toBeVisible();
  await list.actionsButton('leak-aws').click();
  await page.getByRole('menuitem', { name: 'Copy to another workspace…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Target workspace' }).selectOption({ label: 'genomics-lab / staging (admin)' });
  await dialog.getByRole('button', { name: 'Next' }).click();
  const secret = dialog.getByRole('textbox', { name: 'Secret access key' });
  await expect(secret).toHaveValue('');
  watch('DOM of the copy form', await page.content());
  await secret.fill(mark('copy-typed').padEnd(44, 'x'));
  watch('storage with the form filled', await storageDump(page));
  await dialog.getByRole('button', { name: 'Add credentials' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/^Copied leak-aws to/)).toBeVisible();
  watch('DOM after copying', await page.content());
  await watchStored(page, context, watch);
  await Promise.all(bodies);
  expect(leaks).toEqual([]);
  expect(await cspReportsAfterControl(page, api)).toEqual([]);
});
