export const providerGroupStrings = {
  cloud: 'Cloud',
  git: 'Git hosting',
  registry: 'Container registries',
  other: 'Other',
} as const;

export const statusStrings = {
  AVAILABLE: 'Available',
  INVALID: 'Invalid',
  UNKNOWN: 'Unknown status',
} as const;

export const listStrings = {
  pageTitle: 'Credentials',
  personalSubtitle: 'Your personal credentials',
  workspaceSubtitle: (org: string, workspace: string) => `Workspace ${org} / ${workspace}`,
  add: 'Add credentials',
  roleNeeded: (role: string) => `Only workspace owners and admins can change credentials. Your role: ${role}.`,
  searchLabel: 'Search credentials',
  searchPlaceholder: 'Name, description, host, ARN…',
  providerFilter: 'Provider',
  statusFilter: 'Status',
  platformFilter: 'Compute platform',
  anyProvider: 'All providers',
  anyStatus: 'Any status',
  anyPlatform: 'All platforms',
  clearFilters: 'Clear filters',
  gridLabel: 'Credentials',
  resultCount: (shown: number, total: number) =>
    shown === total ? `${String(total)} credentials` : `${String(shown)} of ${String(total)} credentials`,
  columns: {
    select: 'Selected',
    name: 'Name',
    provider: 'Provider',
    detail: 'Identifies',
    status: 'Status',
    lastUsed: 'Last used',
    lastUpdated: 'Last updated',
    dateCreated: 'Created',
    actions: 'Actions',
  },
  sortBy: (column: string) => `Sort by ${column}`,
  never: 'Never',
  noDetail: '—',
  actionsFor: (name: string) => `Actions for ${name}`,
  openDetails: 'Open details',
  edit: 'Edit',
  validate: 'Validate',
  delete: 'Delete',
  loading: 'Loading credentials',
  errorTitle: 'The credentials could not be loaded',
  emptyTitle: 'No credentials yet',
  emptyBody:
    'Credentials let Seqera reach your cloud accounts, Git servers and container registries on your behalf.',
  emptyViewerBody: 'Nobody has added credentials here yet. Owners and admins of this workspace can add them.',
  noMatchesTitle: 'No credentials match these filters',
  noMatchesBody: 'Try another search term or clear the filters.',
  skippedRows: (count: number) =>
    count === 1
      ? 'One entry in Seqera’s answer is not shown: it has no identifier or a field this console cannot read.'
      : `${String(count)} entries in Seqera’s answer are not shown: they have no identifier or a field this console cannot read.`,
} as const;

/** Shown on a delete or validate URL opened by someone who may only read. */
export const roleRequiredStrings = {
  title: 'Owner or admin role needed',
  body: 'You need the owner or admin role in this workspace to delete or validate credentials.',
} as const;

export const detailStrings = {
  close: 'Close details',
  loading: 'Loading details',
  errorTitle: 'These credentials could not be loaded',
  overview: 'Overview',
  keys: 'Key fields',
  noKeys: 'This provider has no non-secret key fields.',
  secretsNotice:
    'Secrets (passwords, tokens, private keys, secret keys) are stored encrypted by Seqera and are never shown here or sent to your browser.',
  fields: {
    id: 'Identifier',
    provider: 'Provider',
    description: 'Description',
    baseUrl: 'Base URL',
    category: 'Category',
    status: 'Status',
    message: 'Provider message',
    lastValidated: 'Last validated',
    neverValidated: 'Not validated yet',
    dateCreated: 'Created',
    lastUpdated: 'Last updated',
    lastUsed: 'Last used',
  },
  externalId: {
    title: 'AWS role trust',
    externalId: 'External ID',
    snippet: 'Trust policy',
    steps:
      'Create the IAM role with this trust policy, or paste the External ID in place of the <EXTERNAL_ID> placeholder in the trust relationship of an existing role.',
    rotation: 'The External ID cannot be changed. To rotate it, delete these credentials and create them again.',
  },
  bitbucket: {
    label: 'Signs in with',
    'api-token': 'API token',
    'app-password': 'App password',
    replaceHint:
      'These credentials use a Bitbucket app password. Atlassian withdrew app passwords on 9 June 2026, so Bitbucket no longer accepts them: edit these credentials and replace it with an API token and your Atlassian account e-mail.',
  },
  copy: (what: string) => `Copy ${what}`,
  copied: 'Copied to the clipboard',
  copyFailed: 'Copying failed. Select the text and copy it by hand.',
  yes: 'Yes',
  no: 'No',
} as const;

/** Labels for non-secret key fields; unknown fields fall back to their raw name. */
export const keyFieldStrings: Record<string, string> = {
  mode: 'Mode',
  accessKey: 'Access key ID',
  assumeRoleArn: 'IAM role ARN',
  externalId: 'External ID',
  batchName: 'Batch account',
  storageName: 'Storage account',
  tenantId: 'Tenant ID',
  clientId: 'Client ID',
  subscriptionId: 'Subscription ID',
  serviceAccountEmail: 'Service account e-mail',
  workloadIdentityProvider: 'Workload identity provider',
  tokenAudience: 'Token audience',
  username: 'User name',
  userName: 'User name',
  registry: 'Registry',
  appId: 'App ID',
  slug: 'App slug',
  connectionId: 'Connection ID',
  workDir: 'Work directory',
  shared: 'Shared',
  pathStyleAccessEnabled: 'Path-style access',
  certificate: 'Certificate',
};
