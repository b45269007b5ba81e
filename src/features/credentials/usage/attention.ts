import type { Credentials } from '../api/credentials-schemas';
import { bitbucketAuth } from '../providers/bitbucket-auth';
import type { AttentionReason, AttentionThresholds, CredentialUsage } from './usage-model';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Compute-environment statuses that mean it cannot run (its credential is one likely cause). */
const BROKEN_COMPUTE_ENV_STATUSES: ReadonlySet<string> = new Set(['INVALID', 'ERRORED']);

export function isBrokenComputeEnv(status: string | undefined): boolean {
  return status !== undefined && BROKEN_COMPUTE_ENV_STATUSES.has(status.toUpperCase());
}

/** True when `date` lies more than `days` days before `now`; false when absent or unreadable. */
function olderThan(date: string | undefined, days: number, now: number): boolean {
  if (date === undefined) return false;
  const time = Date.parse(date);
  return !Number.isNaN(time) && now - time > days * DAY_MS;
}

/**
 * Why a credential needs attention, in a fixed order; empty when it does not. `usage` is undefined while
 * usage is loading or unknown: the rules that need it are then skipped, never guessed. Day thresholds are
 * strict: a credential exactly N days old is not "more than N days" old.
 */
export function attentionReasons(
  credentials: Credentials,
  usage: CredentialUsage | undefined,
  thresholds: AttentionThresholds,
  now: number | Date = Date.now(),
): AttentionReason[] {
  const at = typeof now === 'number' ? now : now.getTime();
  const reasons: AttentionReason[] = [];
  if (credentials.status === 'INVALID') reasons.push('invalid');
  if (usage?.computeEnvs.some((computeEnv) => isBrokenComputeEnv(computeEnv.status))) reasons.push('invalid-compute-env');
  if (credentials.lastUsed === undefined) {
    if (olderThan(credentials.dateCreated, thresholds.neverUsedDays, at)) reasons.push('never-used');
  } else if (olderThan(credentials.lastUsed, thresholds.unusedDays, at)) {
    reasons.push('unused');
  }
  if (olderThan(credentials.lastUpdated ?? credentials.dateCreated, thresholds.notRotatedDays, at)) reasons.push('not-rotated');
  if (credentials.provider === 'bitbucket' && bitbucketAuth(credentials.keys) === 'app-password') reasons.push('bitbucket-app-password');
  return reasons;
}
