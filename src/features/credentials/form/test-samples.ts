import type { CredentialFormValues } from './form-schema';
import { keyFixtures } from './key-fixtures';
import { providerRegistry } from './provider-registry';
import type { CreatableProviderId } from './provider-ids';

/**
 * Valid create-form values for every creatable provider (and the other mode of the
 * providers that have two), shared by the schema tests and the round trip to the API.
 * Secrets are fake but shaped like the real thing.
 */
const googleKey = JSON.stringify({
  type: 'service_account',
  project_id: 'sample-project',
  private_key: keyFixtures.rsaPkcs8,
  client_email: 'runner@sample-project.iam.gserviceaccount.com',
});

export const primarySamples: { [P in CreatableProviderId]: Extract<CredentialFormValues, { provider: P }> } = {
  aws: {
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
  azure: {
    provider: 'azure',
    name: 'azure-shared',
    description: '',
    keys: { batchName: 'labbatch', storageName: 'labstorage', batchKey: 'batch-key-value==', storageKey: 'storage-key-value==' },
  },
  azure_entra: {
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
  'azure-cloud': {
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
  google: {
    provider: 'google',
    name: 'google-key',
    description: 'Service account key',
    keys: { mode: 'key', data: googleKey, serviceAccountEmail: '', workloadIdentityProvider: '', tokenAudience: '' },
  },
  github: {
    provider: 'github',
    name: 'github-pat',
    description: '',
    baseUrl: 'https://github.com',
    keys: { username: 'octo-lab', password: 'ghp_sampleTokenValue0123456789abcdefABCD' },
  },
  github_app: {
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
  gitlab: {
    provider: 'gitlab',
    name: 'gitlab-token',
    description: '',
    baseUrl: 'https://gitlab.example.com',
    keys: { username: 'lab-bot', token: 'glpat-sampleTokenValue0123' },
  },
  bitbucket: {
    provider: 'bitbucket',
    name: 'bitbucket-token',
    description: '',
    baseUrl: 'https://bitbucket.org',
    keys: { mode: 'token', username: 'bot@example.com', token: 'ATBB-sample-token-value', password: '' },
  },
  gitea: {
    provider: 'gitea',
    name: 'gitea-login',
    description: '',
    baseUrl: 'https://gitea.example.com',
    keys: { username: 'lab-bot', password: 'gitea-password-value', token: 'gitea-token-value' },
  },
  codecommit: {
    provider: 'codecommit',
    name: 'codecommit',
    description: '',
    baseUrl: 'https://git-codecommit.eu-west-1.amazonaws.com',
    keys: { username: 'AKIAIOSFODNN7EXAMPLE', password: 'codecommit-secret-access-key-value-000000' },
  },
  azurerepos: {
    provider: 'azurerepos',
    name: 'azure-devops',
    description: '',
    baseUrl: 'https://dev.azure.com/lab/pipelines',
    keys: { username: 'lab-bot', password: 'azure-devops-pat-value' },
  },
  'container-reg': {
    provider: 'container-reg',
    name: 'quay-robot',
    description: '',
    keys: { registry: 'quay.io', userName: 'lab+robot', password: 'quay-robot-token-value' },
  },
  ssh: {
    provider: 'ssh',
    name: 'ssh-login',
    description: '',
    keys: { privateKey: keyFixtures.opensshEd25519, passphrase: '' },
  },
  k8s: {
    provider: 'k8s',
    name: 'k8s-cert',
    description: '',
    keys: { mode: 'certificate', token: '', certificate: keyFixtures.certificate, privateKey: keyFixtures.ecPkcs8 },
  },
  'tw-agent': {
    provider: 'tw-agent',
    name: 'tower-agent',
    description: '',
    keys: { connectionId: '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d', workDir: '/scratch/work', shared: true },
  },
  s3: {
    provider: 's3',
    name: 'minio',
    description: '',
    baseUrl: 'https://minio.example.com:9000',
    keys: { accessKey: 'minio-access', secretKey: 'minio-secret-key-value', pathStyleAccessEnabled: true },
  },
};

/** The second mode of the providers that have two. */
export const alternateSamples: CredentialFormValues[] = [
  {
    provider: 'aws',
    name: 'aws-role',
    description: '',
    keys: { mode: 'role', accessKey: '', secretKey: '', assumeRoleArn: 'arn:aws-us-gov:iam::123456789012:role/seqera', useExternalId: true },
  },
  {
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
  {
    provider: 'k8s',
    name: 'k8s-token',
    description: '',
    keys: { mode: 'token', token: 'eyJhbGciOiJSUzI1NiJ9.sample.token', certificate: '', privateKey: '' },
  },
  {
    provider: 'bitbucket',
    name: 'bitbucket-password',
    description: '',
    baseUrl: 'https://bitbucket.org',
    keys: { mode: 'password', username: 'lab-bot', token: '', password: 'bitbucket-app-password' },
  },
];

export const allSamples: CredentialFormValues[] = [...Object.values(primarySamples), ...alternateSamples];

/** The values an edit form should show after a save: the same, with every secret blank. */
export function withSecretsBlank(values: CredentialFormValues): CredentialFormValues {
  const secretNames = providerRegistry.secretFields(values.provider);
  const keys: Record<string, unknown> = { ...values.keys };
  for (const name of secretNames) keys[name] = '';
  return { ...values, keys } as CredentialFormValues;
}
