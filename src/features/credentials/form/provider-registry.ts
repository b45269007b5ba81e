import { assertNever } from '../../../lib/assert-never';
import type { ProviderUi } from './definition';
import { awsDefaults, awsFromKeys, awsToKeys, awsUi, awsUsesExternalId } from './definitions/aws';
import {
  azureCloudDefaults,
  azureCloudFromKeys,
  azureCloudToKeys,
  azureCloudUi,
  azureDefaults,
  azureEntraDefaults,
  azureEntraFromKeys,
  azureEntraToKeys,
  azureEntraUi,
  azureFromKeys,
  azureToKeys,
  azureUi,
} from './definitions/azure';
import {
  containerRegistryDefaults,
  containerRegistryFromKeys,
  containerRegistryToKeys,
  containerRegistryUi,
} from './definitions/container-registry';
import {
  azurereposDefaults,
  azurereposUi,
  bitbucketDefaults,
  bitbucketFromKeys,
  bitbucketToKeys,
  bitbucketUi,
  codecommitDefaults,
  codecommitUi,
  giteaDefaults,
  giteaFromKeys,
  giteaToKeys,
  giteaUi,
  githubDefaults,
  githubUi,
  gitlabDefaults,
  gitlabFromKeys,
  gitlabToKeys,
  gitlabUi,
  userPasswordFromKeys,
  userPasswordToKeys,
} from './definitions/git';
import { githubAppDefaults, githubAppFromKeys, githubAppToKeys, githubAppUi } from './definitions/github-app';
import { googleDefaults, googleFromKeys, googleToKeys, googleUi } from './definitions/google';
import { k8sDefaults, k8sFromKeys, k8sToKeys, k8sUi } from './definitions/k8s';
import { s3Defaults, s3FromKeys, s3ToKeys, s3Ui } from './definitions/s3';
import { sshDefaults, sshFromKeys, sshToKeys, sshUi } from './definitions/ssh';
import { twAgentDefaults, twAgentFromKeys, twAgentToKeys, twAgentUi } from './definitions/tw-agent';
import type { CredentialFormValues } from './form-schema';
import type { CreatableProviderId } from './provider-ids';

/** Blank values for a new credential of `provider`. */
export function defaultValuesFor(provider: CreatableProviderId): CredentialFormValues {
  switch (provider) {
    case 'aws':
      return awsDefaults();
    case 'azure':
      return azureDefaults();
    case 'azure_entra':
      return azureEntraDefaults();
    case 'azure-cloud':
      return azureCloudDefaults();
    case 'google':
      return googleDefaults();
    case 'github':
      return githubDefaults();
    case 'github_app':
      return githubAppDefaults();
    case 'gitlab':
      return gitlabDefaults();
    case 'bitbucket':
      return bitbucketDefaults();
    case 'gitea':
      return giteaDefaults();
    case 'codecommit':
      return codecommitDefaults();
    case 'azurerepos':
      return azurereposDefaults();
    case 'container-reg':
      return containerRegistryDefaults();
    case 'ssh':
      return sshDefaults();
    case 'k8s':
      return k8sDefaults();
    case 'tw-agent':
      return twAgentDefaults();
    case 's3':
      return s3Defaults();
    default:
      return assertNever(provider);
  }
}

export function providerUi(provider: CreatableProviderId): ProviderUi {
  switch (provider) {
    case 'aws':
      return awsUi;
    case 'azure':
      return azureUi;
    case 'azure_entra':
      return azureEntraUi;
    case 'azure-cloud':
      return azureCloudUi;
    case 'google':
      return googleUi;
    case 'github':
      return githubUi;
    case 'github_app':
      return githubAppUi;
    case 'gitlab':
      return gitlabUi;
    case 'bitbucket':
      return bitbucketUi;
    case 'gitea':
      return giteaUi;
    case 'codecommit':
      return codecommitUi;
    case 'azurerepos':
      return azurereposUi;
    case 'container-reg':
      return containerRegistryUi;
    case 'ssh':
      return sshUi;
    case 'k8s':
      return k8sUi;
    case 'tw-agent':
      return twAgentUi;
    case 's3':
      return s3Ui;
    default:
      return assertNever(provider);
  }
}

/** The API `keys` for the form values, without blank (kept) secrets and without UI-only fields. */
export function keysFor(values: CredentialFormValues): Record<string, unknown> {
  switch (values.provider) {
    case 'aws':
      return awsToKeys(values.keys);
    case 'azure':
      return azureToKeys(values.keys);
    case 'azure_entra':
      return azureEntraToKeys(values.keys);
    case 'azure-cloud':
      return azureCloudToKeys(values.keys);
    case 'google':
      return googleToKeys(values.keys);
    case 'github':
    case 'codecommit':
    case 'azurerepos':
      return userPasswordToKeys(values.keys);
    case 'github_app':
      return githubAppToKeys(values.keys);
    case 'gitlab':
      return gitlabToKeys(values.keys);
    case 'bitbucket':
      return bitbucketToKeys(values.keys);
    case 'gitea':
      return giteaToKeys(values.keys);
    case 'container-reg':
      return containerRegistryToKeys(values.keys);
    case 'ssh':
      return sshToKeys(values.keys);
    case 'k8s':
      return k8sToKeys(values.keys);
    case 'tw-agent':
      return twAgentToKeys(values.keys);
    case 's3':
      return s3ToKeys(values.keys);
    default:
      return assertNever(values);
  }
}

/** Edit-form values from the keys the API returns (secrets never come back, so they start blank). */
export function formValuesFor(
  provider: CreatableProviderId,
  common: { name: string; description: string; baseUrl: string },
  keys: Record<string, unknown>,
): CredentialFormValues {
  const { name, description, baseUrl } = common;
  switch (provider) {
    case 'aws':
      return { provider, name, description, keys: awsFromKeys(keys) };
    case 'azure':
      return { provider, name, description, keys: azureFromKeys(keys) };
    case 'azure_entra':
      return { provider, name, description, keys: azureEntraFromKeys(keys) };
    case 'azure-cloud':
      return { provider, name, description, keys: azureCloudFromKeys(keys) };
    case 'google':
      return { provider, name, description, keys: googleFromKeys(keys) };
    case 'github':
    case 'codecommit':
    case 'azurerepos':
      return { provider, name, description, baseUrl, keys: userPasswordFromKeys(keys) };
    case 'github_app':
      return { provider, name, description, baseUrl, keys: githubAppFromKeys(keys) };
    case 'gitlab':
      return { provider, name, description, baseUrl, keys: gitlabFromKeys(keys) };
    case 'bitbucket':
      return { provider, name, description, baseUrl, keys: bitbucketFromKeys(keys) };
    case 'gitea':
      return { provider, name, description, baseUrl, keys: giteaFromKeys(keys) };
    case 'container-reg':
      return { provider, name, description, keys: containerRegistryFromKeys(keys) };
    case 'ssh':
      return { provider, name, description, keys: sshFromKeys() };
    case 'k8s':
      return { provider, name, description, keys: k8sFromKeys(keys) };
    case 'tw-agent':
      return { provider, name, description, keys: twAgentFromKeys(keys) };
    case 's3':
      return { provider, name, description, baseUrl, keys: s3FromKeys(keys) };
    default:
      return assertNever(provider);
  }
}

export function usesExternalId(values: CredentialFormValues): boolean {
  return values.provider === 'aws' && awsUsesExternalId(values.keys);
}
