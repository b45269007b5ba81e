export const deleteStrings = {
  title: (name: string) => `Delete ${name}?`,
  loadingTitle: 'Delete credentials',
  where: (place: string) => `From ${place}.`,
  workspace: (org: string, workspace: string) => `workspace ${org} / ${workspace}`,
  personal: 'your personal credentials',
  confirmBody:
    'Pipelines and compute environments that use these credentials will no longer be able to reach the provider. This cannot be undone.',
  cancel: 'Cancel',
  delete: 'Delete',
  checking: 'Checking whether running jobs use these credentials…',
  deleting: 'Deleting…',
  blockedHeading: (count: number) =>
    count === 0
      ? 'Running jobs use these credentials'
      : count === 1
        ? 'A running job uses these credentials'
        : `${String(count)} running jobs use these credentials`,
  blockedBody: 'Deleting now stops these jobs. Wait for them to finish and re-check, or delete anyway.',
  blockedUnlisted: 'Seqera did not say which jobs. Deleting now stops them. Wait for them to finish and re-check, or delete anyway.',
  jobsLabel: 'Running jobs',
  unnamedJob: 'Unnamed job',
  jobType: (type: string | undefined) => (type === undefined ? 'Job' : type === 'workflow' ? 'Workflow' : type),
  jobId: (id: string) => `ID ${id}`,
  openJob: (name: string) => `Open ${name}`,
  recheck: 'Re-check',
  deleteAnyway: 'Delete anyway and stop these jobs',
  forceHeading: 'Delete anyway and stop the running jobs',
  forceBody: (name: string) => `The jobs listed above will be stopped. Type ${name} to confirm.`,
  forceLabel: 'Credentials name',
  forceMismatch: 'Type the name exactly as shown.',
  forceSubmit: 'Delete and stop jobs',
  back: 'Back',
  failed: (message: string) => `The credentials were not deleted: ${message}`,
  deleted: (name: string) => `Deleted ${name}.`,
  deletedStopped: (name: string, jobs: number) =>
    `Deleted ${name} and stopped ${String(jobs)} running ${jobs === 1 ? 'job' : 'jobs'}.`,
  notFound: 'These credentials no longer exist. They may have been deleted already.',
  loadFailed: 'These credentials could not be loaded.',
  // Bulk
  selectRow: (name: string) => `Select ${name}`,
  selectAll: 'Select all shown credentials',
  selected: (count: number) => `${String(count)} selected`,
  deleteSelected: 'Delete selected',
  clearSelection: 'Clear selection',
  bulkTitle: (count: number) => `Delete ${String(count)} credentials?`,
  bulkBody: 'Each is deleted only if no running job uses it. Credentials in use are listed afterwards, with their jobs.',
  bulkRunning: (done: number, total: number) => `Deleted or checked ${String(done)} of ${String(total)}…`,
  bulkResultTitle: 'Delete results',
  bulkSummary: (deleted: number, blocked: number, failed: number) =>
    `${String(deleted)} deleted, ${String(blocked)} blocked by running jobs, ${String(failed)} failed.`,
  resultDeleted: 'Deleted',
  resultBlocked: 'Blocked by running jobs',
  resultFailed: 'Failed',
  resultStopped: 'Deleted, jobs stopped',
  resultsLabel: 'Result per credential',
} as const;
