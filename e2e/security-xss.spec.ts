/**
 * HTML and script payloads in everything users or providers control render as text: no script
 * runs (no dialog, no global flag), no element is injected, and CSP reports nothing (an injected
 * inline handler would be blocked by CSP, so the DOM check is what proves there was no injection).
 *
 * Names only allow A-Za-z0-9-_ (the API refuses anything else), so the payloads go where text is
 * free: descriptions, key fields, base URLs, provider messages and workflow names in delete conflicts.
 * Provider messages and conflicts come from the server, so the responses are rewritten in the
 * browser to carry them.
 */
import type { Page } from '@playwright/test';
import { CSRF_HEADERS, cspReportsAfterControl, expect, test } from './fixtures';
import { PRODUCTION_PATH } from './pages/credentials-list-page';

const PAYLOADS = [
  '<img src=x class="xss-marker" onerror="window.__xss=1">',
  '<script class="xss-marker">window.__xss=1</script>',
  '"><svg class="xss-marker" onload="window.__xss=1">',
  "javascript:window.__xss=1//<b class='xss-marker'>bold</b>",
  '{{constructor.constructor("window.__xss=1")()}}',
];
const payload = (index: number) => PAYLOADS[index % PAYLOADS.length] ?? '';

interface Planted {
  id: string;
  name: string;
}

async function plant(page: Page, name: string, credentials: Record<string, unknown>): Promise<Planted> {
  const response = await page.request.post('/api/credentials?workspaceId=201', { data: { credentials: { name, ...credentials } }, headers: CSRF_HEADERS });
  expect(response.status(), await response.text()).toBe(200);
  return { id: ((await response.json()) as { credentialsId: string }).credentialsId, name };
}

/** Fails the test if any payload ran or left an element behind. */
async function expectInert(page: Page, dialogs: string[]) {
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('.xss-marker, img[src="x"], svg[onload], [onerror]').count()).toBe(0);
}

test.beforeEach(async ({ api, signIn }) => {
  await api.reset();
  await signIn('owner');
});

test('payloads in descriptions, key fields, base URLs and provider messages render as text on every screen', async ({ page, api, listPage: list, detailsDrawer: drawer }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const registry = await plant(page, 'xss-registry', {
    provider: 'container-reg',
    description: payload(0),
    keys: { discriminator: 'container-reg', userName: payload(1), password: 'irrelevant-secret' },
  });
  const github = await plant(page, 'xss-github', {
    provider: 'github',
    description: payload(2),
    baseUrl: 'https://github.example.com/"><img src=x class="xss-marker" onerror="window.__xss=1">',
    keys: { discriminator: 'github', username: payload(3), password: 'irrelevant-secret' },
  });
  const aws = await plant(page, 'xss-aws', {
    provider: 'aws',
    description: payload(4),
    keys: { discriminator: 'aws', mode: 'role', assumeRoleArn: 'arn:aws:iam::123456789012:role/x' },
  });
  // An INVALID status with a provider message carrying a payload, in the list and in describe.
  const message = payload(0);
  const withMessage = (credentials: Record<string, unknown>) => (credentials.id === aws.id ? { ...credentials, status: 'INVALID', message } : credentials);
  await page.route(
    (url) => url.pathname === '/api/credentials' || url.pathname === `/api/credentials/${aws.id}`,
    async (route) => {
      if (route.request().method() !== 'GET') return route.fallback();
      const response = await route.fetch();
      const body = (await response.json()) as { credentials: Record<string, unknown> | Record<string, unknown>[] };
      const credentials = Array.isArray(body.credentials) ? body.credentials.map(withMessage) : withMessage(body.credentials);
      return route.fulfill({ response, json: { ...body, credentials } });
    },
  );

  await list.goto(PRODUCTION_PATH);
  await list.search().fill('xss-');
  await expect(list.dataRows()).toHaveCount(3);
  await expectInert(page, dialogs);

  // The INVALID chip carries the message as its description, and shows it on hover.
  const chip = list.row(aws.name).locator('[aria-describedby]', { hasText: 'Invalid' });
  await expect(chip).toHaveAccessibleDescription(message);
  await chip.hover();
  await expect(page.getByText(message, { exact: true }).first()).toBeVisible();
  await expectInert(page, dialogs);

  for (const [planted, texts] of [
    [registry, [payload(0), payload(1)]],
    [github, [payload(2), payload(3)]],
    [aws, [payload(4), message]],
  ] as const) {
    await page.goto(`${PRODUCTION_PATH}/${planted.id}`);
    await expect(drawer.title()).toHaveText(planted.name);
    for (const text of texts) await expect(drawer.dialog().getByText(text, { exact: true }).first()).toBeVisible();
    await expectInert(page, dialogs);

    await page.goto(`${PRODUCTION_PATH}/${planted.id}/edit`);
    await expect(page.getByRole('dialog').getByLabel(/^Description/)).toHaveValue(texts[0]);
    await expectInert(page, dialogs);
  }
  expect(await cspReportsAfterControl(page, api)).toEqual([]);
});

test('workflow names in a delete conflict render as text', async ({ page, api }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const target = await plant(page, 'xss-conflict', {
    provider: 'container-reg',
    keys: { discriminator: 'container-reg', userName: 'robot', password: 'irrelevant-secret' },
  });
  const conflicts = PAYLOADS.map((name, index) => ({ type: 'workflow', id: `wf${index}`, name, url: `https://example.com/${index}` }));
  await page.route(
    (url) => url.pathname === `/api/credentials/${target.id}`,
    (route) =>
      route.request().method() === 'DELETE'
        ? route.fulfill({ status: 409, json: { credentialsId: target.id, conflicts } })
        : route.fallback(),
  );
  await page.goto(`${PRODUCTION_PATH}/${target.id}/delete`);
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: /^Delete/ }).click();
  await expect(dialog.getByText(`${String(PAYLOADS.length)} running jobs use these credentials`)).toBeVisible();
  for (const name of PAYLOADS) await expect(dialog.getByText(name, { exact: true }).first()).toBeVisible();
  await expectInert(page, dialogs);
  expect(await cspReportsAfterControl(page, api)).toEqual([]);
});
