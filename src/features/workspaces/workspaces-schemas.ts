import * as z from 'zod/mini';

// The workspaces answer. Imported lazily by workspaces-api.ts so zod stays out of the first download.

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

export const listWorkspacesResponseSchema = z.object({
  orgsAndWorkspaces: z.pipe(
    z.nullish(z.array(orgAndWorkspaceSchema)),
    z.transform((value: z.output<typeof orgAndWorkspaceSchema>[] | null | undefined) => value ?? []),
  ),
});

export type OrgAndWorkspace = z.output<typeof orgAndWorkspaceSchema>;
