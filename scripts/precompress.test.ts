import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { testTempDir } from '../server/test-temp-dir';
import { precompressFiles } from './precompress';

describe('precompressFiles', () => {
  it('writes brotli and gzip copies of every compressible file, and none of maps, images or tiny files', async () => {
    const dir = testTempDir('precompress-');
    mkdirSync(join(dir, 'assets'));
    const files: Record<string, string | Buffer> = {
      'index.html': `<!doctype html>${'<p>row</p>'.repeat(200)}`,
      'assets/boot-abc.js': `export const a = ${JSON.stringify('a'.repeat(4000))};`,
      'assets/boot-abc.css': `.a{color:red}${'.b{margin:0}'.repeat(200)}`,
      'assets/boot-abc.js.map': JSON.stringify({ mappings: 'A'.repeat(4000) }),
      'assets/logo-abc.png': Buffer.alloc(4000, 1),
      'assets/tiny-abc.js': 'export {};',
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);

    expect(await precompressFiles(dir, Object.keys(files))).toBe(3);
    for (const name of ['index.html', 'assets/boot-abc.js', 'assets/boot-abc.css']) {
      const original = readFileSync(join(dir, name));
      expect(brotliDecompressSync(readFileSync(join(dir, `${name}.br`))).equals(original)).toBe(true);
      expect(gunzipSync(readFileSync(join(dir, `${name}.gz`))).equals(original)).toBe(true);
    }
    for (const name of ['assets/boot-abc.js.map', 'assets/logo-abc.png', 'assets/tiny-abc.js']) {
      expect(existsSync(join(dir, `${name}.br`))).toBe(false);
      expect(existsSync(join(dir, `${name}.gz`))).toBe(false);
    }
  });
});
