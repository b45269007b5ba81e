import { randomUUID } from 'node:crypto';
import { badRequest } from './errors';
import { PROVIDERS, type FieldType, type ProviderId, type SecretKeys, type SentKeys, type StoredKeys, requireAll, type PublicKeys } from './providers';

/** What the API does with a provider's keys, by the rules of its row in PROVIDERS: normalise on write, probe on validate. */

const MAX_KEY_VALUE_CHARS = 64 * 1024;

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
  const spec = PROVIDERS[provider];
  if (!spec.creatable) throw badRequest(`${spec.label} credentials are managed by the platform and cannot be created or edited`);
  if (typeof keys !== 'object' || keys === null || Array.isArray(keys)) {
    throw badRequest('Field keys must be an object');
  }
  const fields = spec.fields;
  const sent: SentKeys = {};
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
  const secretNames = new Set<string>(spec.secrets);
  const publicKeys: PublicKeys = {};
  const secrets: SecretKeys = Object.fromEntries(
    Object.entries(options.stored?.secrets ?? {}).filter(([field]) => !superseded.has(field)),
  );
  for (const [field, value] of Object.entries(sent)) {
    if (secretNames.has(field)) secrets[field] = value as string;
    else publicKeys[field] = value;
  }
  const result = { publicKeys, secrets };
  requireAll(result, spec.required, spec.label);
  spec.check?.(result, sent);
  applyExternalId(provider, result, options);
  return result;
}

/** Fields of the alternatives the request did not choose, when it chose one. */
function supersededFields(provider: ProviderId, sent: SentKeys): Set<string> {
  const groups = PROVIDERS[provider].alternatives ?? [];
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

export interface ProbeInput extends StoredKeys {
  provider: ProviderId;
  baseUrl: string | null;
}

/** Runs the provider's offline probe on stored keys: null when they pass, else the reason they were rejected. */
export function probeCredentials(input: ProbeInput): string | null {
  const text = (field: string) => {
    const value = input.publicKeys[field] ?? input.secrets[field];
    return typeof value === 'string' ? value : undefined;
  };
  return PROVIDERS[input.provider].probe(text);
}
