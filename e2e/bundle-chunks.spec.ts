/**
 * The size budget for screens opened from the list (scripts/budgets.test.ts) counts as already
 * downloaded the modules in scripts/list-screen-imports.ts. This checks that claim against the
 * browser: once the list has rendered, the files holding every one of them have been fetched.
 * Which file holds which module is read from the build's source maps.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIST_SCREEN_IMPORTS } from '../scripts/list-screen-imports';
import { expect, test } from './fixtures';
import { PRODUCTION_PATH } from './pages/credentials-list-page';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Project-relative source modules bundled into a built file such as `/assets/x-123.js`. */
function modulesIn(urlPath: string): string[] {
  const file = join(ROOT, 'dist', urlPath);
  if (!existsSync(`${file}.map`)) return []; // the bundler's tiny runtime has no map
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] };
  return map.sources.map((source) => relative(ROOT, resolve(dirname(file), source)));
}

test('a rendered list has fetched every module the form budget counts as already loaded', async ({ page, api, signIn, listPage: list }) => {
  await api.reset();
  await signIn('owner');
  await list.goto(PRODUCTION_PATH);
  await list.waitForRows();
  await expect
    .poll(
      async () => {
        const scripts = await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map((entry) => new URL(entry.name).pathname)
            .filter((path) => path.startsWith('/assets/') && path.endsWith('.js')),
        );
        const fetched = new Set(scripts.flatMap(modulesIn));
        return LIST_SCREEN_IMPORTS.filter((module) => !fetched.has(module));
      },
      { message: 'modules the rendered list has not fetched' },
    )
    .toEqual([]);
});
