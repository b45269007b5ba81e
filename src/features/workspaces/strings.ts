export const workspaceStrings = {
  switcherLabel: 'Context',
  personal: 'Personal credentials',
  personalGroup: 'Personal',
  searchPlaceholder: 'Search workspaces',
  noOptions: 'No workspace matches',
  roleLabel: (role: string) => `Role: ${role}`,
  loadError: 'Your workspaces could not be loaded.',
  notFoundTitle: 'Workspace not found',
  notFoundBody: (org: string, workspace: string) =>
    `There is no workspace "${workspace}" in organisation "${org}" that you are a member of.`,
  backToPersonal: 'Go to your personal credentials',
} as const;

export const ROLE_LABELS = {
  owner: 'Owner',
  admin: 'Admin',
  maintain: 'Maintain',
  launch: 'Launch',
  connect: 'Connect',
  view: 'View',
} as const;
