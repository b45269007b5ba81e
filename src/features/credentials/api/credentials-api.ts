import { apiRequest } from '../../../lib/api-client';
import {
  describeCredentialsResponseSchema,
  listCredentialsResponseSchema,
  listPlatformsResponseSchema,
} from './credentials-schemas';

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
  const response = await apiRequest(
    `/api/credentials${query({ workspaceId, platformId })}`,
    listCredentialsResponseSchema,
    { signal },
  );
  return response.credentials.filter((credentials) => credentials.deleted !== true);
}

export function describeCredentials(credentialsId: string, { workspaceId }: CredentialsScope, signal?: AbortSignal) {
  return apiRequest(
    `/api/credentials/${encodeURIComponent(credentialsId)}${query({ workspaceId })}`,
    describeCredentialsResponseSchema,
    { signal },
  );
}

export async function listPlatforms({ workspaceId }: CredentialsScope, signal?: AbortSignal) {
  const response = await apiRequest(`/api/platforms${query({ workspaceId })}`, listPlatformsResponseSchema, { signal });
  return response.platforms;
}
