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

type KnownMeta = Omit<ProviderMeta, 'id' | 'known'>;

const CATALOG: Record<ProviderId, KnownMeta> = {
  aws: { displayName: 'AWS', group: 'cloud', icon: CloudIcon, color: '#c45500' },
  azure: { displayName: 'Azure (shared key)', group: 'cloud', icon: CloudQueueIcon, color: '#0069b4' },
  azure_entra: { displayName: 'Azure (Entra service principal)', group: 'cloud', icon: CloudQueueIcon, color: '#0069b4' },
  'azure-cloud': { displayName: 'Azure Cloud', group: 'cloud', icon: CloudQueueIcon, color: '#0069b4' },
  google: { displayName: 'Google Cloud', group: 'cloud', icon: GoogleIcon, color: '#2a6bd8' },
  github: { displayName: 'GitHub', group: 'git', icon: GitHubIcon, color: '#57606a' },
  github_app: { displayName: 'GitHub App', group: 'git', icon: GitHubIcon, color: '#57606a' },
  gitlab: { displayName: 'GitLab', group: 'git', icon: AccountTreeIcon, color: '#c4451c' },
  bitbucket: { displayName: 'Bitbucket', group: 'git', icon: AccountTreeIcon, color: '#0052cc' },
  gitea: { displayName: 'Gitea', group: 'git', icon: AccountTreeIcon, color: '#4c8a2e' },
  codecommit: { displayName: 'AWS CodeCommit', group: 'git', icon: AccountTreeIcon, color: '#c45500' },
  azurerepos: { displayName: 'Azure DevOps', group: 'git', icon: AccountTreeIcon, color: '#0069b4' },
  'container-reg': { displayName: 'Container registry', group: 'registry', icon: Inventory2Icon, color: '#1d63ed' },
  ssh: { displayName: 'SSH', group: 'other', icon: TerminalIcon, color: '#57606a' },
  k8s: { displayName: 'Kubernetes', group: 'other', icon: HubIcon, color: '#326ce5' },
  'tw-agent': { displayName: 'Tower Agent', group: 'other', icon: LanIcon, color: '#7b3fb3' },
  s3: { displayName: 'S3-compatible storage', group: 'other', icon: StorageIcon, color: '#2e7d32' },
  seqeracompute: { displayName: 'Seqera Compute', group: 'cloud', icon: MemoryIcon, color: '#7b3fb3' },
};

export function isProviderId(id: string): id is ProviderId {
  return Object.hasOwn(CATALOG, id);
}

export function providerMeta(id: string): ProviderMeta {
  if (isProviderId(id)) return { id, known: true, ...CATALOG[id] };
  // An id this console does not know yet: show it raw rather than failing the whole list.
  return { id, known: false, displayName: id, group: 'other', icon: KeyIcon, color: '#57606a' };
}

/** Known providers in display order, for filters and pickers. */
export const KNOWN_PROVIDERS: readonly ProviderMeta[] = PROVIDER_IDS.map((id) => providerMeta(id));
