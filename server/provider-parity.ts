/**
 * Test support: the provider lists of the client, of the embedded API and of Seqera's API document, each read
 * into one plain shape, and pure functions that list every difference between two of them (an empty list means
 * they agree). Used by provider-parity.test.ts (client ↔ server, and doctored copies to show a difference is
 * caught) and provider-parity-openapi.test.ts (both ↔ the document, when SEQERA_OPENAPI names it).
 */
import { PROVIDER_IDS as CLIENT_PROVIDER_IDS } from '../src/features/credentials/providers/provider-catalog';
import { SECRET_KEY_FIELDS } from '../src/features/credentials/providers/secret-fields';
import { creatableProviderIds } from '../src/features/credentials/form/provider-ids';
import { providerRegistry } from '../src/features/credentials/form/provider-registry';
import { PROVIDER_IDS, PROVIDERS, SECRET_FIELDS, type FieldType } from './api/providers';

export interface ServerProviders {
  ids: readonly string[];
  creatable: readonly string[];
  secretFields: readonly string[];
  providers: Record<string, { fields: Record<string, FieldType>; secrets: readonly string[]; baseUrl: string }>;
}

/** What the client knows per creatable provider: the key fields its form shows, which of them are secret, its base-URL field. */
export interface ClientForm {
  fields: readonly string[];
  secrets: readonly string[];
  baseUrl: 'required' | 'optional' | 'none';
}

export interface ClientProviders {
  ids: readonly string[];
  creatable: readonly string[];
  secretFields: readonly string[];
  forms: Record<string, ClientForm>;
}

export interface DocumentProviders {
  /** `Credentials.provider` enum. */
  enumIds: readonly string[];
  /** `SecurityKeys` discriminator mapping: provider id → its variant's fields and JSON types, and its writeOnly fields. */
  variants: Record<string, { fields: Record<string, FieldType>; writeOnly: readonly string[] }>;
}

export function serverProviders(): ServerProviders {
  return {
    ids: [...PROVIDER_IDS],
    creatable: PROVIDER_IDS.filter((id) => PROVIDERS[id].creatable),
    secretFields: [...SECRET_FIELDS],
    providers: Object.fromEntries(
      PROVIDER_IDS.map((id) => [id, { fields: PROVIDERS[id].fields, secrets: PROVIDERS[id].secrets, baseUrl: PROVIDERS[id].baseUrl }]),
    ),
  };
}

/** The form's useExternalId switch is a query parameter (`?useExternalId=true`), not a key field. */
const NOT_A_KEY = new Set(['external-id-switch']);

export function clientProviders(): ClientProviders {
  return {
    ids: [...CLIENT_PROVIDER_IDS],
    creatable: [...creatableProviderIds],
    secretFields: [...SECRET_KEY_FIELDS],
    forms: Object.fromEntries(
      providerRegistry.ids.map((id) => {
        const { ui } = providerRegistry.definition(id);
        const keyFields = ui.fields.filter((field) => !NOT_A_KEY.has(field.kind));
        const form: ClientForm = {
          fields: [...new Set(keyFields.map((field) => field.name))],
          secrets: [...new Set(keyFields.filter((f) => f.kind === 'secret' || f.kind === 'secret-multiline').map((f) => f.name))],
          baseUrl: ui.baseUrl === undefined ? 'none' : ui.baseUrl.required ? 'required' : 'optional',
        };
        return [id, form];
      }),
    ),
  };
}

/** "what: x, y only in A; z only in B", or nothing when both hold the same values. */
export function setDifference(what: string, aName: string, a: Iterable<string>, bName: string, b: Iterable<string>): string[] {
  const left = new Set(a);
  const right = new Set(b);
  const onlyLeft = [...left].filter((value) => !right.has(value)).sort();
  const onlyRight = [...right].filter((value) => !left.has(value)).sort();
  const problems: string[] = [];
  if (onlyLeft.length > 0) problems.push(`${what}: ${onlyLeft.join(', ')} only in ${aName}`);
  if (onlyRight.length > 0) problems.push(`${what}: ${onlyRight.join(', ')} only in ${bName}`);
  return problems;
}

/** Every way the client's provider lists disagree with the embedded API's. */
export function compareClientWithServer(client: ClientProviders, server: ServerProviders): string[] {
  const problems = [
    ...setDifference('provider ids', 'the client', client.ids, 'the server', server.ids),
    ...setDifference('creatable provider ids', 'the client', client.creatable, 'the server', server.creatable),
    ...setDifference('secret fields (all providers)', 'the client', client.secretFields, 'the server', server.secretFields),
  ];
  for (const [id, form] of Object.entries(client.forms)) {
    const spec = server.providers[id];
    if (spec === undefined) continue; // already reported as an id only in the client
    const unknown = form.fields.filter((field) => !Object.hasOwn(spec.fields, field));
    if (unknown.length > 0) problems.push(`${id}: the client's form shows ${unknown.join(', ')}, which the server does not accept`);
    // For the fields the form shows, secret in one place means secret in the other.
    const serverSecretsShown = spec.secrets.filter((field) => form.fields.includes(field));
    problems.push(...setDifference(`${id} secret fields shown in the form`, 'the client', form.secrets, 'the server', serverSecretsShown));
    const serverBaseUrl = spec.baseUrl === 'recommended' ? 'optional' : spec.baseUrl;
    if (form.baseUrl !== serverBaseUrl) problems.push(`${id}: base URL is ${form.baseUrl} in the client, ${spec.baseUrl} on the server`);
  }
  return problems;
}

/**
 * Secrets the server keeps beyond the document's writeOnly fields, and why. The document types `token` of these
 * Git hosts as a readable string; a token is as much a credential as the password beside it, so the embedded
 * API seals it and never returns it. Any other difference is a failure.
 */
export const SECRETS_BEYOND_DOCUMENT: Readonly<Record<string, readonly string[]>> = {
  github: ['token'],
  gitea: ['token'],
  codecommit: ['token'],
  azurerepos: ['token'],
};

/** The one id the document's keys mapping holds but its provider enum does not; no product offers it. */
export const MAPPING_ONLY_IDS: readonly string[] = ['local'];

/** Every way the embedded API's providers disagree with the document's enum and keys mapping. */
export function compareDocumentWithServer(document: DocumentProviders, server: ServerProviders): string[] {
  const mappingIds = Object.keys(document.variants);
  const problems = [
    ...setDifference('provider ids', 'the document enum', document.enumIds, 'the server', server.ids),
    ...setDifference(
      'keys mapping ids',
      'the document mapping',
      mappingIds,
      'the enum plus the known mapping-only ids',
      [...document.enumIds, ...MAPPING_ONLY_IDS],
    ),
  ];
  for (const id of server.ids) {
    const variant = document.variants[id];
    const spec = server.providers[id];
    if (variant === undefined || spec === undefined) {
      if (document.enumIds.includes(id)) problems.push(`${id}: no variant in the document's keys mapping`);
      continue;
    }
    problems.push(...setDifference(`${id} key fields`, 'the document', Object.keys(variant.fields), 'the server', Object.keys(spec.fields)));
    for (const [field, type] of Object.entries(variant.fields)) {
      const serverType = spec.fields[field];
      if (serverType !== undefined && serverType !== type) problems.push(`${id}.${field}: ${type} in the document, ${serverType} on the server`);
    }
    const expected = [...variant.writeOnly, ...(SECRETS_BEYOND_DOCUMENT[id] ?? [])];
    problems.push(...setDifference(`${id} secret fields`, 'the document (writeOnly + known extras)', expected, 'the server', spec.secrets));
  }
  return problems;
}

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads the provider enum and the keys mapping out of a parsed OpenAPI 3 document; throws on an unexpected shape. */
export function readDocumentProviders(document: unknown): DocumentProviders {
  const schemas = isNode(document) && isNode(document.components) && isNode(document.components.schemas) ? document.components.schemas : {};
  const schema = (name: string): Node => {
    const found = schemas[name];
    if (!isNode(found)) throw new Error(`The document has no schema ${name}`);
    return found;
  };
  const resolve = (node: Node): Node => (typeof node.$ref === 'string' ? schema(node.$ref.replace('#/components/schemas/', '')) : node);

  const credentials = schema('Credentials');
  const provider = isNode(credentials.properties) && isNode(credentials.properties.provider) ? credentials.properties.provider : {};
  if (!Array.isArray(provider.enum)) throw new Error('Credentials.provider has no enum');
  const enumIds = provider.enum.map(String);

  const discriminator = schema('SecurityKeys').discriminator;
  if (!isNode(discriminator) || !isNode(discriminator.mapping)) throw new Error('SecurityKeys has no discriminator mapping');
  const variants: DocumentProviders['variants'] = {};
  for (const [id, ref] of Object.entries(discriminator.mapping)) {
    const variant = resolve({ $ref: ref });
    const fields: Record<string, FieldType> = {};
    const writeOnly: string[] = [];
    for (const [field, raw] of Object.entries(isNode(variant.properties) ? variant.properties : {})) {
      if (field === 'discriminator' || !isNode(raw)) continue;
      const property = resolve(raw);
      fields[field] = fieldType(`${id}.${field}`, property);
      if (raw.writeOnly === true || property.writeOnly === true) writeOnly.push(field);
    }
    variants[id] = { fields, writeOnly };
  }
  return { enumIds, variants };
}

function fieldType(where: string, property: Node): FieldType {
  if (property.type === 'boolean') return 'boolean';
  if (property.type !== 'string') throw new Error(`${where}: unexpected type ${String(property.type)}`);
  if (!Array.isArray(property.enum)) return 'string';
  if ([...property.enum].sort().join() === 'keys,role') return 'aws-mode';
  throw new Error(`${where}: unexpected enum ${property.enum.join(', ')}`);
}
