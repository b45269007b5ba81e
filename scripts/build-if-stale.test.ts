import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { testTempDir } from '../server/test-temp-dir';
import { SOURCE_FILES, staleReason } from './build-if-stale';

function project(): string {
  const root = testTempDir('console-build-');
  for (const dir of ['src/features/x', 'public', 'dist']) mkdirSync(join(root, dir), { recursive: true });
  const files = ['src/features/x/a.tsx', 'public/favicon.svg', 'index.html', 'vite.config.ts', 'tsconfig.app.json', 'package-lock.json'];
  for (const file of files) touch(root, file, 1_000);
  return root;
}

function touch(root: string, file: string, seconds: number): void {
  const path = join(root, file);
  writeFileSync(path, 'x');
  utimesSync(path, seconds, seconds);
}

describe('staleReason', () => {
  it('asks for a build when dist/index.html is missing', () => {
    expect(staleReason(project())).toBe('dist/index.html is missing');
  });

  it('is satisfied when dist is newer than every input', () => {
    const root = project();
    touch(root, 'dist/index.html', 2_000);
    expect(staleReason(root)).toBeUndefined();
  });

  it.each(['src/features/x/a.tsx', 'public/favicon.svg', 'index.html', 'vite.config.ts', 'tsconfig.app.json', 'package-lock.json'])(
    'asks for a build when %s changed after the build',
    (file) => {
      const root = project();
      touch(root, 'dist/index.html', 2_000);
      touch(root, file, 3_000);
      expect(staleReason(root)).toBe('sources changed since the last build');
    },
  );

  it('ignores files that are not build inputs', () => {
    const root = project();
    touch(root, 'dist/index.html', 2_000);
    touch(root, 'README.md', 3_000);
    expect(staleReason(root)).toBeUndefined();
  });
});

describe('the files a build depends on', () => {
  it('include every local module the Vite config imports, directly or through another', () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const seen = new Set<string>();
    const pending = ['vite.config.ts'];
    for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
      if (seen.has(file)) continue;
      seen.add(file);
      for (const [, specifier = ''] of readFileSync(join(root, file), 'utf8').matchAll(/^import[^'"]*['"](\.[^'"]+)['"]/gm)) {
        pending.push(relative(root, join(root, dirname(file), specifier)).replace(/(\.ts)?$/, '.ts'));
      }
    }
    expect([...seen].filter((file) => !SOURCE_FILES.includes(file))).toEqual([]);
  });
});
