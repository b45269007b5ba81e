import * as z from 'zod/mini';
import { apiRequest, apiSend } from '../../../lib/api-client';
import type { CredentialsRequest } from './mappers';

// The form's requests (create, update, the name check), named after the API's operationIds like
// the reads in ../api/credentials-api.ts.

function query(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== false) search.set(key, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

// The document makes `credentialsId` optional. A 2xx means the credential was created, whatever the body
// holds: nothing in it may turn a success into an error (a retry would then hit 409, name taken).
export const createCredentialsResponseSchema = z.catch(
  z.object({ credentialsId: z.catch(z.optional(z.string()), undefined) }),
  { credentialsId: undefined },
);

interface WriteScope {
  workspaceId: number | undefined;
  useExternalId: boolean;
}

export async function createCredentials(body: CredentialsRequest, { workspaceId, useExternalId }: WriteScope) {
  const response = await apiRequest(
    `/api/credentials${query({ workspaceId, useExternalId })}`,
    createCredentialsResponseSchema,
    { method: 'POST', body },
  );
  return response.credentialsId === '' ? undefined : response.credentialsId;
}

export async function updateCredentials(id: string, body: CredentialsRequest, { workspaceId, useExternalId }: WriteScope) {
  await apiSend(`/api/credentials/${encodeURIComponent(id)}${query({ workspaceId, useExternalId })}`, {
    method: 'PUT',
    body,
  });
  return id;
}

/** Resolves when the name is free; rejects with ApiError 409 (taken) or 400 (invalid). */
export function validateCredentialsName(name: string, workspaceId: number | undefined, signal: AbortSignal) {
  return apiSend(`/api/credentials/validate${query({ workspaceId, name })}`, { signal });
}
