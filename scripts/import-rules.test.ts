/**
 * The one-way import rules of eslint.config.js, run through ESLint's own API on small sources
 * placed (virtually) at paths inside src/. Each case that must fail names the rule that catches it,
 * and the allowed imports beside them show the rules do not simply fire on everything.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
let eslint: ESLint;

/** The import-x rules that report on `code` if it lived at `filePath` (relative to the repository). */
async function importProblems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  expect(result?.messages.filter((message) => message.fatal)).toEqual([]);
  return (result?.messages ?? []).flatMap((message) => (message.ruleId?.startsWith('import-x/') ? [message.ruleId] : []));
}

describe('one-way imports (eslint.config.js)', () => {
  beforeAll(() => {
    eslint = new ESLint({ cwd: root });
  });

  it('refuses a feature importing src/app, and lets it import lib and components', async () => {
    const at = 'src/features/credentials/list/fixture.tsx';
    expect(await importProblems(`import { appStrings } from '../../../app/strings';\nexport const x = appStrings;\n`, at)).toEqual([
      'import-x/no-restricted-paths',
    ]);
    expect(
      await importProblems(
        `import { lazyChunk } from '../../../lib/lazy-chunk';\nimport { ErrorState } from '../../../components/error-state';\nexport const x = [lazyChunk, ErrorState];\n`,
        at,
      ),
    ).toEqual([]);
  }, 60_000);

  it('refuses lib and components importing a feature or the app', async () => {
    expect(await importProblems(`import { listStrings } from '../features/credentials/strings';\nexport const x = listStrings;\n`, 'src/lib/fixture.ts')).toEqual([
      'import-x/no-restricted-paths',
    ]);
    expect(await importProblems(`import { appStrings } from '../app/strings';\nexport const x = appStrings;\n`, 'src/components/fixture.tsx')).toEqual([
      'import-x/no-restricted-paths',
    ]);
  }, 60_000);

  it('keeps credentials/api the bottom of its feature', async () => {
    const at = 'src/features/credentials/api/fixture.ts';
    expect(await importProblems(`import { listStrings } from '../strings';\nexport const x = listStrings;\n`, at)).toEqual(['import-x/no-restricted-paths']);
    expect(await importProblems(`import { runPool } from '../../../lib/run-pool';\nimport { credentialsQueries } from './credentials-queries';\nexport const x = [runPool, credentialsQueries];\n`, at)).toEqual([]);
  }, 60_000);

  it('lets delete import validate but not the other way round', async () => {
    expect(
      await importProblems(`import { deleteStrings } from '../delete/strings';\nexport const x = deleteStrings;\n`, 'src/features/credentials/validate/fixture.ts'),
    ).toEqual(['import-x/no-restricted-paths']);
    expect(
      await importProblems(`import { validateStrings } from '../validate/strings';\nexport const x = validateStrings;\n`, 'src/features/credentials/delete/fixture.ts'),
    ).toEqual([]);
  }, 60_000);

  it('refuses an import cycle', async () => {
    // credentials-queries.ts imports credentials-api.ts; this credentials-api.ts imports it back.
    const at = 'src/features/credentials/api/credentials-api.ts';
    expect(await importProblems(`import { credentialsQueries } from './credentials-queries';\nexport const x = credentialsQueries;\n`, at)).toEqual([
      'import-x/no-cycle',
    ]);
    // The real module at that path closes no cycle.
    expect(await importProblems(readFileSync(new URL(`../${at}`, import.meta.url), 'utf8'), at)).toEqual([]);
  }, 60_000);
});
