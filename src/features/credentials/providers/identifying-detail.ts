import { assertNever } from '../../../lib/assert-never';
import type { Credentials } from '../api/credentials-schemas';
import { isProviderId } from './provider-catalog';

/** The registry host Seqera and Wave assume when a container-registry credential names none. */
export const DEFAULT_REGISTRY = 'docker.io';

type Keys = Credentials['keys'];

function text(keys: Keys, field: string): string | undefined {
  const value = keys?.[field];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function joined(...parts: (string | undefined)[]): string | undefined {
  const present = parts.filter((part) => part !== undefined);
  return present.length > 0 ? present.join(' / ') : undefined;
}

/**
 * The one non-secret value that tells two credentials of the same provider apart, shown in
 * the list and searched. Undefined when the provider has no such value (SSH keys, for instance).
 */
export function identifyingDetail(credentials: Pick<Credentials, 'provider' | 'keys' | 'baseUrl'>): string | undefined {
  const { provider, keys, baseUrl } = credentials;
  const base = baseUrl?.trim() === '' ? undefined : baseUrl;
  if (!isProviderId(provider)) return base;
  switch (provider) {
    case 'aws':
    case 'seqeracompute':
      return text(keys, 'assumeRoleArn') ?? text(keys, 'accessKey');
    case 'azure':
    case 'azure_entra':
    case 'azure-cloud':
      return joined(text(keys, 'batchName'), text(keys, 'storageName'));
    case 'google':
      return text(keys, 'serviceAccountEmail') ?? text(keys, 'workloadIdentityProvider');
    case 'github':
    case 'gitlab':
    case 'bitbucket':
    case 'gitea':
    case 'codecommit':
    case 'azurerepos':
      return base ?? text(keys, 'username');
    case 'github_app':
      return text(keys, 'slug') ?? text(keys, 'appId');
    case 'container-reg':
      return text(keys, 'registry') ?? DEFAULT_REGISTRY;
    case 'tw-agent':
      return text(keys, 'connectionId');
    case 's3':
      return base ?? text(keys, 'accessKey');
    case 'ssh':
    case 'k8s':
      return undefined;
    default:
      return assertNever(provider);
  }
}
