import { PROVIDER_IDS, PROVIDERS, type ProviderId } from './providers';

/** The compute platforms the embedded API offers; which providers each accepts is in each provider's row. */
const PLATFORM_NAMES = {
  'aws-batch': 'AWS Batch',
  'aws-cloud': 'AWS Cloud',
  'google-batch': 'Google Batch',
  'google-cloud': 'Google Cloud',
  'azure-batch': 'Azure Batch',
  'azure-cloud': 'Azure Cloud',
  'k8s-platform': 'Kubernetes',
  'eks-platform': 'Amazon EKS',
  'gke-platform': 'Google GKE',
  'slurm-platform': 'Slurm Workload Manager',
  'lsf-platform': 'IBM LSF',
  'uge-platform': 'Grid Engine',
  'pbs-platform': 'PBS Pro',
  'altair-platform': 'Altair PBS Pro',
  'moab-platform': 'Moab',
  'seqeracompute-platform': 'Seqera Compute',
} as const;
export type PlatformId = keyof typeof PLATFORM_NAMES;

export interface ComputePlatform {
  id: PlatformId;
  name: string;
  credentialsProviders: ProviderId[];
}

export const PLATFORMS: readonly ComputePlatform[] = (Object.keys(PLATFORM_NAMES) as PlatformId[]).map((id) => ({
  id,
  name: PLATFORM_NAMES[id],
  credentialsProviders: PROVIDER_IDS.filter((provider) => PROVIDERS[provider].platforms.includes(id)),
}));

export const findPlatform = (id: string) => PLATFORMS.find((platform) => platform.id === id);
