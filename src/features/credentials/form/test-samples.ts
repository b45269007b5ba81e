import type { ProviderValues } from './definition';
import type { CredentialFormValues } from './form-schema';
import { keyFixtures } from './key-fixtures';
import { providerRegistry } from './provider-registry';
import type { CreatableProviderId } from './provider-ids';

const googleKey = JSON.stringify({
  type: 'service_account',
  project_id: 'sample-project',
  private_key: keyFixtures.rsaPkcs8,
  client_email: 'runner@sample-project.iam.gserviceaccount.com',
});

/**
 * One sample: valid create-form values, and the identifying detail the list shows for the credential
 * they save (the `detail` of the provider's catalog row; providers/identifying-detail.test.ts checks it).
 */
export interface Sample<Values extends ProviderValues = CredentialFormValues> {
  detail: string | undefined;
  values: Values;
}

type ValuesOf<P extends CreatableProviderId> = Extract<CredentialFormValues, { provider: P }>;
type SamplesOf<P extends CreatableProviderId> = readonly [Sample<ValuesOf<P>>, ...Sample<ValuesOf<P>>[]];

/**
 * Every creatable provider's samples, shared by the schema, mapper and identifying-detail tests, the
 * round trip to the API and its fuzz test; the type refuses to compile until a new provider has one.
 * The first is its primary sample; a provider with several modes adds one sample per other mode.
 * Secrets are fake but shaped like the real thing.
 */
export const providerSamples: { [P in CreatableProviderId]: SamplesOf<P> } = {
  aws: [
    {
      detail: 'arn:aws:iam::123456789012:role/pipelines',
      values: {
        provider: 'aws',
        name: 'aws-keys',
        description: 'Batch keys',
        keys: {
          mode: 'keys',
          accessKey: 'AKIAIOSFODNN7EXAMPLE',
          secretKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY01',
          assumeRoleArn: 'arn:aws:iam::123456789012:role/pipelines',
          useExternalId: true,
        },
      },
    },
    {
      detail: 'arn:aws-us-gov:iam::123456789012:role/seqera',
      values: {
        provider: 'aws',
        name: 'aws-role',
        description: '',
        keys: { mode: 'role', accessKey: '', secretKey: '', assumeRoleArn: 'arn:aws-us-gov:iam::123456789012:role/seqera', useExternalId: true },
      },
    },
  ],
  azure: [
    {
      detail: 'labbatch / labstorage',
      values: {
        provider: 'azure',
        name: 'azure-shared',
        description: '',
        keys: { batchName: 'labbatch', storageName: 'labstorage', batchKey: 'batch-key-value==', storageKey: 'storage-key-value==' },
      },
    },
  ],
  azure_entra: [
    {
      detail: 'labbatch / labstorage',
      values: {
        provider: 'azure_entra',
        name: 'azure-entra',
        description: '',
        keys: {
          batchName: 'labbatch',
          storageName: 'labstorage',
          tenantId: '4f1d2c3b-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
          clientId: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
          clientSecret: 'entra~client~secret~value',
        },
      },
    },
  ],
  'azure-cloud': [
    {
      detail: 'labbatch / labstorage',
      values: {
        provider: 'azure-cloud',
        name: 'azure-cloud',
        description: '',
        keys: {
          subscriptionId: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
          storageName: 'labstorage',
          tenantId: '4f1d2c3b-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
          clientId: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
          clientSecret: 'cloud~client~secret~value',
          batchName: 'labbatch',
        },
      },
    },
  ],
  google: [
    {
      detail: undefined,
      values: {
        provider: 'google',
        name: 'google-key',
        description: 'Service account key',
        keys: { mode: 'key', data: googleKey, serviceAccountEmail: '', workloadIdentityProvider: '', tokenAudience: '' },
      },
    },
    {
      detail: 'runner@sample-project.iam.gserviceaccount.com',
      values: {
        provider: 'google',
        name: 'google-wif',
        description: '',
        keys: {
          mode: 'wif',
          data: '',
          serviceAccountEmail: 'runner@sample-project.iam.gserviceaccount.com',
          workloadIdentityProvider: 'projects/123456789/locations/global/workloadIdentityPools/lab/providers/github',
          tokenAudience: 'https://seqera.example.com',
        },
      },
    },
  ],
  github: [
    {
      detail: 'https://github.com',
      values: {
        provider: 'github',
        name: 'github-pat',
        description: '',
        baseUrl: 'https://github.com',
        keys: { username: 'octo-lab', password: 'ghp_sampleTokenValue0123456789abcdefABCD' },
      },
    },
  ],
  github_app: [
    {
      detail: 'lab-pipelines',
      values: {
        provider: 'github_app',
        name: 'github-app',
        description: '',
        baseUrl: 'https://github.com',
        keys: {
          appId: '123456',
          clientId: 'Iv1.0123456789abcdef',
          privateKey: keyFixtures.rsaPkcs1,
          slug: 'lab-pipelines',
          clientSecret: 'app-client-secret-value',
          webhookSecret: '',
        },
      },
    },
  ],
  gitlab: [
    {
      detail: 'https://gitlab.example.com',
      values: {
        provider: 'gitlab',
        name: 'gitlab-token',
        description: '',
        baseUrl: 'https://gitlab.example.com',
        keys: { username: 'lab-bot', token: 'glpat-sampleTokenValue0123' },
      },
    },
  ],
  bitbucket: [
    {
      detail: 'https://bitbucket.org',
      values: {
        provider: 'bitbucket',
        name: 'bitbucket-token',
        description: '',
        baseUrl: 'https://bitbucket.org',
        keys: { mode: 'token', username: 'bot@example.com', token: 'ATBB-sample-token-value', password: '' },
      },
    },
    {
      detail: 'https://bitbucket.org',
      values: {
        provider: 'bitbucket',
        name: 'bitbucket-password',
        description: '',
        baseUrl: 'https://bitbucket.org',
        keys: { mode: 'password', username: 'lab-bot', token: '', password: 'bitbucket-app-password' },
      },
    },
  ],
  gitea: [
    {
      detail: 'https://gitea.example.com',
      values: {
        provider: 'gitea',
        name: 'gitea-login',
        description: '',
        baseUrl: 'https://gitea.example.com',
        keys: { username: 'lab-bot', password: 'gitea-password-value', token: 'gitea-token-value' },
      },
    },
  ],
  codecommit: [
    {
      detail: 'https://git-codecommit.eu-west-1.amazonaws.com',
      values: {
        provider: 'codecommit',
        name: 'codecommit',
        description: '',
        baseUrl: 'https://git-codecommit.eu-west-1.amazonaws.com',
        keys: { username: 'AKIAIOSFODNN7EXAMPLE', password: 'codecommit-secret-access-key-value-000000' },
      },
    },
  ],
  azurerepos: [
    {
      detail: 'https://dev.azure.com/lab/pipelines',
      values: {
        provider: 'azurerepos',
        name: 'azure-devops',
        description: '',
        baseUrl: 'https://dev.azure.com/lab/pipelines',
        keys: { username: 'lab-bot', password: 'azure-devops-pat-value' },
      },
    },
  ],
  'container-reg': [
    {
      detail: 'quay.io',
      values: {
        provider: 'container-reg',
        name: 'quay-robot',
        description: '',
        keys: { registry: 'quay.io', userName: 'lab+robot', password: 'quay-robot-token-value' },
      },
    },
  ],
  ssh: [
    {
      detail: undefined,
      values: {
        provider: 'ssh',
        name: 'ssh-login',
        description: '',
        keys: { privateKey: keyFixtures.opensshEd25519, passphrase: '' },
      },
    },
  ],
  k8s: [
    {
      detail: undefined,
      values: {
        provider: 'k8s',
        name: 'k8s-cert',
        description: '',
        keys: { mode: 'certificate', token: '', certificate: keyFixtures.certificate, privateKey: keyFixtures.ecPkcs8 },
      },
    },
    {
      detail: undefined,
      values: {
        provider: 'k8s',
        name: 'k8s-token',
        description: '',
        keys: { mode: 'token', token: 'eyJhbGciOiJSUzI1NiJ9.sample.token', certificate: '', privateKey: '' },
      },
    },
  ],
  'tw-agent': [
    {
      detail: '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d',
      values: {
        provider: 'tw-agent',
        name: 'tower-agent',
        description: '',
        keys: { connectionId: '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d', workDir: '/scratch/work', shared: true },
      },
    },
  ],
  s3: [
    {
      detail: 'https://minio.example.com:9000',
      values: {
        provider: 's3',
        name: 'minio',
        description: '',
        baseUrl: 'https://minio.example.com:9000',
        keys: { accessKey: 'minio-access', secretKey: 'minio-secret-key-value', pathStyleAccessEnabled: true },
      },
    },
  ],
};

const sampleLists: (readonly Sample[])[] = Object.values(providerSamples);

/** Every sample, provider by provider. */
export const everySample: readonly Sample[] = sampleLists.flat();

export const allSamples: CredentialFormValues[] = everySample.map((sample) => sample.values);

/** Each provider's first sample. */
export const primarySamples = Object.fromEntries(
  Object.entries(providerSamples).map(([provider, [primary]]) => [provider, primary.values]),
) as { [P in CreatableProviderId]: ValuesOf<P> };

/** The other modes of the providers that have several. */
export const alternateSamples: CredentialFormValues[] = sampleLists.flatMap(([, ...others]) => others.map((sample) => sample.values));

/** The values an edit form should show after a save: the same, with every secret blank. */
export function withSecretsBlank(values: CredentialFormValues): CredentialFormValues {
  const secretNames = providerRegistry.secretFields(values.provider);
  const keys: Record<string, unknown> = { ...values.keys };
  for (const name of secretNames) keys[name] = '';
  return { ...values, keys } as CredentialFormValues;
}
