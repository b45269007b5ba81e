import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SIGNED_IN_PAGE } from './static';
import { WorkspaceIds, workspaceListPaths, workspacesPath } from './startup-preloads';
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

const linkOf = (paths: string[]) => paths.map((path) => `<${path}>; rel=preload; as=fetch; crossorigin`).join(', ');

describe("the signed-in page's Link preload of the user's workspaces", () => {
  it.each([WORKSPACE_LIST, `${WORKSPACE_LIST}/abc123/edit`])('names them on %s, privately, for the signed-in user', async (path) => {
    const { app, cookie, userId } = await signedInApp();
    const page = await app.request(path, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('signed-in');
    expect(page.headers.get('link')).toBe(`<${workspacesPath(userId)}>; rel=preload; as=fetch; crossorigin`);
    // The header names one user's data: the page is never stored, so no later load can revalidate into it.
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('etag')).toBeNull();
    expect(page.headers.get('last-modified')).toBeNull();
    // The page only reads the session: refreshing or clearing the cookie is the session request's job.
    expect(page.headers.get('set-cookie')).toBeNull();
    // The preloaded URL is the one the app asks for, and it answers.
    expect((await app.request(workspacesPath(userId), { headers: { cookie } })).status).toBe(200);
  });

  it('is sent whole, with its own preloads, even to a revalidation of a stored signed-out copy', async () => {
    const { app, cookie, userId } = await signedInApp();
    const signedOut = await app.request(WORKSPACE_LIST);
    const etag = signedOut.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    const again = await app.request(WORKSPACE_LIST, { headers: { cookie, 'if-none-match': etag } });
    expect(again.status).toBe(200);
    expect(await again.text()).toContain('signed-in');
    expect(again.headers.get('link')).toContain(workspacesPath(userId));
  });

  it('leaves a signed-out copy revalidating as usual (304), with no preloads', async () => {
    const { app } = createTestApp({ distDir });
    const etag = (await app.request(WORKSPACE_LIST)).headers.get('etag') ?? '';
    const again = await app.request(WORKSPACE_LIST, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('link')).toBeNull();
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

describe("a workspace page's preload of its rows, once the session has seen the workspace's id", () => {
  async function withWorkspacesSeen() {
    const signedIn = await signedInApp();
    const workspaces = await signedIn.app.request(workspacesPath(signedIn.userId), { headers: { cookie: signedIn.cookie } });
    const { orgsAndWorkspaces } = (await workspaces.json()) as { orgsAndWorkspaces: { orgName: string; workspaceName: string; workspaceId?: number }[] };
    const production = orgsAndWorkspaces.find((row) => row.orgName === 'genomics-lab' && row.workspaceName === 'production');
    if (production?.workspaceId === undefined) throw new Error('The demo data has no genomics-lab / production workspace');
    return { ...signedIn, workspaceId: production.workspaceId };
  }

  it("names the list's credentials and compute platforms, as the list asks for them, and they answer", async () => {
    const { app, cookie, userId, workspaceId } = await withWorkspacesSeen();
    // The answer is noted as it passes: give its parse a turn.
    await new Promise((resolve) => setTimeout(resolve, 10));
    const page = await app.request(`${WORKSPACE_LIST}/abc123`, { headers: { cookie } });
    const paths = [`/api/credentials?workspaceId=${String(workspaceId)}`, `/api/platforms?workspaceId=${String(workspaceId)}`];
    expect(workspaceListPaths(workspaceId)).toEqual(paths);
    expect(page.headers.get('link')).toBe(linkOf([workspacesPath(userId), ...paths]));
    for (const path of paths) expect((await app.request(path, { headers: { cookie } })).status).toBe(200);
  });

  it("carries the address's platform filter into the credentials request", async () => {
    const { app, cookie, workspaceId } = await withWorkspacesSeen();
    await new Promise((resolve) => setTimeout(resolve, 10));
    const page = await app.request(`${WORKSPACE_LIST}?platform=aws-batch&q=x`, { headers: { cookie } });
    expect(page.headers.get('link')).toContain(`</api/credentials?workspaceId=${String(workspaceId)}&platformId=aws-batch>`);
  });

  it("names only the workspaces for a workspace the session has not seen, or another session's", async () => {
    const { app, cookie, userId } = await withWorkspacesSeen();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await app.request('/orgs/genomics-lab/workspaces/no-such/credentials', { headers: { cookie } })).headers.get('link')).toBe(
      linkOf([workspacesPath(userId)]),
    );
    const other = await signIn(app);
    expect((await app.request(WORKSPACE_LIST, { headers: { cookie: other } })).headers.get('link')).toBe(linkOf([workspacesPath(userId)]));
  });
});

describe('WorkspaceIds', () => {
  it('maps organization and workspace names to ids per session, skipping malformed rows', () => {
    const ids = new WorkspaceIds();
    ids.remember('s1', {
      orgsAndWorkspaces: [
        { orgName: 'lab', workspaceName: 'prod', workspaceId: 7 },
        { orgName: 'lab', workspaceName: 'no-id' },
        { orgName: 'lab', workspaceId: 8 },
        null,
      ],
    });
    expect(ids.lookup('s1', 'lab', 'prod')).toBe(7);
    expect(ids.lookup('s1', 'lab', 'no-id')).toBeUndefined();
    expect(ids.lookup('s2', 'lab', 'prod')).toBeUndefined();
    ids.remember('s1', { message: 'not a workspaces answer' });
    expect(ids.lookup('s1', 'lab', 'prod')).toBe(7);
  });

  it('keeps a bounded number of sessions, dropping the least recently noted', () => {
    const ids = new WorkspaceIds();
    for (let index = 0; index <= 1000; index += 1) ids.remember(`s${String(index)}`, { orgsAndWorkspaces: [{ orgName: 'o', workspaceName: 'w', workspaceId: index }] });
    expect(ids.lookup('s0', 'o', 'w')).toBeUndefined();
    expect(ids.lookup('s1', 'o', 'w')).toBe(1);
    expect(ids.lookup('s1000', 'o', 'w')).toBe(1000);
  });
});

