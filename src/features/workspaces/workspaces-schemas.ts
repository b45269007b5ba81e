import * as z from 'zod/mini';

// The workspaces answer. Imported lazily by workspaces-api.ts so zod stays out of the first download.
// Every field is optional in Seqera's document (and a real Seqera sends nulls): each row is read on its own,
// and one the switcher cannot use (no workspace id or name, no organisation name) is left out, not the list.

function optional<T extends z.ZodMiniType>(schema: T) {
  return z.catch(
    z.pipe(
      z.nullish(schema),
      z.transform((value: z.output<T> | null | undefined) => value ?? undefined),
    ),
    undefined,
  );
}

export const orgAndWorkspaceSchema = z.object({
  orgId: optional(z.number()),
  orgName: optional(z.string()),
  workspaceId: optional(z.number()),
  workspaceName: optional(z.string()),
  workspaceFullName: optional(z.string()),
  roles: z.pipe(
    optional(z.array(z.string())),
    z.transform((value: string[] | undefined) => value ?? []),
  ),
});

export const listWorkspacesResponseSchema = z.object({
  orgsAndWorkspaces: z.pipe(
    z.nullish(z.array(z.unknown())),
    z.transform((rows: unknown[] | null | undefined) =>
      (rows ?? []).flatMap((row) => {
        const parsed = z.safeParse(orgAndWorkspaceSchema, row);
        return parsed.success ? [parsed.data] : [];
      }),
    ),
  ),
});

export type OrgAndWorkspace = z.output<typeof orgAndWorkspaceSchema>;
