/** Browser-level checks of the app server: headers, CSP, the session cookie, CSRF and path traversal. */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CSRF_HEADERS, cspReportsAfterControl, expect, test } from './fixtures';

const EXPECTED_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; report-uri /csp-report",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

test.beforeEach(async ({ api }) => {
  await api.reset();
});

test('the signed-in app loads with the security headers, no console errors and no CSP reports', async ({ page, api, signIn, listPage }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

  await signIn('owner');
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  expect(response?.headers()).toMatchObject(EXPECTED_HEADERS);
  await expect(page.getByRole('heading', { name: 'Credentials', level: 1 })).toBeVisible();
  await listPage.waitForRows();

  expect(problems).toEqual([]);
  expect(await cspReportsAfterControl(page, api)).toEqual([]);
});

test('the session cookie is HttpOnly and SameSite=Strict, and page scripts cannot read it', async ({ page, context, signIn }) => {
  await signIn('viewer');
  await page.goto('/');
  const session = (await context.cookies()).find((cookie) => cookie.name === 'seqera_session');
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/', secure: false });
  expect(await page.evaluate(() => document.cookie)).not.toContain('seqera_session');
  expect((await page.request.get('/auth/session')).status()).toBe(200);
});

test.describe('a form on another origin', () => {
  let attacker: Server;
  let attackerUrl = '';
  let appUrl = '';

  // Another port on the same host: same-site, so SameSite=Strict still sends the cookie and only
  // the CSRF guard stands in the way. text/plain forms can smuggle a JSON body, hence the field name.
  test.beforeAll(async ({ appServer }) => {
    appUrl = appServer.url;
    attacker = createServer((req, res) => {
      const target = req.url === '/sign-in' ? '/auth/demo' : '/api/credentials?workspaceId=201';
      const json = req.url === '/sign-in'
        ? '{"role":"owner","padding":"'
        : '{"credentials":{"name":"csrf-attack","provider":"github","keys":{"discriminator":"github","username":"x","password":"y"}},"padding":"';
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<!doctype html><title>attacker</title>
        <form method="post" action="${appUrl}${target}" enctype="text/plain">
          <input type="hidden" name='${json}' value='"}'><button>Win a prize</button>
        </form>`);
    });
    await new Promise<void>((done) => attacker.listen(0, '127.0.0.1', done));
    attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
  });
  test.afterAll(async () => {
    await new Promise<void>((done) => attacker.close(() => done()));
  });

  test('cannot sign the browser in', async ({ page, context }) => {
    await page.goto(`${attackerUrl}/sign-in`);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().startsWith(`${appUrl}/auth/demo`)),
      page.getByRole('button', { name: 'Win a prize' }).click(),
    ]);
    expect(response.status()).toBe(403);
    expect((await context.cookies(appUrl)).map((cookie) => cookie.name)).not.toContain('seqera_session');
  });

  test('cannot create credentials with the signed-in user’s session', async ({ page, signIn }) => {
    await signIn('owner');
    await page.goto(`${attackerUrl}/create`);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().startsWith(`${appUrl}/api/credentials`)),
      page.getByRole('button', { name: 'Win a prize' }).click(),
    ]);
    expect(response.status()).toBe(403);
    const list = await page.request.get('/api/credentials?workspaceId=201');
    expect(list.status()).toBe(200);
    expect(JSON.stringify(await list.json())).not.toContain('csrf-attack');
    // The same request from the app itself (with the header) would have been accepted.
    const fromApp = await page.request.post('/auth/demo', { data: { role: 'owner' }, headers: CSRF_HEADERS });
    expect(fromApp.status()).toBe(200);
  });
});

/** A GET with the target sent byte for byte, as browsers and URL parsers would normalise it. */
function rawGet(port: number, target: string): Promise<{ status: number; body: string; csp: string | undefined }> {
  return new Promise((resolvePromise, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: target }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () =>
        resolvePromise({ status: res.statusCode ?? 0, body, csp: res.headers['content-security-policy'] as string | undefined }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

test('path traversal attempts answer 404', async ({ page, appServer }) => {
  for (const target of ['/../package.json', '/assets/../../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/..%5cpackage.json', '/..\\package.json', '/index.html%00']) {
    const response = await rawGet(appServer.port, target);
    expect(response.status, target).toBe(404);
    expect(response.body, target).not.toContain('"name"');
    expect(response.csp, target).toBe(EXPECTED_HEADERS['content-security-policy']);
  }
  // Through the browser too, for the encodings it sends unchanged.
  for (const path of ['/assets/..%2f..%2fpackage.json', '/assets/missing-file.js']) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
});
