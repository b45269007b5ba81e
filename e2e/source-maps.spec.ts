/**
 * Source maps are built (e2e/bundle-chunks.spec.ts reads them from dist/) but neither referenced
 * from the JavaScript nor served: they would hand out the app's source (issue 10, B11).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';

const ASSETS = fileURLToPath(new URL('../dist/assets', import.meta.url));

test('the built JavaScript names no source map, and the server answers 404 for every map', async ({ request }) => {
  const files = readdirSync(ASSETS);
  const scripts = files.filter((name) => name.endsWith('.js'));
  const maps = files.filter((name) => name.endsWith('.js.map'));
  expect(scripts.length).toBeGreaterThan(0);
  expect(maps.length).toBeGreaterThan(0);
  for (const name of scripts) expect(readFileSync(join(ASSETS, name), 'utf8'), name).not.toContain('sourceMappingURL');
  for (const name of maps) {
    const response = await request.get(`/assets/${name}`);
    expect(response.status(), name).toBe(404);
    expect(response.headers()['sourcemap']).toBeUndefined();
  }
  // The scripts themselves are still served.
  expect((await request.get(`/assets/${scripts[0] ?? ''}`)).status()).toBe(200);
});
