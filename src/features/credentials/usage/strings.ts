import type { AttentionReason, UsageKind } from './usage-model';

const plural = (count: number, one: string, many: string) => `${count.toLocaleString()} ${count === 1 ? one : many}`;

export const usageStrings = {
  kinds: {
    computeEnvs: 'Compute environments',
    dataLinks: 'Data links',
    pipelines: 'Pipelines',
  } satisfies Record<UsageKind, string>,
  count: {
    computeEnvs: (count: number) => plural(count, 'compute environment', 'compute environments'),
    dataLinks: (count: number) => plural(count, 'data link', 'data links'),
    pipelines: (count: number) => plural(count, 'pipeline', 'pipelines'),
  } satisfies Record<UsageKind, (count: number) => string>,
  unknown: 'Usage unknown',
  unknownKind: (kind: UsageKind) =>
    `Usage unknown: the ${usageStrings.kinds[kind].toLowerCase()} could not be listed (the call failed or this Seqera installation does not offer it).`,
  attention: {
    invalid: 'Invalid: the provider rejected these credentials',
    'invalid-compute-env': 'Used by a compute environment that is INVALID or ERRORED',
    'never-used': (days: number) => `Never used, and created more than ${plural(days, 'day', 'days')} ago`,
    unused: (days: number) => `Not used for more than ${plural(days, 'day', 'days')}`,
    'not-rotated': (days: number) => `Not updated (rotated) for more than ${plural(days, 'day', 'days')}`,
    'bitbucket-app-password': 'Signs in with a Bitbucket app password, which Atlassian withdrew: replace it with an API token',
  } satisfies Record<AttentionReason, string | ((days: number) => string)>,
};
