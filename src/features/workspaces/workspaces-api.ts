import * as z from 'zod/mini';
import { apiRequest } from '../../lib/api-client';

export const orgAndWorkspaceSchema = z.object({
  orgId: z.number(),
  orgName: z.string(),
  workspaceId: z.nullish(z.number()),
  workspaceName: z.nullish(z.string()),
  workspaceFullName: z.nullish(z.string()),
  roles: z.pipe(
    z.nullish(z.array(z.string())),
    z.transform((value: string[] | null | undefined) => value ?? []),
  ),
});

const listWorkspacesResponseSchema = z.object({
  orgsAndWorkspaces: z.pipe(
    z.nullish(z.array(orgAndWorkspaceSchema)),
    z.transform((value: z.output<typeof orgAndWorkspaceSchema>[] | null | undefined) => value ?? []),
  ),
});

export type OrgAndWorkspace = z.output<typeof orgAndWorkspaceSchema>;

export async function listWorkspacesUser(userId: number, signal?: AbortSignal) {
  const response = await apiRequest(`/api/user/${String(userId)}/workspaces`, listWorkspacesResponseSchema, { signal });
  return response.orgsAndWorkspaces;
}
