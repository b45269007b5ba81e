import { formValuesFor, keysFor, usesExternalId } from './provider-registry';
import type { CredentialFormValues } from './form-schema';
import { isCreatableProviderId } from './provider-ids';
import type { CredentialsRequest } from '../api/credentials-write-api';

/** The parts of an API credential the edit form reads (matches list and describe answers). */
export interface StoredCredentials {
  id?: string;
  name: string;
  provider: string;
  description?: string | null | undefined;
  baseUrl?: string | null | undefined;
  keys?: Record<string, unknown> | null | undefined;
}

export interface MappedRequest {
  body: CredentialsRequest;
  /** Sent as `?useExternalId=true`: asks the server for an External ID (AWS role ARN). */
  useExternalId: boolean;
}

/** Builds the create (no id) or update (with id) request for validated form values. */
export function toCredentialsRequest(values: CredentialFormValues, id?: string): MappedRequest {
  const baseUrl = 'baseUrl' in values && values.baseUrl !== '' ? values.baseUrl : undefined;
  const description = values.description.trim();
  return {
    body: {
      credentials: {
        ...(id === undefined ? {} : { id }),
        name: values.name,
        provider: values.provider,
        // An update always carries the description so that clearing it sticks.
        ...(description === '' && id === undefined ? {} : { description }),
        ...(baseUrl === undefined ? {} : { baseUrl }),
        keys: { discriminator: values.provider, ...keysFor(values) },
      },
    },
    useExternalId: usesExternalId(values),
  };
}

/** Edit-form values for a stored credential, or null when this form cannot edit its provider. */
export function toFormValues(credentials: StoredCredentials): CredentialFormValues | null {
  if (!isCreatableProviderId(credentials.provider)) return null;
  return formValuesFor(
    credentials.provider,
    {
      name: credentials.name,
      description: credentials.description ?? '',
      baseUrl: credentials.baseUrl ?? '',
    },
    presentKeys(credentials.keys),
  );
}

/**
 * The key fields that hold a value. Real Seqera answers carry `null` for unset fields (a legacy AWS credential:
 * `{mode: null, accessKey: null, assumeRoleArn: "arn:…"}`); every provider's mapper must read those as absent.
 */
function presentKeys(keys: Record<string, unknown> | null | undefined): Record<string, unknown> {
  return Object.fromEntries(Object.entries(keys ?? {}).filter(([, value]) => value !== null && value !== undefined));
}

/** The mode the credential was stored with, so an edit knows when a mode switch needs new secrets. */
export function modeOf(values: CredentialFormValues): string | undefined {
  return 'mode' in values.keys ? values.keys.mode : undefined;
}
