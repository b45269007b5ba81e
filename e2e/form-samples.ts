import type { CreatableProviderId } from '../src/features/credentials/form/provider-ids';
import { keyFixtures } from '../src/features/credentials/form/key-fixtures';

/**
 * What a user types to create credentials of each provider, found by the labels the form
 * shows. `edit` changes a non-secret field; `secret` replaces one secret (tw-agent has none).
 */
export interface UiSample {
  provider: CreatableProviderId;
  name: string;
  mode?: string;
  fields: readonly { label: string; value: string }[];
  edit: { label: string; value: string };
  secret?: { label: string; value: string };
}

const googleKey = (email: string) =>
  JSON.stringify({ type: 'service_account', project_id: 'e2e-project', private_key: keyFixtures.rsaPkcs8, client_email: email });

const tenant = '4f1d2c3b-1a2b-4c3d-8e9f-0a1b2c3d4e5f';
const client = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';

export const uiSamples: readonly UiSample[] = [
  {
    provider: 'aws',
    name: 'e2e-aws-keys',
    fields: [
      { label: 'Access key ID', value: 'AKIAIOSFODNN7EXAMPLE' },
      { label: 'Secret access key', value: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY01' },
    ],
    edit: { label: 'Access key ID', value: 'AKIAI44QH8DHBEXAMPLE' },
    secret: { label: 'Secret access key', value: 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY02' },
  },
  {
    provider: 'azure',
    name: 'e2e-azure-shared',
    fields: [
      { label: 'Batch account name', value: 'e2ebatch' },
      { label: 'Batch account key', value: 'batch-key-e2e==' },
      { label: 'Storage account name', value: 'e2estorage' },
      { label: 'Storage account key', value: 'storage-key-e2e==' },
    ],
    edit: { label: 'Storage account name', value: 'e2estorage2' },
    secret: { label: 'Batch account key', value: 'batch-key-e2e-replaced==' },
  },
  {
    provider: 'azure_entra',
    name: 'e2e-azure-entra',
    fields: [
      { label: 'Batch account name', value: 'e2ebatch' },
      { label: 'Storage account name', value: 'e2estorage' },
      { label: 'Tenant ID', value: tenant },
      { label: 'Client (application) ID', value: client },
      { label: 'Client secret', value: 'entra-secret-e2e' },
    ],
    edit: { label: 'Batch account name', value: 'e2ebatch2' },
    secret: { label: 'Client secret', value: 'entra-secret-e2e-replaced' },
  },
  {
    provider: 'azure-cloud',
    name: 'e2e-azure-cloud',
    fields: [
      { label: 'Subscription ID', value: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e' },
      { label: 'Storage account name', value: 'e2estorage' },
      { label: 'Tenant ID', value: tenant },
      { label: 'Client (application) ID', value: client },
      { label: 'Client secret', value: 'cloud-secret-e2e' },
    ],
    edit: { label: 'Storage account name', value: 'e2estorage3' },
    secret: { label: 'Client secret', value: 'cloud-secret-e2e-replaced' },
  },
  {
    provider: 'google',
    name: 'e2e-google',
    fields: [{ label: 'Service account key (JSON)', value: googleKey('runner@e2e-project.iam.gserviceaccount.com') }],
    edit: { label: 'Description', value: 'Edited in the browser' },
    secret: { label: 'Service account key (JSON)', value: googleKey('other@e2e-project.iam.gserviceaccount.com') },
  },
  {
    provider: 'github',
    name: 'e2e-github',
    fields: [
      { label: 'User name', value: 'octo-e2e' },
      { label: 'Personal access token', value: 'ghp_e2eTokenValue0123456789' },
    ],
    edit: { label: 'User name', value: 'octo-e2e-2' },
    secret: { label: 'Personal access token', value: 'ghp_e2eTokenValueReplaced' },
  },
  {
    provider: 'github_app',
    name: 'e2e-github-app',
    fields: [
      { label: 'App ID', value: '424242' },
      { label: 'Client ID', value: 'Iv1.e2e0123456789' },
      { label: 'Private key (PEM)', value: keyFixtures.rsaPkcs1 },
    ],
    edit: { label: 'App ID', value: '434343' },
    secret: { label: 'Private key (PEM)', value: keyFixtures.rsaPkcs8 },
  },
  {
    provider: 'gitlab',
    name: 'e2e-gitlab',
    fields: [
      { label: 'User name', value: 'lab-e2e' },
      { label: 'Access token', value: 'glpat-e2e-token' },
    ],
    edit: { label: 'Base URL', value: 'https://gitlab.e2e.example.com' },
    secret: { label: 'Access token', value: 'glpat-e2e-token-replaced' },
  },
  {
    provider: 'bitbucket',
    name: 'e2e-bitbucket',
    fields: [
      { label: 'Atlassian account e-mail', value: 'e2e@example.com' },
      { label: 'API token', value: 'ATBB-e2e-token' },
    ],
    edit: { label: 'Atlassian account e-mail', value: 'e2e-2@example.com' },
    secret: { label: 'API token', value: 'ATBB-e2e-token-replaced' },
  },
  {
    provider: 'gitea',
    name: 'e2e-gitea',
    fields: [
      { label: 'Gitea server URL', value: 'https://gitea.e2e.example.com' },
      { label: 'User name', value: 'gitea-e2e' },
      { label: 'Password', value: 'gitea-password-e2e' },
    ],
    edit: { label: 'User name', value: 'gitea-e2e-2' },
    secret: { label: 'Password', value: 'gitea-password-e2e-replaced' },
  },
  {
    provider: 'codecommit',
    name: 'e2e-codecommit',
    fields: [
      { label: 'Access key ID', value: 'AKIAIOSFODNN7EXAMPLE' },
      { label: 'Secret access key', value: 'codecommit-secret-e2e-0000000000000000000' },
    ],
    edit: { label: 'Base URL', value: 'https://git-codecommit.eu-west-1.amazonaws.com' },
    secret: { label: 'Secret access key', value: 'codecommit-secret-e2e-replaced-000000000' },
  },
  {
    provider: 'azurerepos',
    name: 'e2e-azure-devops',
    fields: [
      { label: 'User name', value: 'devops-e2e' },
      { label: 'Personal access token', value: 'devops-pat-e2e' },
    ],
    edit: { label: 'Base URL', value: 'https://dev.azure.com/e2e/project' },
    secret: { label: 'Personal access token', value: 'devops-pat-e2e-replaced' },
  },
  {
    provider: 'container-reg',
    name: 'e2e-registry',
    fields: [
      { label: 'Registry host', value: 'ghcr.io' },
      { label: 'User name', value: 'octo-e2e' },
      { label: 'Password or access token', value: 'ghcr-token-e2e' },
    ],
    edit: { label: 'User name', value: 'octo-e2e-2' },
    secret: { label: 'Password or access token', value: 'ghcr-token-e2e-replaced' },
  },
  {
    provider: 'ssh',
    name: 'e2e-ssh',
    fields: [{ label: 'Private key', value: keyFixtures.opensshEd25519 }],
    edit: { label: 'Description', value: 'Edited in the browser' },
    secret: { label: 'Private key', value: keyFixtures.rsaPkcs1 },
  },
  {
    provider: 'k8s',
    name: 'e2e-k8s',
    mode: 'Client certificate',
    fields: [
      { label: 'Client certificate (PEM)', value: keyFixtures.certificate },
      { label: 'Client key (PEM)', value: keyFixtures.ecPkcs8 },
    ],
    edit: { label: 'Description', value: 'Edited in the browser' },
    secret: { label: 'Client key (PEM)', value: keyFixtures.rsaPkcs8 },
  },
  {
    provider: 'tw-agent',
    name: 'e2e-tower-agent',
    fields: [{ label: 'Connection ID', value: '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d' }],
    edit: { label: 'Work directory (optional)', value: '/scratch/e2e' },
  },
  {
    provider: 's3',
    name: 'e2e-minio',
    fields: [
      { label: 'Endpoint URL', value: 'https://minio.e2e.example.com:9000' },
      { label: 'Access key', value: 'minio-e2e' },
      { label: 'Secret key', value: 'minio-secret-e2e' },
    ],
    edit: { label: 'Access key', value: 'minio-e2e-2' },
    secret: { label: 'Secret key', value: 'minio-secret-e2e-replaced' },
  },
];
