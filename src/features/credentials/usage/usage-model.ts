/**
 * What uses a credential, as the console can tell from Seqera's API (compute environments carry
 * `credentialsId`, data links list their credentials, and a Git credential serves the pipelines
 * whose repository its base URL is the longest match for). Types only: the data layer in this
 * folder fills them, the list, details, delete and edit screens read them.
 */
import type { Credentials } from '../api/credentials-schemas';

export interface ComputeEnvUse {
  id: string;
  name: string;
  platform?: string;
  /** As Seqera reports it: CREATING, AVAILABLE, ERRORED, INVALID, DISABLED… or absent. */
  status?: string;
  region?: string;
  lastUsed?: string;
}

export interface DataLinkUse {
  id: string;
  name: string;
  provider?: string;
  resourceRef?: string;
}

/** A pipeline this Git credential would be picked for (inferred, not reported by Seqera). */
export interface PipelineUse {
  pipelineId: string;
  name: string;
  repository: string;
}

export interface CredentialUsage {
  computeEnvs: ComputeEnvUse[];
  dataLinks: DataLinkUse[];
  pipelines: PipelineUse[];
}

/** Per kind: usage of one kind can be unknown (its call failed) while the others are known. */
export type UsageKind = 'computeEnvs' | 'dataLinks' | 'pipelines';

export type WorkspaceUsage =
  | { status: 'loading' }
  | { status: 'unknown' }
  | {
      status: 'ready';
      /** Kinds whose call failed or is not available on this installation. */
      unknownKinds: ReadonlySet<UsageKind>;
      usageOf: (credentials: Credentials) => CredentialUsage;
    };

export type AttentionReason =
  | 'invalid'
  | 'invalid-compute-env'
  | 'never-used'
  | 'unused'
  | 'not-rotated'
  | 'bitbucket-app-password';

export interface AttentionThresholds {
  /** Never used and created more than this many days ago. */
  neverUsedDays: number;
  /** Last used more than this many days ago. */
  unusedDays: number;
  /** Not updated (rotated) for more than this many days. */
  notRotatedDays: number;
}

export const DEFAULT_ATTENTION_THRESHOLDS: AttentionThresholds = {
  neverUsedDays: 30,
  unusedDays: 90,
  notRotatedDays: 180,
};
