import { compareText } from '../../../lib/compare-text';
import type { ComputeEnvEntry, DataLinkEntry, PipelineEntry } from '../api/usage-schemas';
import { createRepositoryMatcher, isGitProvider, type GitCredentialLike } from './base-url-match';
import type { ComputeEnvUse, CredentialUsage, DataLinkUse, PipelineUse } from './usage-model';

export const NO_USAGE: CredentialUsage = Object.freeze({
  computeEnvs: Object.freeze([]) as unknown as ComputeEnvUse[],
  dataLinks: Object.freeze([]) as unknown as DataLinkUse[],
  pipelines: Object.freeze([]) as unknown as PipelineUse[],
});

export interface UsageSources {
  /** Undefined: that kind is not known (its call failed, or was not asked for). */
  computeEnvs?: readonly ComputeEnvEntry[] | undefined;
  dataLinks?: readonly DataLinkEntry[] | undefined;
  pipelines?: readonly PipelineEntry[] | undefined;
  /** The context's credentials: the Git ones are the candidates a pipeline's repository is matched against. */
  credentials?: readonly GitCredentialLike[] | undefined;
}

export interface UsageIndex {
  /** The usage of one credential; the same object on every call for one id (stable for React). */
  usageOf: (credentialsId: string) => CredentialUsage;
}

function push<Value>(map: Map<string, Value[]>, key: string, value: Value): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

const byName = (a: { name: string }, b: { name: string }) => compareText(a.name, b.name);

/**
 * One pass over each source, keyed by credential id: O(compute envs + data links + pipelines × path depth).
 * A compute environment or data link naming a credential that is not in the list is indexed all the same
 * (it is simply never asked for); a data link listing several credentials counts for each, once.
 */
export function buildUsageIndex({ computeEnvs = [], dataLinks = [], pipelines = [], credentials = [] }: UsageSources): UsageIndex {
  const computeEnvsOf = new Map<string, ComputeEnvUse[]>();
  for (const { credentialsId, id, name, platform, status, region, lastUsed } of computeEnvs) {
    push(computeEnvsOf, credentialsId, { id, name, platform, status, region, lastUsed });
  }
  const dataLinksOf = new Map<string, DataLinkUse[]>();
  for (const { credentialIds, id, name, provider, resourceRef } of dataLinks) {
    const use: DataLinkUse = { id, name, provider, resourceRef };
    for (const credentialsId of new Set(credentialIds)) push(dataLinksOf, credentialsId, use);
  }
  const pipelinesOf = new Map<string, PipelineUse[]>();
  const gitCredentials = credentials.filter((entry) => isGitProvider(entry.provider));
  if (gitCredentials.length > 0 && pipelines.length > 0) {
    const match = createRepositoryMatcher(gitCredentials);
    for (const { pipelineId, name, repository } of pipelines) {
      const credentialsId = match(repository);
      if (credentialsId !== undefined) push(pipelinesOf, credentialsId, { pipelineId, name, repository });
    }
  }
  for (const map of [computeEnvsOf, dataLinksOf, pipelinesOf] as Map<string, { name: string }[]>[]) {
    for (const list of map.values()) list.sort(byName);
  }

  const cache = new Map<string, CredentialUsage>();
  return {
    usageOf: (credentialsId) => {
      let usage = cache.get(credentialsId);
      if (usage === undefined) {
        const found = {
          computeEnvs: computeEnvsOf.get(credentialsId),
          dataLinks: dataLinksOf.get(credentialsId),
          pipelines: pipelinesOf.get(credentialsId),
        };
        usage =
          found.computeEnvs || found.dataLinks || found.pipelines
            ? {
                computeEnvs: found.computeEnvs ?? NO_USAGE.computeEnvs,
                dataLinks: found.dataLinks ?? NO_USAGE.dataLinks,
                pipelines: found.pipelines ?? NO_USAGE.pipelines,
              }
            : NO_USAGE;
        cache.set(credentialsId, usage);
      }
      return usage;
    },
  };
}

/** How many things use a credential (what the list's "Used by" column counts). */
export function usageCount(usage: CredentialUsage): number {
  return usage.computeEnvs.length + usage.dataLinks.length + usage.pipelines.length;
}
