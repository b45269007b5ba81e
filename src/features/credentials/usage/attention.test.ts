import { describe, expect, it } from 'vitest';
import type { Credentials } from '../api/credentials-schemas';
import { attentionReasons } from './attention';
import { DEFAULT_ATTENTION_THRESHOLDS, type CredentialUsage } from './usage-model';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-11-30T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW - days * DAY).toISOString();
const thresholds = { neverUsedDays: 30, unusedDays: 90, notRotatedDays: 180 };

function credentials(overrides: Partial<Credentials> = {}): Credentials {
  return {
    id: 'c1',
    name: 'keys',
    provider: 'aws',
    status: 'AVAILABLE',
    dateCreated: daysAgo(1),
    lastUpdated: daysAgo(1),
    lastUsed: daysAgo(1),
    ...overrides,
  } as Credentials;
}

const usage = (...statuses: (string | undefined)[]): CredentialUsage => ({
  computeEnvs: statuses.map((status, index) => ({ id: `ce${String(index)}`, name: `ce ${String(index)}`, status })),
  dataLinks: [],
  pipelines: [],
});

describe('attentionReasons', () => {
  it('says nothing about a recently used, recently rotated, valid credential', () => {
    expect(attentionReasons(credentials(), usage('AVAILABLE'), thresholds, NOW)).toEqual([]);
  });

  it('flags an INVALID credential', () => {
    expect(attentionReasons(credentials({ status: 'INVALID' }), undefined, thresholds, NOW)).toEqual(['invalid']);
    expect(attentionReasons(credentials({ status: 'UNKNOWN' }), undefined, thresholds, NOW)).toEqual([]);
  });

  it('flags use by an INVALID or ERRORED compute environment, and skips the rule while usage is not known', () => {
    expect(attentionReasons(credentials(), usage('AVAILABLE', 'INVALID'), thresholds, NOW)).toEqual(['invalid-compute-env']);
    expect(attentionReasons(credentials(), usage('ERRORED'), thresholds, NOW)).toEqual(['invalid-compute-env']);
    expect(attentionReasons(credentials(), usage('DISABLED', 'CREATING', 'SOMETHING_NEW', undefined), thresholds, NOW)).toEqual([]);
    expect(attentionReasons(credentials(), undefined, thresholds, NOW)).toEqual([]);
  });

  it('flags a never-used credential only once it is more than neverUsedDays old', () => {
    const at = (days: number) => attentionReasons(credentials({ lastUsed: undefined, dateCreated: daysAgo(days), lastUpdated: daysAgo(0) }), undefined, thresholds, NOW);
    expect(at(30)).toEqual([]);
    expect(at(31)).toEqual(['never-used']);
  });

  it('flags a credential last used more than unusedDays ago', () => {
    const at = (days: number) => attentionReasons(credentials({ lastUsed: daysAgo(days) }), undefined, thresholds, NOW);
    expect(at(90)).toEqual([]);
    expect(at(91)).toEqual(['unused']);
  });

  it('flags a credential not updated for more than notRotatedDays, from its creation when it was never updated', () => {
    const updated = (days: number) => attentionReasons(credentials({ dateCreated: daysAgo(400), lastUpdated: daysAgo(days) }), undefined, thresholds, NOW);
    expect(updated(180)).toEqual([]);
    expect(updated(181)).toEqual(['not-rotated']);
    const created = (days: number) => attentionReasons(credentials({ dateCreated: daysAgo(days), lastUpdated: undefined }), undefined, thresholds, NOW);
    expect(created(180)).toEqual([]);
    expect(created(181)).toEqual(['not-rotated']);
  });

  it('follows changed thresholds', () => {
    const custom = { neverUsedDays: 7, unusedDays: 14, notRotatedDays: 30 };
    expect(attentionReasons(credentials({ lastUsed: daysAgo(15), lastUpdated: daysAgo(31) }), undefined, custom, NOW)).toEqual(['unused', 'not-rotated']);
    expect(attentionReasons(credentials({ lastUsed: daysAgo(15), lastUpdated: daysAgo(31) }), undefined, DEFAULT_ATTENTION_THRESHOLDS, NOW)).toEqual([]);
  });

  it('flags a Bitbucket credential that signs in with an app password (a user name without @)', () => {
    const bitbucket = (username: string) =>
      attentionReasons(credentials({ provider: 'bitbucket', keys: { discriminator: 'bitbucket', username } }), undefined, thresholds, NOW);
    expect(bitbucket('jdoe')).toEqual(['bitbucket-app-password']);
    expect(bitbucket('jdoe@example.com')).toEqual([]);
  });

  it('ignores dates it cannot read', () => {
    expect(attentionReasons(credentials({ lastUsed: 'not a date', lastUpdated: 'soon' }), undefined, thresholds, NOW)).toEqual([]);
  });
});
