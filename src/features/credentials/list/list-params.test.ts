import { describe, expect, it } from 'vitest';
import { DEFAULT_LIST_PARAMS, hasActiveFilters, parseListParams, toSearchParams } from './list-params';

describe('list parameters in the URL', () => {
  it('reads the provider filter from `providers`, not from the create page’s `provider`', () => {
    expect(parseListParams(new URLSearchParams('providers=aws')).provider).toBe('aws');
    expect(parseListParams(new URLSearchParams('provider=aws')).provider).toBeUndefined();
  });

  it('writes the provider filter as `providers` and leaves defaults out', () => {
    expect(toSearchParams({ ...DEFAULT_LIST_PARAMS, provider: 'aws', status: 'INVALID' }).toString()).toBe(
      'providers=aws&status=INVALID',
    );
    expect(toSearchParams(DEFAULT_LIST_PARAMS).toString()).toBe('');
  });

  it('round-trips every filter and the sort', () => {
    const params = { search: 'git', provider: 'github', status: 'AVAILABLE', platformId: 'aws-batch', usage: 'in-use', attention: 'invalid', sort: 'lastUsed', direction: 'desc' } as const;
    expect(parseListParams(toSearchParams(params))).toEqual(params);
  });
});

describe('usage and attention facets in the URL', () => {
  it('round-trips the Usage and Needs-attention facets', () => {
    const params = { ...DEFAULT_LIST_PARAMS, usage: 'unused', attention: 'not-rotated' } as const;
    expect(toSearchParams(params).toString()).toBe('usage=unused&attention=not-rotated');
    expect(parseListParams(toSearchParams(params))).toEqual(params);
    expect(parseListParams(new URLSearchParams('attention=any')).attention).toBe('any');
  });

  it('ignores values it does not know', () => {
    const parsed = parseListParams(new URLSearchParams('usage=sometimes&attention=password'));
    expect(parsed.usage).toBeUndefined();
    expect(parsed.attention).toBeUndefined();
  });

  it('counts the facets as filters, so "Clear filters" offers to clear them', () => {
    expect(hasActiveFilters({ ...DEFAULT_LIST_PARAMS, usage: 'in-use' })).toBe(true);
    expect(hasActiveFilters({ ...DEFAULT_LIST_PARAMS, attention: 'any' })).toBe(true);
    expect(hasActiveFilters(DEFAULT_LIST_PARAMS)).toBe(false);
  });
});
