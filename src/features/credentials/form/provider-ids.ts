import { PROVIDER_IDS, type ProviderId } from '../providers/provider-catalog';

/**
 * The provider ids a user can create credentials for. `seqeracompute` is managed by the
 * platform and `local` is not in the API's provider enum, so neither is offered.
 */
export type CreatableProviderId = Exclude<ProviderId, 'seqeracompute'>;

export const creatableProviderIds: readonly CreatableProviderId[] = PROVIDER_IDS.filter(
  (id): id is CreatableProviderId => id !== 'seqeracompute',
);

export function isCreatableProviderId(value: string | null | undefined): value is CreatableProviderId {
  return creatableProviderIds.some((id) => id === value);
}
