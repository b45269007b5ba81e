import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { listen, type RunningServer } from './http-server';
import { SECURITY_HEADERS } from './security-headers';
import { SessionManager } from './session';
import { SIGNED_IN_PAGE } from './static';
import { embeddedUpstream } from './upstream';

const root = mkdtempSync(join(tmpdir(), 'console-static-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const distDir = join(root, 'dist');
mkdirSync(join(distDir, 'assets'), { recursive: true });
writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>console</title>');
writeFileSync(join(distDir, 'assets', 'index-abc123.js'), 'console.log(1)');
writeFileSync(join(distDir, 'assets', 'index-abc123.css'), 'body{}');
writeFileSync(join(distDir, 'assets', 'index-abc123.js.map'), '{"version":3,"sources":["../src/secret-source.ts"]}');
writeFileSync(join(distDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
// Outside dist: what a traversal would try to reach.
writeFileSync(join(root, 'secret.txt'), 'outside-dist');

function appFor(dir: string) {
  return createApp({
    upstream: embeddedUpstream(() => Promise.resolve(new Response(null, { status: 404 }))),
    sessions: new SessionManager({ key: randomBytes(32), idleMs: 60_000 }),
    distDir: dir,
  });
}
const app = appFor(distDir);

/** Sends a target without URL normalisation, as a raw HTTP client would, via the Node binding. */
function rawGet(target: string) {
  return app.request(`http://localhost${target.replace(/\\/g, '%5C')}`, {}, { incoming: { url: target } } as never);
}

function expectSecurityHeaders(response: Response) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name)).toBe(value);
}

describe('static hosting', () => {
  it('serves hashed assets as immutable with the right content type', async () => {
    const js = await app.request('/assets/index-abc123.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await js.text()).toBe('console.log(1)');
    expectSecurityHeaders(js);
    const css = await app.request('/assets/index-abc123.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('serves index.html with no-cache and revalidates with the ETag', async () => {
    const first = await app.request('/');
    expect(first.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(first.headers.get('cache-control')).toBe('no-cache');
    expectSecurityHeaders(first);
    const etag = first.headers.get('etag') ?? '';
    const again = await app.request('/', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect((await app.request('/index.html')).headers.get('cache-control')).toBe('no-cache');
  });

  it('gives other real files a short cache', async () => {
    const icon = await app.request('/favicon.svg');
    expect(icon.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(icon.headers.get('cache-control')).toBe('public, max-age=3600');
  });

  it.each(['/user/credentials', '/orgs/genomics-lab/workspaces/production/credentials/abc', '/orgs/x/workspaces/y?q=a'])(
    'falls back to index.html for the client route %s',
    async (path) => {
      const response = await app.request(path);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>console</title>');
      expect(response.headers.get('cache-control')).toBe('no-cache');
    },
  );

  it('answers HEAD without a body', async () => {
    const response = await app.request('/assets/index-abc123.js', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe('14');
    expect(await response.text()).toBe('');
  });

  it.each(['/assets/missing.js', '/assets/nothing-here', '/missing.png', '/assets', '/auth/unknown'])('404s %s rather than serving index.html', async (path) => {
    const response = await app.request(path);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('<title>console</title>');
    expectSecurityHeaders(response);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2E%2E/%2e%2e/secret.txt',
    '/.%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets%2f..%2f..%2fsecret.txt',
    '/..\\secret.txt',
    '/assets%5c..%5c..%5csecret.txt',
    '/index.html%00.js',
    '/%00',
    '/.hidden',
  ])('404s the traversal attempt %s', async (target) => {
    const response = await rawGet(target);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside-dist');
    expectSecurityHeaders(response);
  });

  it.each(['/assets/index-abc123.js.map', '/assets/index-abc123.js.MAP', '/assets/index-abc123.js%2Emap'])(
    '404s the source map %s, which stays on disk for build tools only',
    async (path) => {
      for (const method of ['GET', 'HEAD']) {
        const response = await app.request(path, { method });
        expect(response.status).toBe(404);
        expect(await response.text()).not.toContain('secret-source');
      }
    },
  );

  it('answers 503 with build instructions when dist is missing', async () => {
    const response = await appFor(join(root, 'no-dist')).request('/user/credentials');
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build');
    expectSecurityHeaders(response);
  });
});

describe('the signed-in page', () => {
  // A build writes app.html beside index.html: the same page naming the signed-in chunks for early fetching.
  const withPage = join(root, 'dist-with-app-page');
  mkdirSync(withPage, { recursive: true });
  writeFileSync(join(withPage, 'index.html'), '<!doctype html><title>plain</title>');
  writeFileSync(join(withPage, SIGNED_IN_PAGE), '<!doctype html><title>signed-in</title>');
  const served = appFor(withPage);

  it.each(['/', '/user/credentials', '/orgs/a/workspaces/b/credentials', '/orgs/a/workspaces/b/credentials/42/edit', '/no-such-route'])(
    'is served for %s, uncached like index.html',
    async (path) => {
      const response = await served.request(path);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>signed-in</title>');
      expect(response.headers.get('cache-control')).toBe('no-cache');
    },
  );

  it('is not served for the sign-in page, which never fetches the signed-in chunks', async () => {
    for (const path of ['/sign-in', '/sign-in?next=%2Fuser%2Fcredentials']) {
      expect(await (await served.request(path)).text()).toContain('<title>plain</title>');
    }
  });

  it('falls back to index.html when the build wrote none', async () => {
    expect(await (await app.request('/user/credentials')).text()).toContain('<title>console</title>');
  });
});

describe('static hosting over a real socket', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await listen((request, env) => app.fetch(request, env), 0, '127.0.0.1');
  });
  afterAll(() => server.close());

  function get(path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
    return new Promise((resolvePromise, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port: server.port, path, method: 'GET' }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolvePromise({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it.each(['/../secret.txt', '/%2e%2e/%2e%2e/secret.txt', '/assets/..%2fsecret.txt', '/..\\secret.txt', '/a\\b'])(
    'answers the raw target %s with 404 and the security headers',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(response.body).not.toContain('outside-dist');
      expect(response.headers['content-security-policy']).toBe(SECURITY_HEADERS['Content-Security-Policy']);
    },
  );

  it('still serves the app normally', async () => {
    const response = await get('/orgs/a/workspaces/b/credentials');
    expect(response.status).toBe(200);
    expect(response.body).toContain('<title>console</title>');
  });
});
