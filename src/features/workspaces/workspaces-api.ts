import { apiRequest } from '../../lib/api-client';
import { workspaceStrings } from './strings';

export type { OrgAndWorkspace } from './workspaces-schemas';

// Requested as soon as this module runs, beside the first API calls, and awaited only to parse an
// answer: zod is then no part of the list's first download. A failed download is retried on the next call.
let schemas = import('./workspaces-schemas');
const loadSchemas = () => (schemas = schemas.catch(() => import('./workspaces-schemas')));

export async function listWorkspacesUser(userId: number, signal?: AbortSignal) {
  const { listWorkspacesResponseSchema } = await loadSchemas();
  const response = await apiRequest(`/api/user/${String(userId)}/workspaces`, listWorkspacesResponseSchema, { signal });
  return response.orgsAndWorkspaces;
}

/** Seqera's /user-info named no user id, and the workspaces are listed per user id. */
export class NoUserIdError extends Error {
  constructor() {
    super(workspaceStrings.noUserId);
    this.name = 'NoUserIdError';
  }
}
