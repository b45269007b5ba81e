import type { OrgAndWorkspace } from './workspaces-api';

export const ROLES = ['owner', 'admin', 'maintain', 'launch', 'connect', 'view'] as const;
export type WorkspaceRole = (typeof ROLES)[number];

export const PERSONAL_PATH = '/user/credentials';

/** Where credentials live: the user's own context or one workspace, with the user's role there. */
export type CredentialsContext =
  | { kind: 'personal'; workspaceId: undefined; role: WorkspaceRole; path: string }
  | {
      kind: 'workspace';
      workspaceId: number;
      orgName: string;
      workspaceName: string;
      fullName: string;
      role: WorkspaceRole;
      path: string;
    };

export const personalContext: CredentialsContext = {
  kind: 'personal',
  workspaceId: undefined,
  // Personal credentials belong to the user, who therefore owns them.
  role: 'owner',
  path: PERSONAL_PATH,
};

export function workspacePath(orgName: string, workspaceName: string): string {
  return `/orgs/${encodeURIComponent(orgName)}/workspaces/${encodeURIComponent(workspaceName)}/credentials`;
}

/** The strongest role the user holds; an unrecognised or empty role list counts as read-only. */
export function effectiveRole(roles: readonly string[]): WorkspaceRole {
  return ROLES.find((role) => roles.includes(role)) ?? 'view';
}

/** Only owners and admins may create, edit, validate and delete credentials. */
export function canWrite(context: Pick<CredentialsContext, 'role'>): boolean {
  return context.role === 'owner' || context.role === 'admin';
}

export function workspaceContexts(rows: readonly OrgAndWorkspace[]): Extract<CredentialsContext, { kind: 'workspace' }>[] {
  return rows.flatMap((row) => {
    // Organisation rows have no workspace id; a workspace is addressed by organisation and workspace name,
    // so a row without either cannot be opened and is left out of the switcher.
    const { workspaceId, orgName, workspaceName } = row;
    if (workspaceId === undefined || !workspaceName || !orgName) return [];
    return [
      {
        kind: 'workspace' as const,
        workspaceId,
        orgName,
        workspaceName,
        fullName: row.workspaceFullName || workspaceName,
        role: effectiveRole(row.roles),
        path: workspacePath(orgName, workspaceName),
      },
    ];
  });
}

/** Resolves route parameters against the user's workspaces; undefined means no such workspace for this user. */
export function resolveContext(
  params: { orgName?: string | undefined; workspaceName?: string | undefined },
  rows: readonly OrgAndWorkspace[],
): CredentialsContext | undefined {
  if (params.orgName === undefined || params.workspaceName === undefined) return personalContext;
  return workspaceContexts(rows).find(
    (context) => context.orgName === params.orgName && context.workspaceName === params.workspaceName,
  );
}
