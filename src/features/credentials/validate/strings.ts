export const validateStrings = {
  title: (name: string) => `Validate ${name}`,
  loadingTitle: 'Validate credentials',
  running: 'Asking the provider to accept these credentials…',
  availableHeading: 'Valid',
  availableBody: 'The provider accepted these credentials. Their status is Available.',
  invalidHeading: 'Rejected by the provider',
  invalidBody: 'Launches that use these credentials will fail until they are fixed. The provider said:',
  noMessage: 'The provider gave no reason.',
  transientHeading: 'Provider not reachable',
  transientBody: 'The provider could not be reached; the status shown is the last known one.',
  lastKnown: (status: string) => `Last known status: ${status}.`,
  unreportedHeading: 'Validation ran',
  unreportedBody: 'Seqera did not report the outcome. The list has been refreshed and shows the current status.',
  failedHeading: 'Validation did not run',
  failed: (message: string) => `The request failed: ${message}`,
  retry: 'Try again',
  validateAgain: 'Validate again',
  markValid: 'Mark as valid…',
  forceHeading: 'Mark as valid without checking?',
  forceBody:
    'This sets the status to Available without asking the provider. If the credentials really are broken, pipeline launches that use them will fail.',
  forceConfirm: 'Mark as valid',
  forcing: 'Marking as valid…',
  forcedHeading: 'Marked as valid',
  forcedBody: 'The status is now Available. No check was made with the provider.',
  forceConflictHeading: 'Nothing to mark',
  forceConflictBody:
    'These credentials are no longer Invalid (someone may have validated or fixed them meanwhile), so there is nothing to mark. The status shown has been refreshed.',
  forceFailed: (message: string) => `The status was not changed: ${message}`,
  cancel: 'Cancel',
  // Validate all
  validateAll: 'Validate all shown',
  allTitle: (count: number) => `Validate ${String(count)} credentials`,
  allBody: (count: number) =>
    `Each of the ${String(count)} credentials shown is checked with its provider, four at a time. Statuses update as results arrive.`,
  allStart: 'Validate',
  allProgress: (done: number, total: number) => `Validated ${String(done)} of ${String(total)}`,
  allProgressLabel: 'Validation progress',
  allDoneHeading: 'Validation finished',
  allSummary: (available: number, invalid: number, unreachable: number, failed: number, unreported = 0) =>
    `${String(available)} available, ${String(invalid)} invalid, ${String(unreachable)} could not reach the provider, ${String(failed)} failed${
      unreported > 0 ? `, ${String(unreported)} without a reported outcome` : ''
    }.`,
  allInvalidList: 'Rejected by their provider',
  allFailedList: 'Not validated',
  stop: 'Stop',
} as const;
