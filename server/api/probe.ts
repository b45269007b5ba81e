import { X509Certificate, createPrivateKey } from 'node:crypto';

/**
 * Offline stand-ins for each provider's round trip: they check what can be checked without the network and
 * answer null when the keys pass, or the provider-style reason they were rejected. Messages name the field at
 * fault and never repeat a secret value. PROVIDERS (providers.ts) says which check each provider uses.
 */

export const MAX_MESSAGE = 4096;
const TRUNCATED = ' (truncated)';

/** The document's rule for `message`: at most 4096 characters, ending in " (truncated)" when cut. */
export function truncateMessage(message: string): string {
  return message.length <= MAX_MESSAGE ? message : message.slice(0, MAX_MESSAGE - TRUNCATED.length) + TRUNCATED;
}

/** A host name (or IPv4) with an optional port: what Wave matches against image names. */
export const REGISTRY_HOST = /^(?=.{1,253}(?::\d{1,5})?$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(?::\d{1,5})?$/;
export const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const AWS_ACCESS_KEY = /^(AKIA|ASIA|AIDA)[A-Z0-9]{16,}$/;
const AWS_ROLE_ARN = /^arn:aws[a-z-]*:iam::[0-9]{12}:role\/.+$/;
const AZURE_ACCOUNT = /^[a-z0-9]{3,24}$/;
const WIF_PROVIDER = /^projects\/[0-9]+\/locations\/global\/workloadIdentityPools\/[^/]+\/providers\/[^/]+$/;
const OPENSSH_BLOCK = /^-----BEGIN OPENSSH PRIVATE KEY-----\s+([A-Za-z0-9+/=\s]+?)\s*-----END OPENSSH PRIVATE KEY-----\s*$/;

/** A stored key field's text (public or secret), or undefined. */
export type TextOf = (field: string) => string | undefined;

/** Tokens and passwords for Git hosts and S3 endpoints can only be checked by the server itself. */
export const noProbe = (): null => null;

export function probeAws(text: TextOf): string | null {
  const accessKey = text('accessKey');
  const secretKey = text('secretKey');
  const roleArn = text('assumeRoleArn');
  if (accessKey !== undefined && !AWS_ACCESS_KEY.test(accessKey)) {
    return 'AWS rejected the credentials: the access key ID is not valid (expected AKIA, ASIA or AIDA followed by at least 16 upper-case letters or digits).';
  }
  if (secretKey !== undefined && secretKey.length < 40) {
    return 'AWS rejected the credentials: the secret access key is too short (at least 40 characters expected).';
  }
  if (roleArn !== undefined && !AWS_ROLE_ARN.test(roleArn)) {
    return 'AWS could not assume the role: the IAM role ARN is not valid (expected arn:aws:iam::<12-digit account>:role/<name>).';
  }
  return null;
}

export function probeRegistry(text: TextOf): string | null {
  const registry = text('registry') ?? 'docker.io';
  return REGISTRY_HOST.test(registry)
    ? null
    : 'The container registry host is not valid (expected a host name with an optional port, without scheme or path).';
}

export const probeAgent = (text: TextOf): string | null =>
  UUID.test(text('connectionId') ?? '') ? null : 'The Tower Agent connection ID is not a UUID.';

export function probeAzure(text: TextOf): string | null {
  for (const field of ['batchName', 'storageName'] as const) {
    const value = text(field);
    if (value !== undefined && !AZURE_ACCOUNT.test(value)) {
      return `Azure rejected the credentials: ${field} must be 3 to 24 lower-case letters or digits.`;
    }
  }
  for (const field of ['tenantId', 'clientId', 'subscriptionId'] as const) {
    const value = text(field);
    if (value !== undefined && !UUID.test(value)) return `Azure rejected the credentials: ${field} is not a UUID.`;
  }
  for (const field of ['batchKey', 'storageKey'] as const) {
    const value = text(field);
    if (value !== undefined && !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) {
      return `Azure rejected the credentials: ${field} is not a base64 account key.`;
    }
  }
  return null;
}

export function probeGoogle(text: TextOf): string | null {
  const data = text('data');
  if (data === undefined) {
    if (!WIF_PROVIDER.test(text('workloadIdentityProvider') ?? '')) {
      return 'Google rejected the credentials: the workload identity provider must look like projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>.';
    }
    if (!(text('serviceAccountEmail') ?? '').endsWith('.iam.gserviceaccount.com')) {
      return 'Google rejected the credentials: the service account e-mail must end in .iam.gserviceaccount.com.';
    }
    return null;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return 'Google rejected the credentials: the service account key is not valid JSON.';
  }
  const key = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  if (key.type !== 'service_account') return 'Google rejected the credentials: the key file is not a service account key (type must be "service_account").';
  const missing = ['project_id', 'private_key', 'client_email'].filter((field) => typeof key[field] !== 'string');
  if (missing.length > 0) return `Google rejected the credentials: the service account key lacks ${missing.join(', ')}.`;
  return privateKeyProblem(key.private_key as string, undefined, 'Google service account private key');
}

export function probeK8s(text: TextOf): string | null {
  if (text('token') !== undefined) return null;
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(text('certificate') ?? '');
  } catch {
    return 'Kubernetes rejected the credentials: the client certificate is not a valid PEM certificate.';
  }
  const keyProblem = privateKeyProblem(text('privateKey'), undefined, 'Kubernetes client key');
  if (keyProblem !== null) return keyProblem;
  return certificate.checkPrivateKey(createPrivateKey(text('privateKey') ?? ''))
    ? null
    : 'Kubernetes rejected the credentials: the client key does not match the certificate.';
}

export function privateKeyProblem(pem: string | undefined, passphrase: string | undefined, label: string): string | null {
  if (pem === undefined) return `The ${label} is missing.`;
  const openSsh = OPENSSH_BLOCK.exec(pem.trim());
  if (openSsh) {
    const body = Buffer.from((openSsh[1] ?? '').replace(/\s+/g, ''), 'base64');
    return body.subarray(0, 15).toString('latin1') === 'openssh-key-v1\0' ? null : `The ${label} is not a valid OpenSSH key.`;
  }
  try {
    createPrivateKey({ key: pem, format: 'pem', ...(passphrase === undefined ? {} : { passphrase }) });
    return null;
  } catch {
    return `The ${label} could not be read: expected a PEM or OpenSSH private key${passphrase === undefined ? '' : ' matching the passphrase'}.`;
  }
}
