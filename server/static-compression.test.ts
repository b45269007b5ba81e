import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { listen, type RunningServer } from './http-server';
import { SessionManager } from './session';
import { negotiateEncoding } from './static-compression';
import { embeddedUpstream } from './upstream';

const root = mkdtempSync(join(tmpdir(), 'console-compress-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const distDir = join(root, 'dist');
mkdirSync(join(distDir, 'assets'), { recursive: true });
const script = `export const rows = [${Array.from({ length: 400 }, (_, i) => `{id:${String(i)},name:"credential-${String(i)}"}`).join(',')}];\n`;
const svg = `<svg xmlns="http://www.w3.org/2000/svg">${'<path d="M0 0L10 10"/>'.repeat(80)}</svg>`;
writeFileSync(join(distDir, 'index.html'), `<!doctype html><title>console</title>${'<!-- padding -->'.repeat(100)}`);
writeFileSync(join(distDir, 'assets', 'index-abc123.js'), script);
writeFileSync(join(distDir, 'assets', 'tiny-abc123.js'), 'console.log(1)');
writeFileSync(join(distDir, 'assets', 'logo-abc123.png'), randomBytes(4096));
writeFileSync(join(distDir, 'icon.svg'), svg);
writeFileSync(join(root, 'secret.txt'), 'outside-dist'.repeat(200));
// A file with the build's compressed copies (scripts/precompress.ts) beside it, and one whose copy is
// older than the file (a copy left from an earlier build must never be served for a newer file).
const built = `export const built = ${JSON.stringify('x'.repeat(3000))};\n`;
writeFileSync(join(distDir, 'assets', 'built-abc123.js'), built);
// Fastest settings: valid copies whose bytes differ from what the server would make itself.
const builtCopies = { br: brotliCompressSync(built, { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } }), gzip: gzipSync(built, { level: 1 }) };
writeFileSync(join(distDir, 'assets', 'built-abc123.js.br'), builtCopies.br);
writeFileSync(join(distDir, 'assets', 'built-abc123.js.gz'), builtCopies.gzip);
const changed = `export const changed = ${JSON.stringify('y'.repeat(3000))};\n`;
writeFileSync(join(distDir, 'assets', 'changed-abc123.js'), changed);
writeFileSync(join(distDir, 'assets', 'changed-abc123.js.br'), brotliCompressSync('stale copy'));
utimesSync(join(distDir, 'assets', 'changed-abc123.js.br'), new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));

const app = createApp({
  upstream: embeddedUpstream(() => Promise.resolve(new Response(null, { status: 404 }))),
  sessions: new SessionManager({ key: randomBytes(32), idleMs: 60_000 }),
  distDir,
});

const get = (path: string, acceptEncoding?: string, method = 'GET') =>
  app.request(path, { method, headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } });

async function bytes(response: Response): Promise<Buffer> {
  return Buffer.from(await response.arrayBuffer());
}

describe('static compression', () => {
  it('answers brotli when accepted, with the right length, Vary and the immutable caching', async () => {
    const response = await get('/assets/index-abc123.js', 'gzip, deflate, br, zstd');
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const body = await bytes(response);
    expect(Number(response.headers.get('content-length'))).toBe(body.length);
    expect(body.length).toBeLessThan(script.length / 3);
    expect(brotliDecompressSync(body).toString()).toBe(script);
  });

  it('answers gzip when brotli is not accepted (or refused with q=0)', async () => {
    for (const header of ['gzip, deflate', 'br;q=0, gzip']) {
      const response = await get('/icon.svg', header);
      expect(response.headers.get('content-encoding')).toBe('gzip');
      expect(response.headers.get('vary')).toBe('Accept-Encoding');
      const body = await bytes(response);
      expect(Number(response.headers.get('content-length'))).toBe(body.length);
      expect(gunzipSync(body).toString()).toBe(svg);
    }
  });

  it('answers identity when neither is accepted, still with Vary', async () => {
    const response = await get('/assets/index-abc123.js', 'identity');
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(script));
    expect(await response.text()).toBe(script);
  });

  it('leaves small files and already-compressed images as they are', async () => {
    const tiny = await get('/assets/tiny-abc123.js', 'br, gzip');
    expect(tiny.headers.get('content-encoding')).toBeNull();
    expect(await tiny.text()).toBe('console.log(1)');
    const png = await get('/assets/logo-abc123.png', 'br, gzip');
    expect(png.headers.get('content-encoding')).toBeNull();
    expect(png.headers.get('vary')).toBeNull();
  });

  it('gives each encoding its own ETag and revalidates it; HEAD gives the headers without a body', async () => {
    const br = await get('/', 'br');
    const plain = await get('/', undefined);
    const etag = br.headers.get('etag') ?? '';
    expect(etag).not.toBe(plain.headers.get('etag'));
    const again = await app.request('/', { headers: { 'accept-encoding': 'br', 'if-none-match': etag } });
    expect(again.status).toBe(304);
    const other = await app.request('/', { headers: { 'accept-encoding': 'gzip', 'if-none-match': etag } });
    expect(other.status).toBe(200);
    const head = await get('/assets/index-abc123.js', 'br', 'HEAD');
    expect(head.headers.get('content-encoding')).toBe('br');
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(0);
    expect(await head.text()).toBe('');
  });

  it("answers from the build's compressed copies, byte for byte, in either encoding", async () => {
    expect(builtCopies.br.equals(brotliCompressSync(built))).toBe(false);
    expect(builtCopies.gzip.equals(gzipSync(built, { level: 9 }))).toBe(false);
    const br = await get('/assets/built-abc123.js', 'br');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect((await bytes(br)).equals(builtCopies.br)).toBe(true);
    const gzip = await get('/assets/built-abc123.js', 'gzip');
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    const body = await bytes(gzip);
    expect(body.equals(builtCopies.gzip)).toBe(true);
    expect(Number(gzip.headers.get('content-length'))).toBe(body.length);
  });

  it('compresses the file itself when its copy is older than it', async () => {
    const response = await get('/assets/changed-abc123.js', 'br');
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(brotliDecompressSync(await bytes(response)).toString()).toBe(changed);
  });

  it('never serves a compressed copy as a file of its own', async () => {
    for (const path of ['/assets/built-abc123.js.br', '/assets/built-abc123.js.gz', '/assets/BUILT-abc123.js.BR']) {
      const response = await get(path, 'br, gzip');
      expect(response.status).toBe(404);
    }
  });

  it('negotiates from the Accept-Encoding header', () => {
    expect(negotiateEncoding(null)).toBeUndefined();
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('gzip;q=0.5, br;q=0')).toBe('gzip');
    expect(negotiateEncoding('*;q=0, identity')).toBeUndefined();
  });
});

describe('static compression over a real socket', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await listen((request, env) => app.fetch(request, env), 0, '127.0.0.1');
  });
  afterAll(() => server.close());

  function rawGet(path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
    return new Promise((resolvePromise, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port: server.port, path, headers: { 'accept-encoding': 'br, gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolvePromise({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('sends exactly content-length compressed bytes', async () => {
    const response = await rawGet('/assets/index-abc123.js');
    expect(response.headers['content-encoding']).toBe('br');
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
    expect(brotliDecompressSync(response.body).toString()).toBe(script);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2fsecret.txt'])('still answers the traversal %s with 404', async (path) => {
    const response = await rawGet(path);
    expect(response.status).toBe(404);
    expect(response.body.toString()).not.toContain('outside-dist');
  });
});
