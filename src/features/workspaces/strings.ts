export const workspaceStrings = {
  switcherLabel: 'Context',
  personal: 'Personal credentials',
  personalGroup: 'Personal',
  searchPlaceholder: 'Search workspaces',
  noOptions: 'No workspace matches',
  roleLabel: (role: string) => `Role: ${role}`,
  loadError: 'Your workspaces could not be loaded.',
  noUserId:
    'Seqera did not tell this console your user id when you signed in, so your workspaces cannot be listed. Your personal credentials are available.',
  noUserIdShort: 'Workspaces unavailable: Seqera gave no user id.',
  notFoundTitle: 'Workspace not found',
  notFoundBody: (org: string, workspace: string) =>
    `There is no workspace "${workspace}" in organisation "${org}" that you are a member of.`,
  backToPersonal: 'Go to your personal credentials',
} as const;

export const roleStrings = {
  owner: 'Owner',
  admin: 'Admin',
  maintain: 'Maintain',
  launch: 'Launch',
  connect: 'Connect',
  view: 'View',
} as const;
