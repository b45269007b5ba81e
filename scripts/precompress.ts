/**
 * Build plugin: writes a brotli and a gzip copy beside every compressible file the build emits (scripts,
 * styles, HTML, SVG, JSON of at least MIN_COMPRESS_BYTES; never source maps), with the same settings
 * the app server would use. The server answers from these copies (server/static-compression.ts), so
 * its first requests after a start do not wait on brotli's slowest quality.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getMimeType } from 'hono/utils/mime';
import type { Plugin } from 'vite';
import { compress, isCompressible, MIN_COMPRESS_BYTES, PRECOMPRESSED_SUFFIX, type Encoding } from '../server/static-compression';

// The server's own rule (server/static.ts): compressible types by their file name, and never source
// maps, which it does not serve.
const worthCompressing = (name: string) => !name.endsWith('.map') && isCompressible(getMimeType(name) ?? '');
const ENCODINGS: Encoding[] = ['br', 'gzip'];

/** Compresses the named files of `outDir` that are worth it; returns how many got copies. */
export async function precompressFiles(outDir: string, fileNames: readonly string[]): Promise<number> {
  let written = 0;
  await Promise.all(
    fileNames
      .filter(worthCompressing)
      .map(async (name) => {
        const file = join(outDir, name);
        if ((await stat(file)).size < MIN_COMPRESS_BYTES) return;
        const raw = await readFile(file);
        // Same rule as the server: hashed files under assets/ never change, so they get brotli's best.
        const immutable = name.startsWith('assets/');
        await Promise.all(ENCODINGS.map(async (encoding) => writeFile(`${file}${PRECOMPRESSED_SUFFIX[encoding]}`, await compress(raw, encoding, immutable))));
        written += 1;
      }),
  );
  return written;
}

/** Only when the build writes files (not for in-memory builds such as the budget test's), and only what it wrote. */
export function precompress(): Plugin {
  return {
    name: 'console-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      if (options.dir !== undefined) await precompressFiles(options.dir, Object.keys(bundle));
    },
  };
}
