import { ApiError, SCHEMA_ERROR_STATUS, apiRequest, searchQuery } from '../../../lib/api-client';

// Requested as soon as this module runs, beside the first API calls, and awaited only to parse an
// answer (apiRequest takes the schema as a promise): zod is then no part of the list's first download,
// and no request waits for it. A failed download is retried on the next call.
let schemas = import('./credentials-schemas');
const loadSchemas = () => (schemas = schemas.catch(() => import('./credentials-schemas')));

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
  const module = loadSchemas();
  const response = await apiRequest(
    `/api/credentials${searchQuery({ workspaceId, platformId })}`,
    module.then((loaded) => loaded.listCredentialsResponseSchema),
    { signal },
  );
  return (await module).readCredentialsList(response.credentials);
}

export async function describeCredentials(credentialsId: string, { workspaceId }: CredentialsScope, signal?: AbortSignal) {
  const module = loadSchemas();
  const answer = await apiRequest(
    `/api/credentials/${encodeURIComponent(credentialsId)}${searchQuery({ workspaceId })}`,
    module.then((loaded) => loaded.describeCredentialsResponseSchema),
    { signal },
  );
  const described = (await module).readDescribeAnswer(answer, credentialsId);
  // Every view of one credential (details, edit, validate, delete) shows this as its not-available state.
  if (described === undefined) throw new ApiError(SCHEMA_ERROR_STATUS, CREDENTIALS_NOT_IN_ANSWER);
  return described;
}

export async function listPlatforms({ workspaceId }: CredentialsScope, signal?: AbortSignal) {
  const module = loadSchemas();
  const response = await apiRequest(
    `/api/platforms${searchQuery({ workspaceId })}`,
    module.then((loaded) => loaded.listPlatformsResponseSchema),
    { signal },
  );
  return (await module).readPlatforms(response.platforms);
}
