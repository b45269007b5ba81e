import type { Credentials } from '../api/credentials-schemas';
import { isProviderId, providerListing } from './provider-catalog';

export { DEFAULT_REGISTRY } from './provider-catalog';

/**
 * The one non-secret value that tells two credentials of the same provider apart, shown in
 * the list and searched. Undefined when the provider has no such value (SSH keys, for instance).
 * Each provider's rule is its `detail` in provider-catalog.ts.
 */
export function identifyingDetail(credentials: Pick<Credentials, 'provider' | 'keys' | 'baseUrl'>): string | undefined {
  const { provider, keys, baseUrl } = credentials;
  const base = baseUrl?.trim() === '' ? undefined : baseUrl;
  if (!isProviderId(provider)) return base;
  return providerListing(provider).detail({ keys, baseUrl: base ?? undefined });
}
