/**
 * The provider ids a user can create credentials for. `seqeracompute` is managed by the
 * platform and `local` is not in the API's provider enum, so neither is offered.
 */
export const creatableProviderIds = [
  'aws',
  'azure',
  'azure_entra',
  'azure-cloud',
  'google',
  'github',
  'github_app',
  'gitlab',
  'bitbucket',
  'gitea',
  'codecommit',
  'azurerepos',
  'container-reg',
  'ssh',
  'k8s',
  'tw-agent',
  's3',
] as const;

export type CreatableProviderId = (typeof creatableProviderIds)[number];

export function isCreatableProviderId(value: string | null | undefined): value is CreatableProviderId {
  return creatableProviderIds.some((id) => id === value);
}
