import { randomBytes } from 'node:crypto';
import { newCredentialsId } from './crypto';
import { DEMO_OWNER_ID, DEMO_VIEWER_ID, WS_PRODUCTION, WS_RESEARCH, WS_SHARED } from './seed-ids';
import { contextOf, type ComputeEnvStatus, type Store } from './store';

/** Where a seeded row lives: a workspace (created by `userId`) or `userId`'s personal context. */
interface Place {
  workspaceId: number | null;
  userId: number;
}

interface SeedComputeEnv {
  name: string;
  platform: string;
  /** Name of a seeded credential of the same context. */
  credentials: string;
  status?: ComputeEnvStatus;
  message?: string;
  region?: string;
  workDir: string;
  config?: Record<string, unknown>;
  primary?: boolean;
  description?: string;
  lastUsedDaysAgo?: number;
}

interface SeedDataLink {
  name: string;
  provider: 'aws' | 'google' | 'azure' | 's3';
  resourceRef: string;
  region?: string;
  /** Names of seeded credentials of the same context (none: a public bucket). */
  credentials: string[];
  publicAccessible?: boolean;
  description?: string;
}

interface SeedPipeline {
  name: string;
  repository: string;
  /** Name of a seeded compute environment of the same context. */
  computeEnv?: string;
  description?: string;
  updatedDaysAgo: number;
}

interface SeedPlace extends Place {
  computeEnvs: SeedComputeEnv[];
  dataLinks: SeedDataLink[];
  pipelines: SeedPipeline[];
}

const production: SeedPlace = {
  workspaceId: WS_PRODUCTION,
  userId: DEMO_OWNER_ID,
  computeEnvs: [
    { name: 'aws-batch-prod', platform: 'aws-batch', credentials: 'aws-batch-keys', region: 'eu-west-1', workDir: 's3://genomics-lab-work/prod', config: { computeQueue: 'TowerForge-prod-work', headQueue: 'TowerForge-prod-head' }, primary: true, lastUsedDaysAgo: 1, description: 'Production runs, on-demand instances' },
    { name: 'aws-batch-spot', platform: 'aws-batch', credentials: 'aws-batch-role', region: 'us-east-1', workDir: 's3://genomics-lab-work/spot', config: { computeQueue: 'TowerForge-spot-work' }, lastUsedDaysAgo: 3 },
    { name: 'aws-batch-legacy', platform: 'aws-batch', credentials: 'aws-batch-keys', status: 'DISABLED', region: 'eu-west-1', workDir: 's3://genomics-lab-legacy/work', lastUsedDaysAgo: 160 },
    { name: 'eks-genomics', platform: 'eks-platform', credentials: 'aws-batch-role', region: 'eu-west-1', workDir: '/efs/nextflow/work', config: { clusterName: 'genomics-eks', namespace: 'nextflow' }, lastUsedDaysAgo: 20 },
    { name: 'google-batch-eu', platform: 'google-batch', credentials: 'google-batch', region: 'europe-west2', workDir: 'gs://genomics-lab-prod-work/scratch', config: { projectId: 'genomics-lab-prod', spot: true }, lastUsedDaysAgo: 5 },
    { name: 'azure-batch-westeurope', platform: 'azure-batch', credentials: 'azure-batch-eu', status: 'ERRORED', message: 'Azure Batch could not create the pool: the Standard_D16s_v3 core quota of the account is exhausted.', region: 'westeurope', workDir: 'az://nextflow-work', lastUsedDaysAgo: 7 },
    { name: 'k8s-onprem', platform: 'k8s-platform', credentials: 'k8s-cluster', workDir: '/mnt/nextflow/work', config: { server: 'https://k8s.genomics-lab.example.com:6443', namespace: 'nextflow', storageClaimName: 'nf-work' }, lastUsedDaysAgo: 12 },
    { name: 'slurm-hpc', platform: 'slurm-platform', credentials: 'hpc-login-ssh', workDir: '/scratch/nextflow/work', config: { hostName: 'login.hpc.genomics-lab.example.com', userName: 'nextflow', port: 22, headQueue: 'long', computeQueue: 'normal' }, lastUsedDaysAgo: 0 },
    { name: 'seqera-compute-eu', platform: 'seqeracompute-platform', credentials: 'seqera-compute', region: 'eu-west-1', workDir: 's3://seqera-compute-genomics-lab/work', lastUsedDaysAgo: 1 },
  ],
  dataLinks: [
    { name: 'genomics-lab-raw', provider: 'aws', resourceRef: 's3://genomics-lab-raw', region: 'eu-west-1', credentials: ['aws-batch-keys'] },
    { name: 'genomics-lab-results', provider: 'aws', resourceRef: 's3://genomics-lab-results', region: 'eu-west-1', credentials: ['aws-batch-keys', 'aws-batch-role'] },
    { name: 'ngi-igenomes', provider: 'aws', resourceRef: 's3://ngi-igenomes', region: 'eu-west-1', credentials: [], publicAccessible: true, description: 'Public reference genomes' },
    { name: 'genomics-lab-prod-work', provider: 'google', resourceRef: 'gs://genomics-lab-prod-work', region: 'europe-west2', credentials: ['google-batch'] },
    { name: 'genomicsstoreeu-inputs', provider: 'azure', resourceRef: 'az://inputs', region: 'westeurope', credentials: ['azure-batch-eu'] },
    { name: 'sequencer-drop', provider: 's3', resourceRef: 's3://sequencer-drop', credentials: ['s3-minio'] },
  ],
  pipelines: [
    { name: 'nf-core-rnaseq', repository: 'https://github.com/nf-core/rnaseq', computeEnv: 'aws-batch-prod', updatedDaysAgo: 3 },
    { name: 'nf-core-sarek', repository: 'https://github.com/nf-core/sarek', computeEnv: 'slurm-hpc', updatedDaysAgo: 8 },
    { name: 'nf-core-chipseq', repository: 'https://github.com/nf-core/chipseq', computeEnv: 'google-batch-eu', updatedDaysAgo: 40 },
    { name: 'lab-rnaseq-fork', repository: 'https://github.com/genomics-lab/rnaseq', computeEnv: 'aws-batch-spot', description: 'Private fork with the lab\'s QC steps', updatedDaysAgo: 2 },
    { name: 'variant-calling', repository: 'https://gitlab.genomics-lab.example.com/bioinformatics/variant-calling', computeEnv: 'k8s-onprem', updatedDaysAgo: 6 },
    { name: 'qc-reports', repository: 'https://gitlab.genomics-lab.example.com/bioinformatics/qc-reports', computeEnv: 'google-batch-eu', updatedDaysAgo: 15 },
    { name: 'methylseq-lab', repository: 'https://gitlab.com/genomics-lab/methylseq', computeEnv: 'aws-batch-prod', updatedDaysAgo: 210 },
    { name: 'somatic-sv', repository: 'https://bitbucket.org/genomics-lab/somatic-sv', computeEnv: 'azure-batch-westeurope', updatedDaysAgo: 30 },
    { name: 'panel-qc', repository: 'https://bitbucket.org/genomics-lab/panel-qc', updatedDaysAgo: 90 },
  ],
};

const research: SeedPlace = {
  workspaceId: WS_RESEARCH,
  userId: DEMO_VIEWER_ID,
  computeEnvs: [
    { name: 'research-aws-batch', platform: 'aws-batch', credentials: 'research-aws', region: 'eu-west-1', workDir: 's3://genomics-research-scratch/work', lastUsedDaysAgo: 4 },
    { name: 'research-gcp', platform: 'google-batch', credentials: 'research-google-wif', region: 'us-central1', workDir: 'gs://genomics-research/work', primary: true, lastUsedDaysAgo: 9 },
    // INVALID because its credential is: Azure refused the regenerated key.
    { name: 'research-azure-batch', platform: 'azure-batch', credentials: 'research-azure-batch', status: 'INVALID', message: 'The credentials were rejected by Azure Batch (HTTP 403): check the batch account key.', region: 'northeurope', workDir: 'az://research-work', lastUsedDaysAgo: 20 },
  ],
  dataLinks: [
    { name: 'genomics-research-scratch', provider: 'aws', resourceRef: 's3://genomics-research-scratch', region: 'eu-west-1', credentials: ['research-aws'] },
    { name: 'genomics-research', provider: 'google', resourceRef: 'gs://genomics-research', region: 'us-central1', credentials: ['research-google-wif'] },
    { name: 'research-archive', provider: 'azure', resourceRef: 'az://archive', region: 'northeurope', credentials: ['research-azure-batch'] },
  ],
  pipelines: [
    { name: 'nf-core-scrnaseq', repository: 'https://github.com/nf-core/scrnaseq', computeEnv: 'research-aws-batch', updatedDaysAgo: 11 },
    { name: 'assembly', repository: 'https://dev.azure.com/genomics-lab/pipelines/_git/assembly', computeEnv: 'research-gcp', updatedDaysAgo: 25 },
    { name: 'legacy-annotation', repository: 'https://bitbucket.org/genomics-research/legacy-annotation', computeEnv: 'research-azure-batch', updatedDaysAgo: 120 },
    { name: 'research-tools', repository: 'https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/research-tools', computeEnv: 'research-aws-batch', updatedDaysAgo: 50 },
  ],
};

const shared: SeedPlace = {
  workspaceId: WS_SHARED,
  userId: DEMO_VIEWER_ID,
  computeEnvs: [{ name: 'other-lab-batch', platform: 'aws-batch', credentials: 'other-lab-aws', region: 'us-west-2', workDir: 's3://other-lab-work', primary: true, lastUsedDaysAgo: 2 }],
  dataLinks: [{ name: 'other-lab-data', provider: 'aws', resourceRef: 's3://other-lab-data', region: 'us-west-2', credentials: ['other-lab-aws'] }],
  pipelines: [{ name: 'hic', repository: 'https://github.com/other-lab/hic', computeEnv: 'other-lab-batch', updatedDaysAgo: 5 }],
};

const ownerPersonal: SeedPlace = {
  workspaceId: null,
  userId: DEMO_OWNER_ID,
  computeEnvs: [{ name: 'my-slurm', platform: 'slurm-platform', credentials: 'laptop-ssh', workDir: '/home/olivia/nf-work', config: { hostName: 'login.hpc.genomics-lab.example.com', userName: 'olivia' }, lastUsedDaysAgo: 33 }],
  dataLinks: [],
  pipelines: [{ name: 'scratch-pipeline', repository: 'https://github.com/olivia-okafor/scratch-pipeline', computeEnv: 'my-slurm', updatedDaysAgo: 33 }],
};

/** Seqera's data link ids name where the link came from; cloud-discovered ones start `v1-cloud-`. */
export const newDataLinkId = () => `v1-cloud-${randomBytes(16).toString('base64url')}`;

/**
 * The compute environments, data links and pipelines of the demo, inside seedDemo's transaction. `ids` maps the
 * seeded credentials' names (unique across the demo) to ids; every reference must name one of the same context.
 */
export function seedUsage(store: Store, ids: ReadonlyMap<string, string>, daysAgo: (days: number) => string) {
  const credentialsId = (name: string) => {
    const id = ids.get(name);
    if (id === undefined) throw new Error(`seed: no credential named ${name}`);
    return id;
  };
  for (const place of [production, research, shared, ownerPersonal]) {
    const context = contextOf(place.workspaceId, place.userId);
    const owner = place.workspaceId === null ? { workspace_id: null, user_id: place.userId } : { workspace_id: place.workspaceId, user_id: null };
    const computeEnvIds = new Map<string, string>();
    place.computeEnvs.forEach((ce, index) => {
      const id = newCredentialsId();
      computeEnvIds.set(ce.name, id);
      const config = ce.region === undefined ? ce.config : { ...ce.config, ...regionConfig(ce.platform, ce.region) };
      store.insertComputeEnv({
        id,
        context,
        ...owner,
        name: ce.name,
        description: ce.description ?? null,
        platform: ce.platform,
        status: ce.status ?? 'AVAILABLE',
        message: ce.message ?? null,
        credentials_id: credentialsId(ce.credentials),
        region: ce.region ?? null,
        work_dir: ce.workDir,
        config: JSON.stringify(config ?? {}),
        is_primary: ce.primary === true ? 1 : 0,
        last_used: ce.lastUsedDaysAgo === undefined ? null : daysAgo(ce.lastUsedDaysAgo),
        date_created: daysAgo(250 - index * 10),
        last_updated: daysAgo(100 - index * 5),
      });
    });
    for (const link of place.dataLinks) {
      store.insertDataLink({
        id: newDataLinkId(),
        context,
        ...owner,
        name: link.name,
        description: link.description ?? null,
        provider: link.provider,
        resource_ref: link.resourceRef,
        region: link.region ?? null,
        public_accessible: link.publicAccessible === true ? 1 : 0,
        status: 'VALID',
        message: null,
        credentialsIds: link.credentials.map(credentialsId),
      });
    }
    place.pipelines.forEach((pipeline, index) => {
      const computeEnvId = pipeline.computeEnv === undefined ? null : computeEnvIds.get(pipeline.computeEnv);
      if (computeEnvId === undefined) throw new Error(`seed: no compute environment named ${String(pipeline.computeEnv)}`);
      store.insertPipeline({
        context,
        workspace_id: place.workspaceId,
        user_id: place.userId,
        name: pipeline.name,
        description: pipeline.description ?? null,
        repository: pipeline.repository,
        compute_env_id: computeEnvId,
        visibility: place.workspaceId === null ? 'PRIVATE' : 'SHARED',
        date_created: daysAgo(Math.max(pipeline.updatedDaysAgo, 280 - index * 10)),
        last_updated: daysAgo(pipeline.updatedDaysAgo),
      });
    });
  }
}

/** Where each platform's ComputeConfig keeps its region (Google Batch calls it location; Kubernetes has none). */
export function regionConfig(platform: string, region: string): Record<string, string> {
  if (platform === 'google-batch' || platform === 'google-lifesciences') return { location: region };
  if (platform === 'k8s-platform' || platform.endsWith('-platform') && !['eks-platform', 'gke-platform', 'seqeracompute-platform'].includes(platform)) return {};
  return { region };
}
