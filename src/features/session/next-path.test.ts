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

  it.each(['/\t/evil.example', '/\n/evil.example', '/\r\n/evil.example', '/ /evil.example', '/user/credentials\u0000', '/\u200b/evil.example', '/x\u2028y'])(
    'refuses the whitespace or control character in %j',
    (next) => {
      expect(safeNextPath(next)).toBe('/');
    },
  );

  it('accepts what sign-in itself sends back: encoded queries and fragments', () => {
    const returnTo = '/user/credentials?q=my%20aws+keys&sort=lastUsed';
    const next = new URL(signInPath(returnTo), 'http://localhost').searchParams.get('next');
    expect(safeNextPath(next)).toBe(returnTo);
  });

  it('builds a sign-in address that round-trips the return path', () => {
    const url = new URL(signInPath('/user/credentials?q=a&sort=lastUsed', true), 'http://localhost');
    expect(url.pathname).toBe('/sign-in');
    expect(url.searchParams.get('next')).toBe('/user/credentials?q=a&sort=lastUsed');
    expect(url.searchParams.get('expired')).toBe('1');
  });
});
