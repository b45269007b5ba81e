/**
 * The provider lists against Seqera's API document. The document is not part of the repository, so this runs
 * only when SEQERA_OPENAPI names it (a path to the YAML or JSON file; .ci/run sets it when the document is
 * beside the clone):
 *   SEQERA_OPENAPI=../shared/seqera-api/seqera-api-1.187.0.yaml npx vitest run server/provider-parity-openapi.test.ts
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  MAPPING_ONLY_IDS,
  clientProviders,
  compareDocumentWithServer,
  readDocumentProviders,
  serverProviders,
  setDifference,
  type DocumentProviders,
} from './provider-parity';

const path = process.env.SEQERA_OPENAPI ?? '';
const server = serverProviders();

if (path === '') {
  console.log('provider-parity-openapi: skipped, SEQERA_OPENAPI is not set (give it the path of Seqera’s OpenAPI document).');
}

describe.skipIf(path === '')(`providers against Seqera's API document (SEQERA_OPENAPI=${path})`, () => {
  const document = path === '' ? { enumIds: [], variants: {} } : readDocumentProviders(parse(readFileSync(path, 'utf8')));

  it('the server: ids = the provider enum; per provider, key fields and types = the keys variant, secrets = its writeOnly fields', () => {
    expect(compareDocumentWithServer(document, server)).toEqual([]);
  });

  it('the client: ids = the provider enum, secret fields = every writeOnly field', () => {
    const client = clientProviders();
    const writeOnly = Object.entries(document.variants)
      .filter(([id]) => !MAPPING_ONLY_IDS.includes(id))
      .flatMap(([, variant]) => variant.writeOnly);
    expect([
      ...setDifference('provider ids', 'the document enum', document.enumIds, 'the client', client.ids),
      ...setDifference('secret fields', 'the document', writeOnly, 'the client', client.secretFields),
    ]).toEqual([]);
  });

  it('`local` is in the keys mapping but not in the provider enum, and nobody offers it', () => {
    expect(Object.keys(document.variants)).toContain('local');
    expect(document.enumIds).not.toContain('local');
    expect(server.ids).not.toContain('local');
    expect(clientProviders().ids).not.toContain('local');
  });

  it('would report a provider or a secret missing on one side', () => {
    const doctored: DocumentProviders = structuredClone(document);
    doctored.enumIds = [...doctored.enumIds, 'new-provider'];
    delete doctored.variants.s3;
    const ssh = doctored.variants.ssh;
    if (ssh !== undefined) ssh.writeOnly = ['privateKey'];
    expect(compareDocumentWithServer(doctored, server)).toEqual([
      'provider ids: new-provider only in the document enum',
      'keys mapping ids: new-provider, s3 only in the enum plus the known mapping-only ids',
      'ssh secret fields: passphrase only in the server',
      "s3: no variant in the document's keys mapping",
    ]);
  });
});
