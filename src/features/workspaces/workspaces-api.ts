import { apiRequest } from '../../lib/api-client';
import { workspaceStrings } from './strings';

export type { OrgAndWorkspace } from './workspaces-schemas';

// Requested as soon as this module runs, beside the first API calls, and awaited only to parse an
// answer (apiRequest takes the schema as a promise): zod is then no part of the list's first download,
// and no request waits for it. A failed download is retried on the next call.
let schemas = import('./workspaces-schemas');
const loadSchemas = () => (schemas = schemas.catch(() => import('./workspaces-schemas')));

export async function listWorkspacesUser(userId: number, signal?: AbortSignal) {
  const schema = loadSchemas().then((module) => module.listWorkspacesResponseSchema);
  const response = await apiRequest(`/api/user/${String(userId)}/workspaces`, schema, { signal });
  return response.orgsAndWorkspaces;
}

/** Seqera's /user-info named no user id, and the workspaces are listed per user id. */
export class NoUserIdError extends Error {
  constructor() {
    super(workspaceStrings.noUserId);
    this.name = 'NoUserIdError';
  }
}
