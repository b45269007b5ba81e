/**
 * Schema conformance: generates the answers Seqera's OpenAPI document allows for every credentials, workspaces
 * and user operation (minimal: required fields only; maximal: every field, nulls where nullable; one per oneOf
 * variant and enum value) and parses each with the schema the console reads it with. Exits non-zero on any
 * rejection, after a table per operation.
 *
 *   npm run test:schemas -- --spec <path or http(s) URL of the YAML/JSON document>
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { isJsonObject } from './openapi-examples';
import { checkConformance, formatTable } from './schema-conformance-check';

async function main() {
  const { values } = parseArgs({ options: { spec: { type: 'string' } } });
  const spec = values.spec;
  if (spec === undefined) throw new Error('Pass --spec <path or URL of the OpenAPI document>.');
  const text = /^https?:\/\//.test(spec) ? await (await fetch(spec, { signal: AbortSignal.timeout(30_000) })).text() : await readFile(spec, 'utf8');
  const document: unknown = parseYaml(text);
  if (!isJsonObject(document)) throw new Error(`${spec} is not an OpenAPI document`);

  const rows = checkConformance(document);
  console.log(formatTable(rows));
  const problems = rows.flatMap((row) => row.problems.map((problem) => `${row.operation} ${row.status}: ${problem}`));
  for (const problem of problems) console.log(`REJECTED ${problem}`);
  const used = rows.filter((row) => row.consumer !== undefined);
  const examples = used.reduce((sum, row) => sum + row.min + row.max, 0);
  console.log(
    `schemas: ${String(rows.length)} operation responses (${String(used.length)} read by the console), ` +
      `${String(used.reduce((sum, row) => sum + row.min, 0))} minimal + ${String(used.reduce((sum, row) => sum + row.max, 0))} maximal examples, ` +
      `${String(problems.length)} rejected of ${String(examples)}`,
  );
  process.exitCode = problems.length === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(`schemas: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
