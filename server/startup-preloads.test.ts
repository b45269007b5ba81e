import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SIGNED_IN_PAGE } from './static';
import { workspacesPath } from './startup-preloads';
import { createTestApp, CSRF, signIn } from './test-support';

const root = mkdtempSync(join(tmpdir(), 'console-preloads-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const distDir = join(root, 'dist');
mkdirSync(distDir, { recursive: true });
writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>sign-in</title>');
writeFileSync(join(distDir, SIGNED_IN_PAGE), '<!doctype html><title>signed-in</title>');

const WORKSPACE_LIST = '/orgs/genomics-lab/workspaces/production/credentials';

async function signedInApp() {
  const test = createTestApp({ distDir });
  const cookie = await signIn(test.app);
  const session = (await (await test.app.request('/auth/session', { headers: { cookie } })).json()) as { user: { id: number } };
  return { ...test, cookie, userId: session.user.id };
}

describe("the signed-in page's Link preload of the user's workspaces", () => {
  it.each([WORKSPACE_LIST, `${WORKSPACE_LIST}/abc123/edit`])('names them on %s, privately, for the signed-in user', async (path) => {
    const { app, cookie, userId } = await signedInApp();
    const page = await app.request(path, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('signed-in');
    expect(page.headers.get('link')).toBe(`<${workspacesPath(userId)}>; rel=preload; as=fetch; crossorigin`);
    // The header names one user's data: no shared cache may hand the page to anyone else.
    expect(page.headers.get('cache-control')).toBe('private, no-cache');
    expect(page.headers.get('vary')).toContain('Cookie');
    // The page only reads the session: refreshing or clearing the cookie is the session request's job.
    expect(page.headers.get('set-cookie')).toBeNull();
    // The preloaded URL is the one the app asks for, and it answers.
    expect((await app.request(workspacesPath(userId), { headers: { cookie } })).status).toBe(200);
  });

  it('keeps its Link header on a revalidation (304), where the browser takes the headers from', async () => {
    const { app, cookie, userId } = await signedInApp();
    const etag = (await app.request(WORKSPACE_LIST, { headers: { cookie } })).headers.get('etag') ?? '';
    const again = await app.request(WORKSPACE_LIST, { headers: { cookie, 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('link')).toContain(workspacesPath(userId));
  });

  it.each([
    ['without a session', undefined],
    ['with a cookie that holds no session', 'seqera_session=v1.forged'],
  ])('is left out %s, and the page stays an ordinary shared one', async (_label, cookie) => {
    const { app } = createTestApp({ distDir });
    const page = await app.request(WORKSPACE_LIST, { headers: cookie === undefined ? {} : { cookie } });
    expect(page.status).toBe(200);
    expect(page.headers.get('link')).toBeNull();
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('set-cookie')).toBeNull();
  });

  it('is left out once the session is signed out', async () => {
    const { app, cookie } = await signedInApp();
    await app.request('/auth/session', { method: 'DELETE', headers: { cookie, ...CSRF } });
    expect((await app.request(WORKSPACE_LIST, { headers: { cookie } })).headers.get('link')).toBeNull();
  });

  it.each(['/sign-in', '/user/credentials', '/', '/favicon.svg', '/orgs.txt'])('is left out on %s, which never asks for the workspaces', async (path) => {
    const { app, cookie } = await signedInApp();
    expect((await app.request(path, { headers: { cookie } })).headers.get('link')).toBeNull();
  });
});
