import { readFile, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { getMimeType } from 'hono/utils/mime';
import { compressedBody, isCompressible, MIN_COMPRESS_BYTES, negotiateEncoding } from './static-compression';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
const SHORT = 'public, max-age=3600';
/** The page for every client route but sign-in, written by the build beside index.html (scripts/route-preloads.ts). */
export const SIGNED_IN_PAGE = 'app.html';

/**
 * True for request targets that try to leave their directory or smuggle separators: dot segments
 * (plain or percent-encoded), encoded slashes, backslashes and NUL bytes. Checked on the RAW target
 * because URL parsing silently resolves `..` before any handler sees the path.
 */
export function isUnsafeTarget(rawTarget: string): boolean {
  const path = rawTarget.split('?', 1)[0] ?? '';
  if (/%(2f|5c|00)/i.test(path) || path.includes('\\') || path.includes('\0')) return true;
  const withDots = path.replace(/%2e/gi, '.');
  return /(^|\/)\.\.?(\/|$)/.test(withDots);
}

function notFound(): Response {
  return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

function distMissing(distDir: string): Response {
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Console not built</title></head>
<body><h1>The console has not been built yet</h1><p>No <code>index.html</code> in <code>${escapeHtml(distDir)}</code>.
Run <code>npm run build</code> (or start with <code>npm start</code>, which builds when needed), then reload.</p></body></html>\n`;
  return new Response(body, {
    status: 503,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '10' },
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Client-side routes: no file extension in the last segment and not under /assets. */
function isClientRoute(path: string): boolean {
  if (path === '/assets' || path.startsWith('/assets/')) return false;
  const last = path.slice(path.lastIndexOf('/') + 1);
  return !last.includes('.');
}

function cacheControlFor(path: string): string {
  if (path.startsWith('/assets/')) return IMMUTABLE;
  if (path === '/index.html' || path === `/${SIGNED_IN_PAGE}`) return REVALIDATE;
  return SHORT;
}

async function fileResponse(file: string, cacheControl: string, request: Request): Promise<Response | undefined> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  const contentType = getMimeType(file) ?? 'application/octet-stream';
  const compressible = isCompressible(contentType) && info.size >= MIN_COMPRESS_BYTES;
  const encoding = compressible ? negotiateEncoding(request.headers.get('accept-encoding')) : undefined;
  const version = `${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}`;
  // Each encoding is a different representation, so it has its own validator.
  const etag = `W/"${version}${encoding === undefined ? '' : `-${encoding}`}"`;
  const headers = new Headers({
    'Content-Type': contentType,
    'Cache-Control': cacheControl,
    ETag: etag,
    'Last-Modified': info.mtime.toUTCString(),
  });
  if (compressible) headers.set('Vary', 'Accept-Encoding');
  if (encoding !== undefined) headers.set('Content-Encoding', encoding);
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  if (encoding === undefined) {
    headers.set('Content-Length', String(info.size));
    return new Response(request.method === 'HEAD' ? null : await readFile(file), { status: 200, headers });
  }
  // zlib answers in ordinary (never shared) memory; its typings just do not say so.
  const body = (await compressedBody({ file, mtimeMs: info.mtimeMs, size: info.size }, encoding, cacheControl === IMMUTABLE, () =>
    readFile(file),
  )) as Buffer<ArrayBuffer>;
  headers.set('Content-Length', String(body.length));
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
}

/** Serves the built app from distDir; GET and HEAD only. */
export async function serveStatic(request: Request, distDir: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return notFound();
  const root = resolve(distDir);
  const indexFile = resolve(root, 'index.html');
  if (!(await stat(indexFile).catch(() => undefined))?.isFile()) return distMissing(root);

  let path: string;
  try {
    path = decodeURIComponent(new URL(request.url).pathname);
  } catch {
    return notFound();
  }
  if (isUnsafeTarget(path) || path.split('/').some((segment) => segment.startsWith('.'))) return notFound();
  // Source maps stay on disk for build tooling; served, they would hand out the app's source.
  if (path.toLowerCase().endsWith('.map')) return notFound();
  // The build's compressed copies are served only as an encoding of their file, never as files.
  if (/\.(br|gz)$/i.test(path)) return notFound();

  if (isClientRoute(path)) {
    // Every route behind a session gets the page that names the signed-in chunks for early fetching
    // (scripts/route-preloads.ts); sign-in gets the plain one, which never fetches them.
    if (path !== '/sign-in') {
      const signedIn = await fileResponse(resolve(root, SIGNED_IN_PAGE), REVALIDATE, request);
      if (signedIn) return signedIn;
    }
    return (await fileResponse(indexFile, REVALIDATE, request)) ?? notFound();
  }
  const file = resolve(root, `.${path}`);
  if (!file.startsWith(root + sep)) return notFound();
  return (await fileResponse(file, cacheControlFor(path), request)) ?? notFound();
}
