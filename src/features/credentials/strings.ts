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
    attention: 'Needs attention',
    usedBy: 'Used by',
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
  dismissSaved: 'Dismiss',
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

const plural = (count: number, one: string, many: string) => `${String(count)} ${count === 1 ? one : many}`;

/** The list's usage column, its Usage and Needs-attention facets, the thresholds panel and the export. */
export const listUsageStrings = {
  usageFilter: 'Usage',
  anyUsage: 'Any usage',
  inUse: 'In use',
  unused: 'Unused',
  attentionFilter: 'Needs attention',
  anyAttentionState: 'All credentials',
  anyReason: 'Needs attention (any reason)',
  usageLoadingNote: 'Loading usage… the Usage facet applies once it is known.',
  usageUnknownNote: 'Usage unknown: Seqera did not answer which compute environments, data links or pipelines use these credentials, so nothing is hidden by usage.',
  usagePartialNote: (kinds: string) => `Usage partly unknown (${kinds}): credentials whose usage is uncertain are kept in view.`,
  computeEnvReasonUnknown: 'Usage unknown: credentials used by an invalid compute environment cannot be found.',
  kindNames: { computeEnvs: 'compute environments', dataLinks: 'data links', pipelines: 'pipelines' },
  loadingUsage: 'Loading usage',
  usageUnknown: 'Usage unknown',
  usedByNothing: 'Not used by any compute environment, data link or pipeline',
  computeEnvs: (count: number) => plural(count, 'compute environment', 'compute environments'),
  dataLinks: (count: number) => plural(count, 'data link', 'data links'),
  pipelines: (count: number) => plural(count, 'pipeline (inferred)', 'pipelines (inferred)'),
  kindUnknown: (kind: string) => `${kind} unknown`,
  /** What the cell says to a screen reader: the count first, then the kinds. */
  usedByLabel: (shown: string, kinds: string) => `Used by ${shown}: ${kinds}`,
  atLeast: (count: number) => `≥${String(count)}`,
  atLeastWords: (count: number) => `at least ${String(count)}`,
  needsAttention: (reasons: string) => `Needs attention: ${reasons}`,
  reasons: {
    invalid: 'Invalid',
    'invalid-compute-env': 'Used by an invalid or errored compute environment',
    'never-used': (days: number) => `Never used, created more than ${String(days)} days ago`,
    unused: (days: number) => `Not used for more than ${String(days)} days`,
    'not-rotated': (days: number) => `Not updated (rotated) for more than ${String(days)} days`,
    'bitbucket-app-password': 'Signs in with a Bitbucket app password, which Bitbucket no longer accepts',
  },
  /** The facet's short names for each reason. */
  reasonOptions: {
    invalid: 'Invalid',
    'invalid-compute-env': 'Invalid compute environment',
    'never-used': 'Never used',
    unused: 'Not used recently',
    'not-rotated': 'Not rotated',
    'bitbucket-app-password': 'Bitbucket app password',
  },
  settings: 'Attention settings',
  settingsTitle: 'When credentials need attention',
  settingsIntro: 'Credentials are marked when they pass these limits. The limits are kept in this browser only.',
  neverUsedDays: 'Never used, and created more than (days)',
  unusedDays: 'Not used for more than (days)',
  notRotatedDays: 'Not updated (rotated) for more than (days)',
  daysInvalid: (min: number, max: number) => `Enter a whole number of days from ${String(min)} to ${String(max)}.`,
  resetDefaults: 'Reset to defaults',
  save: 'Save',
  cancel: 'Cancel',
  settingsLoadFailed: 'The settings could not be loaded: the server could not be reached. Check your connection and try again.',
  exportCsv: 'Export CSV',
  exportJson: 'Export JSON',
  exportFailed: 'The export could not be prepared: the server could not be reached. Check your connection and try again.',
  exportDone: (count: number, format: string) => `${plural(count, 'credential', 'credentials')} exported as ${format}.`,
  validateNeedingAttention: 'Validate all needing attention',
  noneNeedAttention: 'None of the credentials shown needs attention.',
  actionsLabel: 'Usage and export',
} as const;
