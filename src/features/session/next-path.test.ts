import { describe, expect, it } from 'vitest';
import { safeNextPath, signInPath } from './next-path';

describe('safeNextPath', () => {
  it('returns to a same-origin path with its query string', () => {
    expect(safeNextPath('/orgs/lab/workspaces/prod/credentials?q=aws')).toBe('/orgs/lab/workspaces/prod/credentials?q=aws');
  });

  it.each([null, '', 'https://evil.example', '//evil.example/x', '/\\evil.example', '/sign-in', '/sign-in?next=/x'])(
    'refuses %s and goes home instead',
    (next) => {
      expect(safeNextPath(next)).toBe('/');
    },
  );

  it('builds a sign-in address that round-trips the return path', () => {
    const url = new URL(signInPath('/user/credentials?q=a&sort=lastUsed', true), 'http://localhost');
    expect(url.pathname).toBe('/sign-in');
    expect(url.searchParams.get('next')).toBe('/user/credentials?q=a&sort=lastUsed');
    expect(url.searchParams.get('expired')).toBe('1');
  });
});
