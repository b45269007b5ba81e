import type { SvgIconComponent } from '@mui/icons-material';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import CloudIcon from '@mui/icons-material/Cloud';
import CloudQueueIcon from '@mui/icons-material/CloudQueue';
import GitHubIcon from '@mui/icons-material/GitHub';
import GoogleIcon from '@mui/icons-material/Google';
import HubIcon from '@mui/icons-material/Hub';
import Inventory2Icon from '@mui/icons-material/Inventory2';
import KeyIcon from '@mui/icons-material/Key';
import LanIcon from '@mui/icons-material/Lan';
import MemoryIcon from '@mui/icons-material/Memory';
import StorageIcon from '@mui/icons-material/Storage';
import TerminalIcon from '@mui/icons-material/Terminal';
import { providerGroupStrings } from '../strings';

export const PROVIDER_IDS = [
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
  'seqeracompute',
] as const;

export type ProviderId = (typeof PROVIDER_IDS)[number];
export type ProviderGroup = keyof typeof providerGroupStrings;

export interface ProviderMeta {
  id: string;
  known: boolean;
  displayName: string;
  group: ProviderGroup;
  icon: SvgIconComponent;
  /** Icon tint; the display name always sits beside it, so colour is never the only cue. */
  color: string;
}

/** The keys and base URL the list holds for a credential (the API's `keys` is an open record). */
export interface StoredCredential {
  keys?: Record<string, unknown> | null;
  /** Blank already turned into undefined. */
  baseUrl?: string;
}

/**
 * What the list and the details view know of a provider: no form code here, so the list's first
 * load stays small (the form's half of a provider lives in form/definitions/, loaded with the form).
 */
export interface ProviderListing extends Omit<ProviderMeta, 'id' | 'known'> {
  /** Key fields that are write-only in Seqera's API (as server/api/providers.ts keeps them): never returned, never rendered. */
  secrets: readonly string[];
  /**
   * The one non-secret value that tells two credentials of the same provider apart, shown in the
   * list and searched; undefined when there is none (SSH keys, for instance).
   */
  detail: (credential: StoredCredential) => string | undefined;
}

/** The registry host Seqera and Wave assume when a container-registry credential names none. */
export const DEFAULT_REGISTRY = 'docker.io';

function text(credential: StoredCredential, field: string): string | undefined {
  const value = credential.keys?.[field];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function joined(...parts: (string | undefined)[]): string | undefined {
  const present = parts.filter((part) => part !== undefined);
  return present.length > 0 ? present.join(' / ') : undefined;
}

const awsDetail = (c: StoredCredential) => text(c, 'assumeRoleArn') ?? text(c, 'accessKey');
const azureDetail = (c: StoredCredential) => joined(text(c, 'batchName'), text(c, 'storageName'));
const gitDetail = (c: StoredCredential) => c.baseUrl ?? text(c, 'username');
const none = () => undefined;
const azure = { group: 'cloud', icon: CloudQueueIcon, color: '#0069b4', detail: azureDetail } as const;
const git = { group: 'git', icon: AccountTreeIcon, detail: gitDetail } as const;

/** One row per provider id. */
const CATALOG = {
  aws: { displayName: 'AWS', group: 'cloud', icon: CloudIcon, color: '#c45500', secrets: ['secretKey'], detail: awsDetail },
  azure: { displayName: 'Azure (shared key)', ...azure, secrets: ['batchKey', 'storageKey'] },
  azure_entra: { displayName: 'Azure (Entra service principal)', ...azure, secrets: ['batchKey', 'storageKey', 'clientSecret'] },
  'azure-cloud': { displayName: 'Azure Cloud', ...azure, secrets: ['batchKey', 'storageKey', 'clientSecret'] },
  google: {
    displayName: 'Google Cloud',
    group: 'cloud',
    icon: GoogleIcon,
    color: '#2a6bd8',
    secrets: ['data'],
    detail: (c) => text(c, 'serviceAccountEmail') ?? text(c, 'workloadIdentityProvider'),
  },
  github: { displayName: 'GitHub', ...git, icon: GitHubIcon, color: '#57606a', secrets: ['password', 'token'] },
  github_app: {
    displayName: 'GitHub App',
    group: 'git',
    icon: GitHubIcon,
    color: '#57606a',
    secrets: ['privateKey', 'clientSecret', 'webhookSecret'],
    detail: (c) => text(c, 'slug') ?? text(c, 'appId'),
  },
  gitlab: { displayName: 'GitLab', ...git, color: '#c4451c', secrets: ['password', 'token'] },
  bitbucket: { displayName: 'Bitbucket', ...git, color: '#0052cc', secrets: ['password', 'token'] },
  gitea: { displayName: 'Gitea', ...git, color: '#4c8a2e', secrets: ['password', 'token'] },
  codecommit: { displayName: 'AWS CodeCommit', ...git, color: '#c45500', secrets: ['password', 'token'] },
  azurerepos: { displayName: 'Azure DevOps', ...git, color: '#0069b4', secrets: ['password', 'token'] },
  'container-reg': {
    displayName: 'Container registry',
    group: 'registry',
    icon: Inventory2Icon,
    color: '#1d63ed',
    secrets: ['password'],
    detail: (c) => text(c, 'registry') ?? DEFAULT_REGISTRY,
  },
  ssh: { displayName: 'SSH', group: 'other', icon: TerminalIcon, color: '#57606a', secrets: ['privateKey', 'passphrase'], detail: none },
  k8s: { displayName: 'Kubernetes', group: 'other', icon: HubIcon, color: '#326ce5', secrets: ['token', 'privateKey'], detail: none },
  'tw-agent': { displayName: 'Tower Agent', group: 'other', icon: LanIcon, color: '#7b3fb3', secrets: [], detail: (c) => text(c, 'connectionId') },
  s3: {
    displayName: 'S3-compatible storage',
    group: 'other',
    icon: StorageIcon,
    color: '#2e7d32',
    secrets: ['secretKey'],
    detail: (c) => c.baseUrl ?? text(c, 'accessKey'),
  },
  seqeracompute: { displayName: 'Seqera Compute', group: 'cloud', icon: MemoryIcon, color: '#7b3fb3', secrets: ['secretKey'], detail: awsDetail },
} satisfies Record<ProviderId, ProviderListing>;

/** The list's half of a known provider. */
export function providerListing(id: ProviderId): ProviderListing {
  return CATALOG[id];
}

export function isProviderId(id: string): id is ProviderId {
  return Object.hasOwn(CATALOG, id);
}

export function providerMeta(id: string): ProviderMeta {
  if (isProviderId(id)) {
    const { displayName, group, icon, color } = CATALOG[id];
    return { id, known: true, displayName, group, icon, color };
  }
  // An id this console does not know yet: show it raw rather than failing the whole list.
  return { id, known: false, displayName: id, group: 'other', icon: KeyIcon, color: '#57606a' };
}

/** Known providers in display order, for filters and pickers. */
export const KNOWN_PROVIDERS: readonly ProviderMeta[] = PROVIDER_IDS.map((id) => providerMeta(id));
