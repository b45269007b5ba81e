import { randomUUID } from 'node:crypto';
import { badRequest } from './errors';

/** The 18 provider ids of Seqera's `Credentials.provider` enum. */
export const PROVIDER_IDS = [
  'aws',
  'azure',
  'azure_entra',
  'google',
  'github',
  'github_app',
  'gitlab',
  'bitbucket',
  'ssh',
  'k8s',
  'container-reg',
  'tw-agent',
  'codecommit',
  'gitea',
  'azurerepos',
  'seqeracompute',
  'azure-cloud',
  's3',
] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export const PROVIDER_LABELS: Record<ProviderId, string> = {
  aws: 'AWS',
  azure: 'Azure',
  azure_entra: 'Azure Entra',
  google: 'Google Cloud',
  github: 'GitHub',
  github_app: 'GitHub App',
  gitlab: 'GitLab',
  bitbucket: 'Bitbucket',
  ssh: 'SSH',
  k8s: 'Kubernetes',
  'container-reg': 'Container registry',
  'tw-agent': 'Tower Agent',
  codecommit: 'AWS CodeCommit',
  gitea: 'Gitea',
  azurerepos: 'Azure DevOps',
  seqeracompute: 'Seqera Compute',
  'azure-cloud': 'Azure Cloud',
  s3: 'S3-compatible storage',
};

export const isProviderId = (value: string): value is ProviderId => (PROVIDER_IDS as readonly string[]).includes(value);

/** Every field treated as secret: encrypted at rest, never returned. A superset of the document's writeOnly fields. */
export const SECRET_FIELDS: ReadonlySet<string> = new Set([
  'password',
  'token',
  'secretKey',
  'batchKey',
  'storageKey',
  'clientSecret',
  'privateKey',
  'passphrase',
  'webhookSecret',
  'data',
]);

type FieldType = 'string' | 'boolean' | 'aws-mode';
const S = 'string' as const;

/** Fields each provider's keys schema allows (the document's SecurityKeys mapping), with their JSON types. */
const FIELDS: Record<ProviderId, Record<string, FieldType>> = {
  aws: { accessKey: S, secretKey: S, assumeRoleArn: S, externalId: S, mode: 'aws-mode' },
  seqeracompute: { accessKey: S, secretKey: S, assumeRoleArn: S, externalId: S, mode: 'aws-mode' },
  azure: { batchName: S, storageName: S, batchKey: S, storageKey: S },
  azure_entra: { batchName: S, storageName: S, batchKey: S, storageKey: S, tenantId: S, clientId: S, clientSecret: S },
  'azure-cloud': {
    subscriptionId: S,
    batchName: S,
    storageName: S,
    batchKey: S,
    storageKey: S,
    tenantId: S,
    clientId: S,
    clientSecret: S,
  },
  google: { data: S, serviceAccountEmail: S, workloadIdentityProvider: S, tokenAudience: S },
  github: { username: S, password: S, token: S },
  github_app: { appId: S, clientId: S, privateKey: S, slug: S, clientSecret: S, webhookSecret: S },
  gitlab: { username: S, password: S, token: S },
  bitbucket: { username: S, password: S, token: S },
  gitea: { username: S, password: S, token: S },
  codecommit: { username: S, password: S, token: S },
  azurerepos: { username: S, password: S, token: S },
  'container-reg': { userName: S, password: S, registry: S },
  ssh: { privateKey: S, passphrase: S },
  k8s: { token: S, certificate: S, privateKey: S },
  'tw-agent': { connectionId: S, workDir: S, shared: 'boolean' },
  s3: { accessKey: S, secretKey: S, pathStyleAccessEnabled: 'boolean' },
};

/**
 * Mutually exclusive ways to authenticate. When a request sends a field of one alternative, stored secrets of the
 * others are dropped, so switching mode on update never leaves a stale secret behind.
 */
const ALTERNATIVES: Partial<Record<ProviderId, string[][]>> = {
  google: [['data'], ['serviceAccountEmail', 'workloadIdentityProvider', 'tokenAudience']],
  bitbucket: [['token'], ['password']],
  k8s: [['token'], ['certificate', 'privateKey']],
};

/** Providers whose base URL must be given. */
export const BASE_URL_REQUIRED: ReadonlySet<ProviderId> = new Set(['gitea', 's3']);

export const DEFAULT_REGISTRY = 'docker.io';
/** A host name (or IPv4) with an optional port: what Wave matches against image names. */
export const REGISTRY_HOST = /^(?=.{1,253}(?::\d{1,5})?$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(?::\d{1,5})?$/;
export const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

const MAX_KEY_VALUE_CHARS = 64 * 1024;

export type PublicKeys = Record<string, string | boolean>;
export type SecretKeys = Record<string, string>;
export interface StoredKeys {
  publicKeys: PublicKeys;
  secrets: SecretKeys;
}

export interface NormalizeOptions {
  /** The stored keys when updating; omitted secrets are kept from here. */
  stored?: StoredKeys;
  useExternalId: boolean;
}

/**
 * Turns the `keys` object of a create/update request into what is stored, or throws a 400 naming the field.
 * Rules: unknown fields are rejected; null or "" means "not sent" (on update: keep the stored secret);
 * non-secret fields are replaced by what is sent; `externalId` is server-managed and ignored when sent.
 */
export function normalizeKeys(provider: ProviderId, keys: unknown, options: NormalizeOptions): StoredKeys {
  if (typeof keys !== 'object' || keys === null || Array.isArray(keys)) {
    throw badRequest('Field keys must be an object');
  }
  const fields = FIELDS[provider];
  const sent: Record<string, string | boolean> = {};
  for (const [field, value] of Object.entries(keys as Record<string, unknown>)) {
    if (field === 'discriminator') {
      if (value !== provider) throw badRequest(`Field keys.discriminator must equal the provider '${provider}'`);
      continue;
    }
    // Own properties only: `fields.constructor`, `fields.toString`… would otherwise be found on Object.prototype.
    const type = Object.hasOwn(fields, field) ? fields[field] : undefined;
    if (type === undefined) throw badRequest(`Field keys.${field} is not accepted for provider '${provider}'`);
    if (value === null || value === '' || field === 'externalId') continue;
    sent[field] = checkType(field, type, value);
  }
  if (!Object.hasOwn(keys, 'discriminator')) throw badRequest(`Field keys.discriminator is required`);

  const superseded = supersededFields(provider, sent);
  const publicKeys: PublicKeys = {};
  const secrets: SecretKeys = Object.fromEntries(
    Object.entries(options.stored?.secrets ?? {}).filter(([field]) => !superseded.has(field)),
  );
  for (const [field, value] of Object.entries(sent)) {
    if (SECRET_FIELDS.has(field)) secrets[field] = value as string;
    else publicKeys[field] = value;
  }
  const result = { publicKeys, secrets };
  checkRequired(provider, result, sent);
  applyExternalId(provider, result, options);
  return result;
}

/** Fields of the alternatives the request did not choose, when it chose one. */
function supersededFields(provider: ProviderId, sent: Record<string, unknown>): Set<string> {
  const groups = ALTERNATIVES[provider] ?? [];
  const chosen = groups.filter((group) => group.some((field) => Object.hasOwn(sent, field)));
  if (chosen.length === 0) return new Set();
  return new Set(groups.filter((group) => !chosen.includes(group)).flat());
}

function checkType(field: string, type: FieldType, value: unknown): string | boolean {
  if (type === 'boolean') {
    if (typeof value !== 'boolean') throw badRequest(`Field keys.${field} must be a boolean`);
    return value;
  }
  if (typeof value !== 'string') throw badRequest(`Field keys.${field} must be a string`);
  if (value.length > MAX_KEY_VALUE_CHARS) throw badRequest(`Field keys.${field} is longer than ${MAX_KEY_VALUE_CHARS} characters`);
  if (type === 'aws-mode' && value !== 'keys' && value !== 'role') {
    throw badRequest(`Field keys.mode must be 'keys' or 'role'`);
  }
  return value;
}

const has = (keys: StoredKeys, field: string) => Object.hasOwn(keys.publicKeys, field) || Object.hasOwn(keys.secrets, field);

function requireAll(keys: StoredKeys, fields: string[], what: string) {
  const missing = fields.filter((field) => !has(keys, field));
  if (missing.length > 0) throw badRequest(`${what} requires ${missing.map((field) => `keys.${field}`).join(', ')}`);
}


function checkRequired(provider: ProviderId, keys: StoredKeys, sent: Record<string, unknown>) {
  switch (provider) {
    case 'aws': {
      const mode = (sent.mode as string | undefined) ?? inferAwsMode(sent);
      keys.publicKeys.mode = mode;
      if (mode === 'role') {
        if (Object.hasOwn(sent, 'accessKey') || Object.hasOwn(sent, 'secretKey')) {
          throw badRequest('AWS role mode does not accept keys.accessKey or keys.secretKey');
        }
        delete keys.secrets.secretKey;
        requireAll(keys, ['assumeRoleArn'], 'AWS role mode');
      } else {
        requireAll(keys, ['accessKey', 'secretKey'], 'AWS keys mode');
      }
      return;
    }
    case 'seqeracompute':
      throw badRequest('Seqera Compute credentials are managed by the platform and cannot be created or edited');
    case 'azure':
      return requireAll(keys, ['batchName', 'storageName', 'batchKey', 'storageKey'], 'Azure');
    case 'azure_entra':
      return requireAll(keys, ['batchName', 'storageName', 'tenantId', 'clientId', 'clientSecret'], 'Azure Entra');
    case 'azure-cloud':
      return requireAll(keys, ['subscriptionId', 'storageName', 'tenantId', 'clientId', 'clientSecret'], 'Azure Cloud');
    case 'google':
      if (has(keys, 'data')) {
        if (has(keys, 'serviceAccountEmail') || has(keys, 'workloadIdentityProvider')) {
          throw badRequest('Google credentials take either keys.data or Workload Identity Federation fields, not both');
        }
        return;
      }
      return requireAll(keys, ['serviceAccountEmail', 'workloadIdentityProvider'], 'Google Workload Identity Federation');
    case 'github':
    case 'codecommit':
    case 'azurerepos':
    case 'gitea':
      return requireAll(keys, ['username', 'password'], PROVIDER_LABELS[provider]);
    case 'github_app':
      return requireAll(keys, ['appId', 'clientId', 'privateKey'], 'GitHub App');
    case 'gitlab':
      return requireAll(keys, ['username', 'token'], 'GitLab');
    case 'bitbucket':
      requireAll(keys, ['username'], 'Bitbucket');
      if (has(keys, 'token') === has(keys, 'password')) {
        throw badRequest('Bitbucket requires exactly one of keys.token or keys.password');
      }
      return;
    case 'container-reg': {
      requireAll(keys, ['userName', 'password'], 'Container registry');
      const registry = keys.publicKeys.registry ?? DEFAULT_REGISTRY;
      if (typeof registry !== 'string' || !REGISTRY_HOST.test(registry)) {
        throw badRequest('Field keys.registry must be a host name with an optional port, without scheme or path');
      }
      keys.publicKeys.registry = registry;
      return;
    }
    case 'ssh':
      return requireAll(keys, ['privateKey'], 'SSH');
    case 'k8s':
      if (has(keys, 'token')) {
        if (has(keys, 'certificate') || has(keys, 'privateKey')) {
          throw badRequest('Kubernetes credentials take either keys.token or keys.certificate with keys.privateKey');
        }
        return;
      }
      return requireAll(keys, ['certificate', 'privateKey'], 'Kubernetes certificate mode');
    case 'tw-agent': {
      requireAll(keys, ['connectionId'], 'Tower Agent');
      const connectionId = keys.publicKeys.connectionId;
      if (typeof connectionId !== 'string' || !UUID.test(connectionId)) {
        throw badRequest('Field keys.connectionId must be a UUID');
      }
      return;
    }
    case 's3':
      return requireAll(keys, ['accessKey', 'secretKey'], 'S3-compatible storage');
    default:
      return assertNever(provider);
  }
}

/** Makes a switch over a union fail to compile when a member has no case (a new provider id, say). */
export function assertNever(value: never): never {
  throw new Error(`Unhandled value: ${String(value)}`);
}

const inferAwsMode = (sent: Record<string, unknown>) =>
  Object.hasOwn(sent, 'accessKey') || Object.hasOwn(sent, 'secretKey') || !Object.hasOwn(sent, 'assumeRoleArn') ? 'keys' : 'role';

/** Generated once; kept on update while a role ARN remains; never taken from the client. */
function applyExternalId(provider: ProviderId, keys: StoredKeys, options: NormalizeOptions) {
  const storedId = options.stored?.publicKeys.externalId;
  const hasRole = typeof keys.publicKeys.assumeRoleArn === 'string';
  if (options.useExternalId && (provider !== 'aws' || !hasRole)) {
    throw badRequest('useExternalId=true requires AWS credentials with keys.assumeRoleArn');
  }
  if (!hasRole) return;
  if (typeof storedId === 'string') keys.publicKeys.externalId = storedId;
  else if (options.useExternalId) keys.publicKeys.externalId = randomUUID();
}
