import { describe, expect, it } from 'vitest';
import { readComputeEnvs, readDataLinks, readPipelines } from '../api/usage-schemas';
import { buildUsageIndex, NO_USAGE, usageCount } from './usage-index';

const computeEnvs = readComputeEnvs([
  { id: 'ce1', name: 'Batch prod', platform: 'aws-batch', status: 'AVAILABLE', credentialsId: 'aws1' },
  { id: 'ce2', name: 'Another', platform: 'aws-batch', status: 'INVALID', credentialsId: 'aws1' },
  { id: 'ce3', name: 'Orphan', platform: 'google-batch', status: 'AVAILABLE', credentialsId: 'deleted-long-ago' },
]).entries;
const dataLinks = readDataLinks([
  { id: 'dl1', name: 'shared-bucket', provider: 'aws', resourceRef: 's3://shared', credentials: [
    { id: 'aws1', name: 'a', provider: 'aws' },
    { id: 'aws2', name: 'b', provider: 'aws' },
    { id: 'aws1', name: 'a again', provider: 'aws' },
  ] },
]).entries;
const pipelines = readPipelines([
  { pipelineId: 1, name: 'rnaseq', repository: 'https://github.com/nf-core/rnaseq' },
  { pipelineId: 2, name: 'inhouse', repository: 'https://gitlab.lab.example/genomics/inhouse' },
  { pipelineId: 3, name: 'nowhere', repository: 'https://code.example.net/x/y' },
]).entries;
const credentials = [
  { id: 'gh', provider: 'github' },
  { id: 'gl', provider: 'gitlab', baseUrl: 'https://gitlab.lab.example' },
  { id: 'aws1', provider: 'aws' },
];

describe('buildUsageIndex', () => {
  const index = buildUsageIndex({ computeEnvs, dataLinks, pipelines, credentials });

  it('gives each credential its compute environments, sorted by name', () => {
    expect(index.usageOf('aws1').computeEnvs.map((ce) => ce.id)).toEqual(['ce2', 'ce1']);
    expect(index.usageOf('aws1').computeEnvs[0]).toMatchObject({ name: 'Another', status: 'INVALID', platform: 'aws-batch' });
  });

  it('keeps a compute environment whose credential is not in the list out of every other credential’s usage', () => {
    for (const id of ['aws1', 'aws2', 'gh', 'gl']) expect(index.usageOf(id).computeEnvs.map((ce) => ce.id)).not.toContain('ce3');
    expect(index.usageOf('deleted-long-ago').computeEnvs.map((ce) => ce.id)).toEqual(['ce3']);
  });

  it('counts a data link with several credentials once for each of them', () => {
    expect(index.usageOf('aws1').dataLinks.map((link) => link.id)).toEqual(['dl1']);
    expect(index.usageOf('aws2').dataLinks).toEqual([{ id: 'dl1', name: 'shared-bucket', provider: 'aws', resourceRef: 's3://shared' }]);
    expect(usageCount(index.usageOf('aws1'))).toBe(3);
  });

  it('infers the pipelines a Git credential serves', () => {
    expect(index.usageOf('gh').pipelines).toEqual([{ pipelineId: '1', name: 'rnaseq', repository: 'https://github.com/nf-core/rnaseq' }]);
    expect(index.usageOf('gl').pipelines.map((p) => p.name)).toEqual(['inhouse']);
  });

  it('answers the same empty usage for a credential nothing uses, and the same object on every call', () => {
    expect(index.usageOf('unused')).toBe(NO_USAGE);
    expect(index.usageOf('aws1')).toBe(index.usageOf('aws1'));
  });

  it('builds the index of a large workspace quickly', () => {
    const many = {
      credentials: Array.from({ length: 10_000 }, (_, i) => ({ id: `c${String(i)}`, provider: i % 2 ? 'github' : 'aws', baseUrl: i % 2 ? `https://github.com/org-${String(i)}` : undefined })),
      computeEnvs: Array.from({ length: 2_000 }, (_, i) => ({ id: `ce${String(i)}`, name: `ce ${String(i)}`, credentialsId: `c${String(i * 2)}`, platform: undefined, status: undefined, region: undefined, lastUsed: undefined, message: undefined })),
      dataLinks: Array.from({ length: 2_000 }, (_, i) => ({ id: `dl${String(i)}`, name: `dl ${String(i)}`, provider: 'aws', type: 'bucket', resourceRef: `s3://b${String(i)}`, region: undefined, credentialIds: [`c${String(i * 2)}`] })),
      pipelines: Array.from({ length: 5_000 }, (_, i) => ({ pipelineId: String(i), name: `p ${String(i)}`, repository: `https://github.com/org-${String(i * 2 + 1)}/p` })),
    };
    const started = performance.now();
    const big = buildUsageIndex(many);
    let total = 0;
    for (const { id } of many.credentials) total += usageCount(big.usageOf(id));
    expect(total).toBe(9_000);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
