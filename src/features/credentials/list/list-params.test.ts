import { describe, expect, it } from 'vitest';
import { DEFAULT_LIST_PARAMS, parseListParams, toSearchParams } from './list-params';

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
    const params = { search: 'git', provider: 'github', status: 'AVAILABLE', platformId: 'aws-batch', sort: 'lastUsed', direction: 'desc' } as const;
    expect(parseListParams(toSearchParams(params))).toEqual(params);
  });
});
