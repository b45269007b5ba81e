import { apiRequest } from '../../../lib/api-client';

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

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

export async function listCredentials(
  { workspaceId, platformId }: CredentialsScope & { platformId: string | undefined },
  signal?: AbortSignal,
) {
  const { listCredentialsResponseSchema } = await loadSchemas();
  const response = await apiRequest(
    `/api/credentials${query({ workspaceId, platformId })}`,
    listCredentialsResponseSchema,
    { signal },
  );
  return response.credentials.filter((credentials) => credentials.deleted !== true);
}

export async function describeCredentials(credentialsId: string, { workspaceId }: CredentialsScope, signal?: AbortSignal) {
  const { describeCredentialsResponseSchema } = await loadSchemas();
  return apiRequest(
    `/api/credentials/${encodeURIComponent(credentialsId)}${query({ workspaceId })}`,
    describeCredentialsResponseSchema,
    { signal },
  );
}

export async function listPlatforms({ workspaceId }: CredentialsScope, signal?: AbortSignal) {
  const { listPlatformsResponseSchema } = await loadSchemas();
  const response = await apiRequest(`/api/platforms${query({ workspaceId })}`, listPlatformsResponseSchema, { signal });
  return response.platforms;
}
