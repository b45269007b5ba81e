import { Hono } from 'hono';
import { forbidden } from './errors';
import { pathInt, queryInt, requestContext, type ApiEnv } from './http';
import { PLATFORMS } from './platforms';
import type { Store, UserRow, WorkspaceRole } from './store';

/** Permissions shown per role in the roles endpoint; only the credentials-related ones this API enforces. */
const PERMISSIONS: Record<WorkspaceRole, string[]> = {
  owner: ['credentials:read', 'credentials:write'],
  admin: ['credentials:read', 'credentials:write'],
  maintain: ['credentials:read'],
  launch: ['credentials:read'],
  connect: ['credentials:read'],
  view: ['credentials:read'],
};

function presentUser(user: UserRow) {
  return {
    id: user.id,
    userName: user.user_name,
    email: user.email,
    firstName: user.first_name,
    lastName: user.last_name,
    ...(user.organization === null ? {} : { organization: user.organization }),
    dateCreated: user.date_created,
    lastUpdated: user.date_created,
    deleted: false,
    termsOfUseConsent: true,
    marketingConsent: false,
    notification: false,
  };
}

/** The caller's own account: user info, memberships, roles, and the platform catalogue. */
export function accountRoutes(store: Store) {
  const app = new Hono<ApiEnv>();

  const requireSelf = (userId: number, caller: UserRow) => {
    if (userId !== caller.id) throw forbidden('Operation not allowed: you can only read your own memberships');
  };

  app.get('/user-info', (c) => c.json({ user: presentUser(c.get('user')), needConsent: false }));

  app.get('/user/:userId/workspaces', (c) => {
    const caller = c.get('user');
    requireSelf(pathInt(c, 'userId'), caller);
    const orgRows = store.orgMemberships(caller.id).map((org) => ({
      orgId: org.org_id,
      orgName: org.org_name,
      orgType: org.org_type,
      roles: [org.role],
    }));
    const workspaceRows = store.workspaceMemberships(caller.id).map((ws) => ({
      orgId: ws.org_id,
      orgName: ws.org_name,
      orgType: ws.org_type,
      workspaceId: ws.workspace_id,
      workspaceName: ws.workspace_name,
      workspaceFullName: ws.workspace_full_name,
      visibility: ws.visibility,
      roles: [ws.role],
    }));
    return c.json({ orgsAndWorkspaces: [...orgRows, ...workspaceRows] });
  });

  app.get('/orgs/:orgId/users/:userId/roles', (c) => {
    const caller = c.get('user');
    const orgId = pathInt(c, 'orgId');
    requireSelf(pathInt(c, 'userId'), caller);
    const membership = store.orgMemberships(caller.id).find((org) => org.org_id === orgId);
    if (membership === undefined) throw forbidden('Operation not allowed: you are not a member of this organization');
    const userWorkspaces = store
      .workspaceMemberships(caller.id)
      .filter((ws) => ws.org_id === orgId)
      .map((ws) => ({
        workspaceId: ws.workspace_id,
        workspaceName: ws.workspace_name,
        roles: [{ role: ws.role, roleSourceType: 'individual' }],
        permissions: PERMISSIONS[ws.role].map((permission) => ({ permission, roles: [ws.role] })),
      }));
    return c.json({
      user: {
        memberId: membership.member_id,
        userId: caller.id,
        userName: caller.user_name,
        email: caller.email,
        firstName: caller.first_name,
        lastName: caller.last_name,
        role: membership.role,
      },
      userWorkspaces,
    });
  });

  app.get('/platforms', (c) => {
    // The catalogue is the same everywhere; the parameters are still checked like Seqera's (400 / 403).
    queryInt(c, 'orgId');
    requestContext(c, store);
    return c.json({ platforms: PLATFORMS });
  });

  return app;
}
