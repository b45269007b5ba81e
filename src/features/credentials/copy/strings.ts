/** Every string of the copy-to-another-workspace flow; this module loads with the row menu, details and the bulk bar only. */
export const copyStrings = {
  action: 'Copy to another workspace…',
  bulkAction: 'Copy to workspace…',
  title: (name: string) => `Copy ${name} to another workspace`,
  bulkTitle: (count: number) => `Copy ${String(count)} credentials to another workspace`,
  close: 'Close',
  cancel: 'Cancel',
  next: 'Next',
  loading: 'Loading…',
  roleRequiredTitle: 'Owner or admin role needed',
  roleRequired: 'Only workspace owners and admins can copy credentials.',
  target: {
    legend: 'Target workspace',
    help: 'Workspaces where you are an owner or admin.',
    placeholder: 'Choose a workspace',
    none: 'You are not an owner or admin of any other workspace, so there is nowhere to copy to.',
    loadFailed: 'The workspaces could not be loaded.',
    retry: 'Retry',
    role: (role: string) => (role === 'owner' ? 'owner' : 'admin'),
  },
  form: {
    heading: (name: string, workspace: string) => `${name} → ${workspace}`,
    progress: (index: number, total: number) => `Credential ${String(index)} of ${String(total)}`,
    secrets: 'Secrets cannot be read back from Seqera: type them again. Every other field is copied.',
    externalId: (workspace: string) =>
      `This role uses an External ID. A new External ID is generated in ${workspace} when you create the copy; add it to the role’s trust policy.`,
    renamed: (name: string, suggested: string) => `The name ${name} is taken in the target workspace; ${suggested} is suggested instead.`,
    skip: 'Skip this credential',
    loadFailed: 'This credential could not be loaded.',
    unsupported: 'This provider cannot be copied with this form.',
  },
  summary: {
    heading: 'Copy finished',
    counts: (created: number, failed: number, skipped: number) =>
      `${String(created)} created, ${String(failed)} failed, ${String(skipped)} skipped.`,
    created: 'Created',
    failed: 'Failed',
    skipped: 'Skipped',
    outcomeColumn: 'Result',
    nameColumn: 'Credential',
  },
  copied: (name: string, workspace: string) => `Copied ${name} to ${workspace}.`,
};
