import { describe, expect, it } from 'vitest';
import { credentialsFixture } from '../api/credentials-fixture';
import type { Credentials } from '../api/credentials-schemas';
import { SECRET_KEY_FIELDS } from '../providers/secret-fields';
import { PROVIDER_IDS } from '../providers/provider-catalog';
import type { CredentialUsage, UsageKind, WorkspaceUsage } from '../usage/usage-model';
import { toRows } from './credentials-rows';
import { exportRecords, recordsToCsv, recordsToJson } from './export-rows';
import { filterByInsights, rowInsights, type AttentionOf } from './row-insights';
import { usedByText } from './usage-text';

const aws = credentialsFixture({ id: 'aws-1', name: 'aws-prod', provider: 'aws', keys: { discriminator: 'aws', accessKey: 'AKIA1' } });
const git = credentialsFixture({ id: 'gh-1', name: 'github-ci', provider: 'github' });
const idle = credentialsFixture({ id: 'ssh-1', name: 'ssh-idle', provider: 'ssh', keys: { discriminator: 'ssh' } });
const rows = toRows([aws, git, idle]);

const ce = (id: string) => ({ id, name: id });
const USES: Record<string, CredentialUsage> = {
  'aws-1': { computeEnvs: [ce('ce-1'), ce('ce-2')], dataLinks: [{ id: 'dl-1', name: 'bucket' }], pipelines: [] },
  'gh-1': { computeEnvs: [], dataLinks: [], pipelines: [{ pipelineId: '1', name: 'rnaseq', repository: 'https://github.com/nf-core/rnaseq' }] },
};
const none: CredentialUsage = { computeEnvs: [], dataLinks: [], pipelines: [] };

function ready(unknownKinds: UsageKind[] = []): WorkspaceUsage {
  return { status: 'ready', unknownKinds: new Set(unknownKinds), usageOf: (credentials) => USES[credentials.id] ?? none };
}

// Attention as a stand-in rule: the real rules are tested with the data layer; here only how the list uses them.
const attentionOf: AttentionOf = (credentials, usage) => [
  ...(credentials.id === 'ssh-1' ? (['never-used'] as const) : []),
  ...(usage?.computeEnvs.length ? (['invalid-compute-env'] as const) : []),
];

const names = (list: readonly { credentials: Credentials }[]) => list.map((row) => row.credentials.name);
const facets = (usage: 'in-use' | 'unused' | undefined, attention: 'any' | 'never-used' | 'invalid-compute-env' | undefined = undefined) => ({ usage, attention });

describe('the Usage facet', () => {
  it('narrows to credentials in use or unused once usage is known', () => {
    const insights = rowInsights(ready(), attentionOf);
    expect(names(filterByInsights(rows, insights, facets('in-use')))).toEqual(['aws-prod', 'github-ci']);
    expect(names(filterByInsights(rows, insights, facets('unused')))).toEqual(['ssh-idle']);
  });

  it('hides nothing while usage loads or when it is unknown', () => {
    for (const usage of [{ status: 'loading' }, { status: 'unknown' }] as const) {
      const insights = rowInsights(usage, attentionOf);
      expect(names(filterByInsights(rows, insights, facets('in-use')))).toEqual(['aws-prod', 'github-ci', 'ssh-idle']);
      expect(names(filterByInsights(rows, insights, facets('unused')))).toEqual(['aws-prod', 'github-ci', 'ssh-idle']);
    }
  });

  it('keeps a credential whose only possible use is unknown, and drops one known to be in use', () => {
    // Pipelines unknown: only Git credentials serve pipelines, so the others' usage is still certain.
    const insights = rowInsights(ready(['pipelines']), attentionOf);
    expect(names(filterByInsights(rows, insights, facets('unused')))).toEqual(['github-ci', 'ssh-idle']);
    expect(names(filterByInsights(rows, insights, facets('in-use')))).toEqual(['aws-prod', 'github-ci']);
    const noComputeEnvs = rowInsights(ready(['computeEnvs']), attentionOf);
    // aws-prod and github-ci are still known to be used (a data link, a pipeline); ssh-idle might use a compute environment.
    expect(names(filterByInsights(rows, noComputeEnvs, facets('unused')))).toEqual(['ssh-idle']);
    expect(names(filterByInsights(rows, noComputeEnvs, facets('in-use')))).toEqual(['aws-prod', 'github-ci', 'ssh-idle']);
  });
});

describe('the Needs-attention facet', () => {
  it('narrows to any reason or to one reason, with the usage each rule needs', () => {
    const insights = rowInsights(ready(), attentionOf);
    expect(names(filterByInsights(rows, insights, facets(undefined, 'any')))).toEqual(['aws-prod', 'ssh-idle']);
    expect(names(filterByInsights(rows, insights, facets(undefined, 'invalid-compute-env')))).toEqual(['aws-prod']);
    expect(names(filterByInsights(rows, insights, facets('unused', 'never-used')))).toEqual(['ssh-idle']);
  });

  it('still applies the rules that need no usage when usage is unknown', () => {
    const insights = rowInsights({ status: 'unknown' }, attentionOf);
    expect(names(filterByInsights(rows, insights, facets(undefined, 'any')))).toEqual(['ssh-idle']);
  });
});

describe('Used by', () => {
  it('counts each kind and names them', () => {
    const insights = rowInsights(ready(), attentionOf);
    const usedBy = insights.of(aws).usedBy;
    if (usedBy.state !== 'known') throw new Error('expected known usage');
    expect(usedByText(usedBy)).toEqual({ shown: '3', words: '3', kinds: '2 compute environments, 1 data link' });
    const gitUse = insights.of(git).usedBy;
    if (gitUse.state !== 'known') throw new Error('expected known usage');
    expect(usedByText(gitUse).kinds).toBe('1 pipeline (inferred)');
  });

  it('gives a lower bound and names the unknown kind when one call failed', () => {
    const usedBy = rowInsights(ready(['dataLinks']), attentionOf).of(aws).usedBy;
    if (usedBy.state !== 'known') throw new Error('expected known usage');
    expect(usedByText(usedBy)).toEqual({ shown: '≥2', words: 'at least 2', kinds: '2 compute environments, data links unknown' });
  });

  it('works each row out once per usage answer', () => {
    let calls = 0;
    const insights = rowInsights(ready(), (credentials, usage) => {
      calls += 1;
      return attentionOf(credentials, usage);
    });
    expect(insights.of(aws)).toBe(insights.of(aws));
    expect(calls).toBe(1);
  });
});

describe('export', () => {
  it('holds the shown rows in order with usage counts and reasons', () => {
    const records = exportRecords(rows, rowInsights(ready(['pipelines']), attentionOf));
    expect(records.map((record) => [record.name, record.usage, record.computeEnvs, record.dataLinks, record.pipelines, record.usedBy, record.attentionReasons])).toEqual([
      ['aws-prod', 'known', 2, 1, 0, 3, ['invalid-compute-env']],
      ['github-ci', 'partial', 0, 0, null, null, []],
      ['ssh-idle', 'known', 0, 0, 0, 0, ['never-used']],
    ]);
    expect(records[0]?.identifies).toBe('AKIA1');
  });

  it('says "unknown" rather than zero when usage is unknown', () => {
    const [record] = exportRecords(rows, rowInsights({ status: 'unknown' }, attentionOf));
    expect(record).toMatchObject({ usage: 'unknown', computeEnvs: null, dataLinks: null, pipelines: null, usedBy: null });
  });

  it('never copies a secret key field, for any provider', () => {
    const marker = 'SECRET-MARKER-7f3a';
    const secretKeys = Object.fromEntries([...SECRET_KEY_FIELDS].map((field) => [field, `${marker}-${field}`]));
    const everyProvider = toRows(
      PROVIDER_IDS.map((provider, index) =>
        credentialsFixture({ id: `c-${String(index)}`, name: provider, provider, keys: { discriminator: provider, ...secretKeys } }),
      ),
    );
    const records = exportRecords(everyProvider, rowInsights(ready(), attentionOf));
    expect(records).toHaveLength(PROVIDER_IDS.length);
    expect(recordsToCsv(records)).not.toContain(marker);
    expect(recordsToJson(records, { workspace: 'w', exportedAt: '2026-01-01T00:00:00Z' })).not.toContain(marker);
  });
});
