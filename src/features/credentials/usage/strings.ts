import { formatCount } from '../../../lib/format-count';
import type { AttentionReason, UsageKind } from './usage-model';

const plural = (count: number, one: string, many: string) => `${formatCount(count)} ${count === 1 ? one : many}`;

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
  usedBy: {
    title: 'Used by',
    loading: 'Loading what uses these credentials',
    none: {
      computeEnvs: 'No compute environment uses these credentials.',
      dataLinks: 'No data link uses these credentials.',
      pipelines: 'No pipeline in this workspace would use these credentials.',
    } satisfies Record<UsageKind, string>,
    unknownAll:
      'Usage unknown: what uses these credentials could not be listed (the calls failed or this Seqera installation does not offer them). Everything else works as usual.',
    showAll: (count: number) => `Show all ${formatCount(count)}`,
    showFewer: 'Show fewer',
    inferred: 'inferred',
    pipelinesExplanation:
      'Seqera does not record which pipelines use a Git credential. It picks, for each pipeline repository, the workspace’s Git credential whose base URL is the longest match (a credential without base URL stands for its provider’s public host). These are the pipelines for which that is this credential, worked out here by the same rule.',
    registry: (host: string) =>
      `Wave uses these credentials to pull container images from ${host}. Seqera keeps no list of the pulls, so there is nothing more to show here.`,
    openInSeqera: (name: string) => `Open ${name} in Seqera`,
    platform: 'Platform',
    region: 'Region',
    resource: 'Resource',
    computeEnvStatus: {
      AVAILABLE: 'Available',
      INVALID: 'Invalid',
      ERRORED: 'Errored',
      CREATING: 'Creating',
      DISABLED: 'Disabled',
      DELETING: 'Deleting',
      DELETED: 'Deleted',
    } as Readonly<Record<string, string>>,
  },
  delete: {
    title: 'What will stop working',
    loading: 'Checking what uses these credentials…',
    unknown:
      'Usage unknown: the compute environments and data links that use these credentials could not be listed, so this console cannot tell what will stop working.',
    unknownKind: (kind: UsageKind) => `The ${usageStrings.kinds[kind].toLowerCase()} that use these credentials could not be listed (usage unknown).`,
    nothing: 'No compute environment or data link uses these credentials.',
    willBreak: 'These will stop working once the credentials are deleted:',
    perCredential: (name: string, count: number) => `${name}: ${plural(count, 'compute environment or data link', 'compute environments and data links')} will stop working`,
    bulkTitle: 'What will stop working',
    bulkNothing: 'No compute environment or data link uses any of these credentials.',
  },
  edit: {
    beforeSave: (count: number) =>
      `${plural(count, 'compute environment uses', 'compute environments use')} these credentials. A change that the provider rejects makes them INVALID, and each must then be validated again in Seqera.`,
    afterSave: (count: number) =>
      `${plural(count, 'compute environment uses', 'compute environments use')} these credentials. Validate the credentials now to find out whether the provider accepts the change before they next run.`,
    validate: 'Validate now',
    affected: 'Affected compute environments',
  },
};
