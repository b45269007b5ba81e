import { badRequest } from './errors';
import type { PlatformId } from './platforms';
import {
  REGISTRY_HOST,
  UUID,
  noProbe,
  privateKeyProblem,
  probeAws,
  probeAzure,
  probeGoogle,
  probeK8s,
  probeRegistry,
  probeAgent,
  type TextOf,
} from './probe';

/**
 * Everything the embedded API knows about each provider, one row per provider. Adding a provider means adding
 * its id here and its row in PROVIDERS (the `satisfies` below fails the build until both exist); keys.ts,
 * credentials-input.ts, platforms.ts, bulk.ts and seed.ts read the rows, and the parity tests compare them with
 * the client's lists and with Seqera's API document.
 */

/** The 18 provider ids of Seqera's `Credentials.provider` enum (the keys mapping also names `local`, which the enum does not). */
export const PROVIDER_IDS = [
  'aws',
  'azure',
  'azure_entra',
  'google',
  'github',
  'github_app',
  'gitlab',
  'bitbucket',
  'ssh',
  'k8s',
  'container-reg',
  'tw-agent',
  'codecommit',
  'gitea',
  'azurerepos',
  'seqeracompute',
  'azure-cloud',
  's3',
] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export const isProviderId = (value: string): value is ProviderId => (PROVIDER_IDS as readonly string[]).includes(value);

/** JSON type of a key field; `aws-mode` is a string that must be 'keys' or 'role'. */
export type FieldType = 'string' | 'boolean' | 'aws-mode';

export type PublicKeys = Record<string, string | boolean>;
export type SecretKeys = Record<string, string>;
export interface StoredKeys {
  publicKeys: PublicKeys;
  secrets: SecretKeys;
}
/** The key fields a request sent, after type checks; null, "" and `externalId` left out. */
export type SentKeys = Record<string, string | boolean>;

export interface ProviderSpec<K extends string = string> {
  /** Names the provider in error messages. */
  label: string;
  /** False for credentials the platform manages: listed and shown, never created or edited through the API. */
  creatable: boolean;
  /** The fields its keys accept (the document's SecurityKeys variant), with their JSON types. */
  fields: Record<K, FieldType>;
  /** Fields encrypted at rest and never returned. */
  secrets: readonly NoInfer<K>[];
  /** Fields required whatever the mode (mode-dependent ones are in `check`). */
  required: readonly NoInfer<K>[];
  /**
   * Mutually exclusive ways to authenticate. When a request sends a field of one, stored secrets of the others
   * are dropped, so switching mode on update never leaves a stale secret behind.
   */
  alternatives?: readonly (readonly NoInfer<K>[])[];
  /** Rules beyond `required`: modes, defaults, formats. Throws a 400; may complete `keys` (a default, a mode). */
  check?: (keys: StoredKeys, sent: SentKeys) => void;
  /** `required` is enforced; the others describe what a form should ask for. */
  baseUrl: 'required' | 'recommended' | 'optional' | 'none';
  /** Compute platforms whose `GET /credentials?platformId=` lists this provider. */
  platforms: readonly PlatformId[];
  /** The offline validation probe: null when the keys pass, else the provider-style reason (never a secret value). */
  probe: (text: TextOf) => string | null;
}

/** Gives a row its own field names, so a typo in `secrets`, `required` or `alternatives` fails the type-check. */
const provider = <K extends string>(spec: ProviderSpec<K>): ProviderSpec => spec;

export const DEFAULT_REGISTRY = 'docker.io';

const has = (keys: StoredKeys, field: string) => Object.hasOwn(keys.publicKeys, field) || Object.hasOwn(keys.secrets, field);

export function requireAll(keys: StoredKeys, fields: readonly string[], what: string) {
  const missing = fields.filter((field) => !has(keys, field));
  if (missing.length > 0) throw badRequest(`${what} requires ${missing.map((field) => `keys.${field}`).join(', ')}`);
}

const S = 'string' as const;
const HPC: readonly PlatformId[] = ['slurm-platform', 'lsf-platform', 'uge-platform', 'pbs-platform', 'altair-platform', 'moab-platform'];
const AWS_FIELDS = { accessKey: S, secretKey: S, assumeRoleArn: S, externalId: S, mode: 'aws-mode' } as const;
const AZURE_SHARED_KEY = { batchName: S, storageName: S, batchKey: S, storageKey: S } as const;
const ENTRA = { tenantId: S, clientId: S, clientSecret: S } as const;
const GIT_FIELDS = { username: S, password: S, token: S } as const;
/** Git hosts that take a user name and a password (or token) in `password`. */
const userPasswordHost = (label: string, baseUrl: ProviderSpec['baseUrl']) =>
  provider({ label, creatable: true, fields: GIT_FIELDS, secrets: ['password', 'token'], required: ['username', 'password'], baseUrl, platforms: [], probe: noProbe });

const inferAwsMode = (sent: SentKeys) =>
  Object.hasOwn(sent, 'accessKey') || Object.hasOwn(sent, 'secretKey') || !Object.hasOwn(sent, 'assumeRoleArn') ? 'keys' : 'role';

export const PROVIDERS = {
  aws: provider({
    label: 'AWS',
    creatable: true,
    fields: AWS_FIELDS,
    secrets: ['secretKey'],
    required: [],
    check(keys, sent) {
      const mode = (sent.mode as string | undefined) ?? inferAwsMode(sent);
      keys.publicKeys.mode = mode;
      if (mode === 'role') {
        if (Object.hasOwn(sent, 'accessKey') || Object.hasOwn(sent, 'secretKey')) {
          throw badRequest('AWS role mode does not accept keys.accessKey or keys.secretKey');
        }
        delete keys.secrets.secretKey;
        requireAll(keys, ['assumeRoleArn'], 'AWS role mode');
      } else {
        requireAll(keys, ['accessKey', 'secretKey'], 'AWS keys mode');
      }
    },
    baseUrl: 'none',
    platforms: ['aws-batch', 'aws-cloud', 'eks-platform'],
    probe: probeAws,
  }),
  azure: provider({
    label: 'Azure',
    creatable: true,
    fields: AZURE_SHARED_KEY,
    secrets: ['batchKey', 'storageKey'],
    required: ['batchName', 'storageName', 'batchKey', 'storageKey'],
    baseUrl: 'none',
    platforms: ['azure-batch'],
    probe: probeAzure,
  }),
  azure_entra: provider({
    label: 'Azure Entra',
    creatable: true,
    fields: { ...AZURE_SHARED_KEY, ...ENTRA },
    secrets: ['batchKey', 'storageKey', 'clientSecret'],
    required: ['batchName', 'storageName', 'tenantId', 'clientId', 'clientSecret'],
    baseUrl: 'none',
    platforms: ['azure-batch'],
    probe: probeAzure,
  }),
  google: provider({
    label: 'Google Cloud',
    creatable: true,
    fields: { data: S, serviceAccountEmail: S, workloadIdentityProvider: S, tokenAudience: S },
    secrets: ['data'],
    required: [],
    alternatives: [['data'], ['serviceAccountEmail', 'workloadIdentityProvider', 'tokenAudience']],
    check(keys) {
      if (has(keys, 'data')) {
        if (has(keys, 'serviceAccountEmail') || has(keys, 'workloadIdentityProvider')) {
          throw badRequest('Google credentials take either keys.data or Workload Identity Federation fields, not both');
        }
        return;
      }
      requireAll(keys, ['serviceAccountEmail', 'workloadIdentityProvider'], 'Google Workload Identity Federation');
    },
    baseUrl: 'none',
    platforms: ['google-batch', 'google-cloud', 'gke-platform'],
    probe: probeGoogle,
  }),
  github: userPasswordHost('GitHub', 'optional'),
  github_app: provider({
    label: 'GitHub App',
    creatable: true,
    fields: { appId: S, clientId: S, privateKey: S, slug: S, clientSecret: S, webhookSecret: S },
    secrets: ['privateKey', 'clientSecret', 'webhookSecret'],
    required: ['appId', 'clientId', 'privateKey'],
    baseUrl: 'optional',
    platforms: [],
    probe: (text) => privateKeyProblem(text('privateKey'), undefined, 'GitHub App private key'),
  }),
  gitlab: provider({
    label: 'GitLab',
    creatable: true,
    fields: GIT_FIELDS,
    secrets: ['password', 'token'],
    required: ['username', 'token'],
    baseUrl: 'recommended',
    platforms: [],
    probe: noProbe,
  }),
  bitbucket: provider({
    label: 'Bitbucket',
    creatable: true,
    fields: GIT_FIELDS,
    secrets: ['password', 'token'],
    required: ['username'],
    alternatives: [['token'], ['password']],
    check(keys) {
      if (has(keys, 'token') === has(keys, 'password')) throw badRequest('Bitbucket requires exactly one of keys.token or keys.password');
    },
    baseUrl: 'recommended',
    platforms: [],
    probe: noProbe,
  }),
  ssh: provider({
    label: 'SSH',
    creatable: true,
    fields: { privateKey: S, passphrase: S },
    secrets: ['privateKey', 'passphrase'],
    required: ['privateKey'],
    baseUrl: 'none',
    platforms: HPC,
    probe: (text) => privateKeyProblem(text('privateKey'), text('passphrase'), 'SSH private key'),
  }),
  k8s: provider({
    label: 'Kubernetes',
    creatable: true,
    fields: { token: S, certificate: S, privateKey: S },
    secrets: ['token', 'privateKey'],
    required: [],
    alternatives: [['token'], ['certificate', 'privateKey']],
    check(keys) {
      if (has(keys, 'token')) {
        if (has(keys, 'certificate') || has(keys, 'privateKey')) {
          throw badRequest('Kubernetes credentials take either keys.token or keys.certificate with keys.privateKey');
        }
        return;
      }
      requireAll(keys, ['certificate', 'privateKey'], 'Kubernetes certificate mode');
    },
    baseUrl: 'none',
    platforms: ['k8s-platform'],
    probe: probeK8s,
  }),
  'container-reg': provider({
    label: 'Container registry',
    creatable: true,
    fields: { userName: S, password: S, registry: S },
    secrets: ['password'],
    required: ['userName', 'password'],
    check(keys) {
      const registry = keys.publicKeys.registry ?? DEFAULT_REGISTRY;
      if (typeof registry !== 'string' || !REGISTRY_HOST.test(registry)) {
        throw badRequest('Field keys.registry must be a host name with an optional port, without scheme or path');
      }
      keys.publicKeys.registry = registry;
    },
    baseUrl: 'none',
    platforms: [],
    probe: probeRegistry,
  }),
  'tw-agent': provider({
    label: 'Tower Agent',
    creatable: true,
    fields: { connectionId: S, workDir: S, shared: 'boolean' },
    secrets: [],
    required: ['connectionId'],
    check(keys) {
      const connectionId = keys.publicKeys.connectionId;
      if (typeof connectionId !== 'string' || !UUID.test(connectionId)) throw badRequest('Field keys.connectionId must be a UUID');
    },
    baseUrl: 'none',
    platforms: HPC,
    probe: probeAgent,
  }),
  codecommit: userPasswordHost('AWS CodeCommit', 'recommended'),
  gitea: userPasswordHost('Gitea', 'required'),
  azurerepos: userPasswordHost('Azure DevOps', 'recommended'),
  seqeracompute: provider({
    label: 'Seqera Compute',
    creatable: false,
    fields: AWS_FIELDS,
    secrets: ['secretKey'],
    required: [],
    baseUrl: 'none',
    platforms: ['seqeracompute-platform'],
    probe: probeAws,
  }),
  'azure-cloud': provider({
    label: 'Azure Cloud',
    creatable: true,
    fields: { subscriptionId: S, ...AZURE_SHARED_KEY, ...ENTRA },
    secrets: ['batchKey', 'storageKey', 'clientSecret'],
    required: ['subscriptionId', 'storageName', 'tenantId', 'clientId', 'clientSecret'],
    baseUrl: 'none',
    platforms: ['azure-cloud'],
    probe: probeAzure,
  }),
  s3: provider({
    label: 'S3-compatible storage',
    creatable: true,
    fields: { accessKey: S, secretKey: S, pathStyleAccessEnabled: 'boolean' },
    secrets: ['secretKey'],
    required: ['accessKey', 'secretKey'],
    baseUrl: 'required',
    platforms: [],
    probe: noProbe,
  }),
} satisfies Record<ProviderId, ProviderSpec>;

/** Every field some provider keeps secret (the client's SECRET_KEY_FIELDS must equal it). */
export const SECRET_FIELDS: ReadonlySet<string> = new Set(PROVIDER_IDS.flatMap((id) => PROVIDERS[id].secrets));

/** Splits flat keys into what is stored in the clear and what is sealed, by the provider's secret fields. */
export function splitKeys(id: ProviderId, keys: PublicKeys): StoredKeys {
  const secretNames = new Set<string>(PROVIDERS[id].secrets);
  const publicKeys: PublicKeys = {};
  const secrets: SecretKeys = {};
  for (const [field, value] of Object.entries(keys)) {
    if (!secretNames.has(field)) publicKeys[field] = value;
    else if (typeof value === 'string') secrets[field] = value;
    else throw new Error(`Secret ${id}.${field} must be a string`);
  }
  return { publicKeys, secrets };
}
