import type { ProviderId } from './providers';

export interface ComputePlatform {
  id: string;
  name: string;
  credentialsProviders: ProviderId[];
}

const HPC: ProviderId[] = ['ssh', 'tw-agent'];

/** The compute platforms the embedded API offers and which credential providers each accepts. */
export const PLATFORMS: readonly ComputePlatform[] = [
  { id: 'aws-batch', name: 'AWS Batch', credentialsProviders: ['aws'] },
  { id: 'aws-cloud', name: 'AWS Cloud', credentialsProviders: ['aws'] },
  { id: 'google-batch', name: 'Google Batch', credentialsProviders: ['google'] },
  { id: 'google-cloud', name: 'Google Cloud', credentialsProviders: ['google'] },
  { id: 'azure-batch', name: 'Azure Batch', credentialsProviders: ['azure', 'azure_entra'] },
  { id: 'azure-cloud', name: 'Azure Cloud', credentialsProviders: ['azure-cloud'] },
  { id: 'k8s-platform', name: 'Kubernetes', credentialsProviders: ['k8s'] },
  { id: 'eks-platform', name: 'Amazon EKS', credentialsProviders: ['aws'] },
  { id: 'gke-platform', name: 'Google GKE', credentialsProviders: ['google'] },
  { id: 'slurm-platform', name: 'Slurm Workload Manager', credentialsProviders: HPC },
  { id: 'lsf-platform', name: 'IBM LSF', credentialsProviders: HPC },
  { id: 'uge-platform', name: 'Grid Engine', credentialsProviders: HPC },
  { id: 'pbs-platform', name: 'PBS Pro', credentialsProviders: HPC },
  { id: 'altair-platform', name: 'Altair PBS Pro', credentialsProviders: HPC },
  { id: 'moab-platform', name: 'Moab', credentialsProviders: HPC },
  { id: 'seqeracompute-platform', name: 'Seqera Compute', credentialsProviders: ['seqeracompute'] },
];

export const findPlatform = (id: string) => PLATFORMS.find((platform) => platform.id === id);
