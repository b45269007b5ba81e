import { readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Below this, compression saves less than the headers and CPU cost. */
export const MIN_COMPRESS_BYTES = 1024;
/** Bound on compressed bytes kept in memory; the built app is a few hundred KiB compressed. */
const CACHE_LIMIT_BYTES = 32 * 1024 * 1024;

export function isCompressible(contentType: string): boolean {
  const type = contentType.split(';', 1)[0]?.trim() ?? '';
  return type.startsWith('text/') || type === 'application/json' || type === 'image/svg+xml' || type.endsWith('javascript') || type === 'application/manifest+json';
}

/** The encoding to answer with for an Accept-Encoding header: br when accepted, else gzip, else none. */
export function negotiateEncoding(acceptEncoding: string | null): Encoding | undefined {
  if (acceptEncoding === null) return undefined;
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [token = '', ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (token !== '') q.set(token, Number.isFinite(weight) ? weight : 0);
  }
  const accepts = (name: Encoding) => (q.get(name) ?? q.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return undefined;
}

/** Where the build writes a file's compressed copy (scripts/precompress.ts), per encoding. */
export const PRECOMPRESSED_SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/** One file's bytes in `encoding`: hashed, immutable assets get brotli's best (slow) quality. */
export function compress(raw: Buffer, encoding: Encoding, immutable: boolean): Promise<Buffer> {
  return encoding === 'br'
    ? brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: immutable ? 11 : 9, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
    : gz(raw, { level: 9 });
}

/** The build's compressed copy of the file, when there is one at least as new as the file itself. */
async function precompressed(key: { file: string; mtimeMs: number }, encoding: Encoding): Promise<Buffer | undefined> {
  const copy = `${key.file}${PRECOMPRESSED_SUFFIX[encoding]}`;
  const info = await stat(copy).catch(() => undefined);
  if (!info?.isFile() || info.mtimeMs < key.mtimeMs) return undefined;
  return readFile(copy).catch(() => undefined);
}

// Insertion-ordered, so the first key is the least recently used. Promises, so concurrent first
// requests for one file share one compression.
const cache = new Map<string, Promise<Buffer>>();
const sizes = new Map<string, number>();
let cachedBytes = 0;

function evictTo(limit: number): void {
  for (const key of cache.keys()) {
    if (cachedBytes <= limit) return;
    cache.delete(key);
    cachedBytes -= sizes.get(key) ?? 0;
    sizes.delete(key);
  }
}

/**
 * The file's bytes compressed with `encoding`, once per file version (path + mtime + size), then
 * served from memory. The build's compressed copy is used when present, so a fresh server does not
 * spend its first requests compressing the app; otherwise the file is compressed here.
 */
export function compressedBody(
  key: { file: string; mtimeMs: number; size: number },
  encoding: Encoding,
  immutable: boolean,
  read: () => Promise<Buffer>,
): Promise<Buffer> {
  const id = `${encoding}:${String(key.mtimeMs)}:${String(key.size)}:${key.file}`;
  const hit = cache.get(id);
  if (hit !== undefined) {
    cache.delete(id);
    cache.set(id, hit);
    return hit;
  }
  const work = precompressed(key, encoding).then((ready) => ready ?? read().then((raw) => compress(raw, encoding, immutable)));
  cache.set(id, work);
  work.then(
    (body) => {
      if (cache.get(id) !== work) return;
      sizes.set(id, body.length);
      cachedBytes += body.length;
      evictTo(CACHE_LIMIT_BYTES);
    },
    () => cache.delete(id), // a failed read or compression is retried next time
  );
  return work;
}
