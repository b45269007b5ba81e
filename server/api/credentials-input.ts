import { badRequest } from './errors';
import { PROVIDER_IDS, PROVIDERS, isProviderId, type ProviderId } from './providers';

export const NAME_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;
export const MAX_DESCRIPTION = 1000;
export const MAX_CATEGORY = 20;
export const MAX_BASE_URL = 200;

/** The client-settable part of a create/update request; read-only fields in the request are ignored. */
export interface CredentialInput {
  name: string;
  provider: ProviderId;
  description: string | null;
  baseUrl: string | null;
  category: string | null;
  keys: unknown;
}

export function checkName(name: unknown): string {
  if (typeof name !== 'string') throw badRequest('Field name must be a string');
  if (!NAME_PATTERN.test(name)) {
    throw badRequest('Field name must be 1 to 100 characters from A-Z, a-z, 0-9, hyphen and underscore');
  }
  return name;
}

export function parseCredentialsBody(body: unknown): CredentialInput {
  if (!isObject(body) || !isObject(body.credentials)) throw badRequest('Request body must be {"credentials": {...}}');
  const credentials = body.credentials;
  const provider = credentials.provider;
  if (typeof provider !== 'string' || !isProviderId(provider)) {
    throw badRequest(`Field provider must be one of ${PROVIDER_IDS.join(', ')}`);
  }
  const spec = PROVIDERS[provider];
  if (!spec.creatable) throw badRequest(`${spec.label} credentials are managed by the platform and cannot be created or edited`);
  const baseUrl = optionalText(credentials.baseUrl, 'baseUrl', MAX_BASE_URL);
  if (baseUrl !== null) checkHttpUrl(baseUrl);
  else if (spec.baseUrl === 'required') throw badRequest(`Field baseUrl is required for provider '${provider}'`);
  if (!('keys' in credentials)) throw badRequest('Field keys is required');
  return {
    name: checkName(credentials.name),
    provider,
    description: optionalText(credentials.description, 'description', MAX_DESCRIPTION),
    baseUrl,
    category: optionalText(credentials.category, 'category', MAX_CATEGORY),
    keys: credentials.keys,
  };
}

function optionalText(value: unknown, field: string, max: number): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') throw badRequest(`Field ${field} must be a string`);
  if (value.length > max) throw badRequest(`Field ${field} must be at most ${max} characters`);
  return value;
}

function checkHttpUrl(value: string) {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw badRequest('Field baseUrl must be an absolute http:// or https:// URL');
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.hostname === '') {
    throw badRequest('Field baseUrl must be an absolute http:// or https:// URL');
  }
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
