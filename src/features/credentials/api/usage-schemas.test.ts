import { describe, expect, it } from 'vitest';
import { readComputeEnvs, readDataLinks, readPipelines } from './usage-schemas';

describe('usage schemas', () => {
  it('leaves out compute environments without id, name or credentialsId, and keeps an unknown status as sent', () => {
    const { entries, skipped } = readComputeEnvs([
      { id: 'ce1', name: 'ok', credentialsId: 'c1', status: 'HIBERNATING', platform: 'new-platform', region: null, lastUsed: 42 },
      { id: 'ce2', name: 'no credentials', credentialsId: null },
      { name: 'no id', credentialsId: 'c1' },
      'not an object',
    ]);
    expect(entries).toEqual([
      { id: 'ce1', name: 'ok', credentialsId: 'c1', status: 'HIBERNATING', platform: 'new-platform', region: undefined, lastUsed: undefined, message: undefined },
    ]);
    expect(skipped).toBe(3);
  });

  it('reads the credential ids of a data link, dropping unusable ones, and tolerates missing credentials', () => {
    const { entries, skipped } = readDataLinks([
      { id: 'dl1', name: 'bucket', provider: 'aws', resourceRef: 's3://b', credentials: [{ id: 'c1', name: 'a', provider: 'aws' }, { name: 'no id' }, null] },
      { id: 'dl2', name: 'public', credentials: null },
      { id: 'dl3', credentials: [] },
    ]);
    expect(entries.map((entry) => [entry.id, entry.credentialIds])).toEqual([
      ['dl1', ['c1']],
      ['dl2', []],
    ]);
    expect(skipped).toBe(1);
  });

  it('keeps pipeline ids as text, falls back to the repository for a missing name and leaves out pipelines without repository', () => {
    const { entries, skipped } = readPipelines([
      { pipelineId: 12, name: 'rnaseq', repository: 'https://github.com/nf-core/rnaseq' },
      { pipelineId: '13', repository: 'https://github.com/nf-core/sarek' },
      { pipelineId: 14, name: 'no repository' },
    ]);
    expect(entries).toEqual([
      { pipelineId: '12', name: 'rnaseq', repository: 'https://github.com/nf-core/rnaseq' },
      { pipelineId: '13', name: 'https://github.com/nf-core/sarek', repository: 'https://github.com/nf-core/sarek' },
    ]);
    expect(skipped).toBe(1);
  });
});
