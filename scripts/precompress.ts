/**
 * Build plugin: writes a brotli and a gzip copy beside every compressible file of dist/ (scripts,
 * styles, HTML, SVG, JSON of at least MIN_COMPRESS_BYTES; never source maps), with the same settings
 * the app server would use. The server answers from these copies (server/static-compression.ts), so
 * its first requests after a start do not wait on brotli's slowest quality.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compress, MIN_COMPRESS_BYTES, PRECOMPRESSED_SUFFIX, type Encoding } from '../server/static-compression';

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt)$/i;
const ENCODINGS: Encoding[] = ['br', 'gzip'];

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)])));
  return nested.flat();
}

/** Compresses every eligible file under `outDir`; returns how many files got copies. */
export async function precompressDir(outDir: string): Promise<number> {
  const files = (await filesUnder(outDir)).filter((file) => COMPRESSIBLE.test(file));
  let written = 0;
  await Promise.all(
    files.map(async (file) => {
      if ((await stat(file)).size < MIN_COMPRESS_BYTES) return;
      const raw = await readFile(file);
      // Same rule as the server: hashed files under assets/ never change, so they get brotli's best.
      const immutable = relative(outDir, file).startsWith('assets');
      await Promise.all(ENCODINGS.map(async (encoding) => writeFile(`${file}${PRECOMPRESSED_SUFFIX[encoding]}`, await compress(raw, encoding, immutable))));
      written += 1;
    }),
  );
  return written;
}

export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'console-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await precompressDir(outDir);
    },
  };
}
