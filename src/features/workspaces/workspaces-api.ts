import { z } from 'zod';
import { apiRequest } from '../../lib/api-client';

export const orgAndWorkspaceSchema = z.object({
  orgId: z.number(),
  orgName: z.string(),
  workspaceId: z.number().nullish(),
  workspaceName: z.string().nullish(),
  workspaceFullName: z.string().nullish(),
  roles: z.array(z.string()).nullish().transform((value) => value ?? []),
});

const listWorkspacesResponseSchema = z.object({
  orgsAndWorkspaces: z.array(orgAndWorkspaceSchema).nullish().transform((value) => value ?? []),
});

export type OrgAndWorkspace = z.output<typeof orgAndWorkspaceSchema>;

export async function listWorkspacesUser(userId: number, signal?: AbortSignal) {
  const response = await apiRequest(`/api/user/${String(userId)}/workspaces`, listWorkspacesResponseSchema, { signal });
  return response.orgsAndWorkspaces;
}
