import { describe, expect, it } from 'vitest';
import { canWrite, effectiveRole, personalContext, resolveContext, workspacePath } from './credentials-context';
import type { OrgAndWorkspace } from './workspaces-api';

const rows: OrgAndWorkspace[] = [
  { orgId: 1, orgName: 'genomics-lab', workspaceId: undefined, workspaceName: undefined, workspaceFullName: undefined, roles: ['owner'] },
  { orgId: 1, orgName: 'genomics-lab', workspaceId: 201, workspaceName: 'production', workspaceFullName: 'Production', roles: ['view'] },
  { orgId: 1, orgName: 'genomics-lab', workspaceId: 202, workspaceName: 'research', workspaceFullName: 'Research', roles: ['launch', 'admin'] },
];

describe('resolveContext', () => {
  it('resolves the personal context without any workspace', () => {
    expect(resolveContext({}, [])).toBe(personalContext);
    expect(canWrite(personalContext)).toBe(true);
  });

  it("resolves a workspace by organisation and workspace name with the user's role there", () => {
    const production = resolveContext({ orgName: 'genomics-lab', workspaceName: 'production' }, rows);
    expect(production).toMatchObject({ kind: 'workspace', workspaceId: 201, role: 'view' });
    expect(production && canWrite(production)).toBe(false);
    const research = resolveContext({ orgName: 'genomics-lab', workspaceName: 'research' }, rows);
    expect(research && canWrite(research)).toBe(true);
  });

  it('does not resolve organisation rows or workspaces the user is not in', () => {
    expect(resolveContext({ orgName: 'genomics-lab', workspaceName: 'nope' }, rows)).toBeUndefined();
    expect(resolveContext({ orgName: 'other-lab', workspaceName: 'production' }, rows)).toBeUndefined();
  });
});

describe('effectiveRole', () => {
  it('takes the strongest role and treats unknown roles as read-only', () => {
    expect(effectiveRole(['launch', 'admin'])).toBe('admin');
    expect(effectiveRole(['maintain'])).toBe('maintain');
    expect(effectiveRole(['member'])).toBe('view');
    expect(effectiveRole([])).toBe('view');
  });

  it.each(['maintain', 'launch', 'connect', 'view'] as const)('%s cannot write', (role) => {
    expect(canWrite({ role })).toBe(false);
  });
});

it('encodes names in workspace paths', () => {
  expect(workspacePath('my lab', 'a/b')).toBe('/orgs/my%20lab/workspaces/a%2Fb/credentials');
});
