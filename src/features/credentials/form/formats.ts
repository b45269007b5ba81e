/**
 * Format rules from the provider specification, as plain predicates so the zod schemas,
 * the UI hints and the tests share one definition of each rule.
 */

export const credentialNamePattern = /^[A-Za-z0-9_-]{1,100}$/;
export const baseUrlMaxLength = 200;

export const awsAccessKeyPattern = /^(AKIA|ASIA|AIDA)[A-Z0-9]{16,}$/;
export const awsSecretKeyMinLength = 40;
// Covers the commercial, aws-cn and aws-us-gov partitions.
export const awsRoleArnPattern = /^arn:aws[a-z-]*:iam::[0-9]{12}:role\/.+$/;

export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const wifProviderPattern =
  /^projects\/[0-9]+\/locations\/global\/workloadIdentityPools\/[^/\s]+\/providers\/[^/\s]+$/;
export const serviceAccountEmailPattern = /^[^@\s]+@[^@\s]+\.iam\.gserviceaccount\.com$/;

const hostLabel = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const registryHostPattern = new RegExp(`^${hostLabel}(?:\\.${hostLabel})*(?::[0-9]{1,5})?$`);

export type RegistryHostProblem = 'scheme' | 'path' | 'host' | null;

/** Wave matches the registry host exactly, so anything beyond host[:port] is a mistake. */
export function registryHostProblem(value: string): RegistryHostProblem {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return 'scheme';
  if (value.includes('/')) return 'path';
  if (!registryHostPattern.test(value)) return 'host';
  const port = value.split(':')[1];
  if (port !== undefined && Number(port) > 65535) return 'host';
  return null;
}

export type BaseUrlKind = 'https' | 'http' | 'invalid';

export function baseUrlKind(value: string): BaseUrlKind {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'invalid';
  }
  if (url.hostname === '' || /\s/.test(value)) return 'invalid';
  if (url.protocol === 'https:') return 'https';
  if (url.protocol === 'http:') return 'http';
  return 'invalid';
}

export type GoogleKeyProblem = 'json' | 'type' | 'fields' | null;

const googleKeyFields = ['project_id', 'private_key', 'client_email'] as const;

export function googleKeyProblem(text: string): GoogleKeyProblem {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'json';
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return 'json';
  const record = parsed as Record<string, unknown>;
  if (record.type !== 'service_account') return 'type';
  const complete = googleKeyFields.every((field) => {
    const value = record[field];
    return typeof value === 'string' && value.trim() !== '';
  });
  return complete ? null : 'fields';
}
