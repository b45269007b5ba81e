import { ApiError, SCHEMA_ERROR_STATUS, apiRequest, searchQuery } from '../../../lib/api-client';

// Requested as soon as this module runs, beside the first API calls, and awaited only to parse an
// answer: zod is then no part of the list's first download. A failed download is retried on the next call.
type Schemas = typeof import('./credentials-schemas');
let loaded: Schemas | undefined;
let schemas = import('./credentials-schemas').then((module) => (loaded = module));
// Once loaded, a request no longer waits on the module loader, so requests leave in the order they are made.
const loadSchemas = async () => loaded ?? (schemas = schemas.catch(() => import('./credentials-schemas').then((module) => (loaded = module))));

export interface CredentialsScope {
  /** Undefined for the user's personal context. */
  workspaceId: number | undefined;
}

/** The message of a describe answer without credentials (api is the feature's bottom: it keeps its own text). */
export const CREDENTIALS_NOT_IN_ANSWER =
  'Seqera answered without these credentials, so they cannot be shown or changed here. They may have been deleted meanwhile: go back to the list and reload it.';

export async function listCredentials(
  { workspaceId, platformId }: CredentialsScope & { platformId: string | undefined },
  signal?: AbortSignal,
) {
  const { listCredentialsResponseSchema, readCredentialsList } = await loadSchemas();
  const response = await apiRequest(
    `/api/credentials${searchQuery({ workspaceId, platformId })}`,
    listCredentialsResponseSchema,
    { signal },
  );
  return readCredentialsList(response.credentials);
}

export async function describeCredentials(credentialsId: string, { workspaceId }: CredentialsScope, signal?: AbortSignal) {
  const { describeCredentialsResponseSchema, readDescribeAnswer } = await loadSchemas();
  const answer = await apiRequest(
    `/api/credentials/${encodeURIComponent(credentialsId)}${searchQuery({ workspaceId })}`,
    describeCredentialsResponseSchema,
    { signal },
  );
  const described = readDescribeAnswer(answer, credentialsId);
  // Every view of one credential (details, edit, validate, delete) shows this as its not-available state.
  if (described === undefined) throw new ApiError(SCHEMA_ERROR_STATUS, CREDENTIALS_NOT_IN_ANSWER);
  return described;
}

export async function listPlatforms({ workspaceId }: CredentialsScope, signal?: AbortSignal) {
  const { listPlatformsResponseSchema, readPlatforms } = await loadSchemas();
  const response = await apiRequest(`/api/platforms${searchQuery({ workspaceId })}`, listPlatformsResponseSchema, { signal });
  return readPlatforms(response.platforms);
}
