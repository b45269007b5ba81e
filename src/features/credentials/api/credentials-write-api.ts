import * as z from 'zod/mini';
import { apiRequest, apiSend, searchQuery } from '../../../lib/api-client';

// The form's requests (create, update, the name check), named after the API's operationIds like
// the reads in credentials-api.ts.

/** The body of a create (no id) or an update (with id), as the API takes it. */
export interface CredentialsRequest {
  credentials: {
    id?: string;
    name: string;
    provider: string;
    description?: string;
    baseUrl?: string;
    keys: Record<string, unknown>;
  };
}

// The document makes `credentialsId` optional. A 2xx means the credential was created, whatever the body
// holds: nothing in it may turn a success into an error (a retry would then hit 409, name taken).
export const createCredentialsResponseSchema = z.catch(
  z.object({ credentialsId: z.catch(z.optional(z.string()), undefined) }),
  { credentialsId: undefined },
);

interface WriteScope {
  workspaceId: number | undefined;
  /** Sent only when true, as `?useExternalId=true`. */
  useExternalId: boolean;
}

export async function createCredentials(body: CredentialsRequest, { workspaceId, useExternalId }: WriteScope) {
  const response = await apiRequest(
    `/api/credentials${searchQuery({ workspaceId, useExternalId: useExternalId || undefined })}`,
    createCredentialsResponseSchema,
    { method: 'POST', body },
  );
  return response.credentialsId === '' ? undefined : response.credentialsId;
}

export async function updateCredentials(id: string, body: CredentialsRequest, { workspaceId, useExternalId }: WriteScope) {
  await apiSend(`/api/credentials/${encodeURIComponent(id)}${searchQuery({ workspaceId, useExternalId: useExternalId || undefined })}`, {
    method: 'PUT',
    body,
  });
  return id;
}

/** Resolves when the name is free; rejects with ApiError 409 (taken) or 400 (invalid). */
export function validateCredentialsName(name: string, workspaceId: number | undefined, signal: AbortSignal) {
  return apiSend(`/api/credentials/validate${searchQuery({ workspaceId, name })}`, { signal });
}
