import { describe, expect, it } from 'vitest';
import { gitProviderForHost, parseGitCredentials } from './git-credentials';
import { binaryText, hugeOf, samples } from './test-inputs';

const ok = (text: string) => {
  const result = parseGitCredentials(text);
  if (!result.ok) throw new Error(`expected a parse, got ${result.message}`);
  return result;
};

describe('parseGitCredentials', () => {
  it('reads one credential per line, by host, URL-decoded, with the base URL', () => {
    expect(ok(samples.gitCredentials).found.map((f) => f.target)).toEqual([
      { kind: 'git', provider: 'github', baseUrl: 'https://github.com', username: 'octo-import', secret: 'ghp_fixtureGitHubToken0000000000000000' },
      { kind: 'git', provider: 'gitlab', baseUrl: 'https://gitlab.com', username: 'gitlab-import', secret: 'glpat-fixtureGitLab0000' },
      { kind: 'git', provider: 'bitbucket', baseUrl: 'https://bitbucket.org', username: 'ci@import.example.com', secret: 'ATATT3xFfGF0fixtureBitbucket' },
      // Any other host: the user says which provider.
      { kind: 'git', provider: null, baseUrl: 'https://git.import.example.com', username: 'gitea-import', secret: 'fixture-gitea-token' },
    ]);
  });

  it('keeps the Azure DevOps organisation in the base URL, a port, and decodes : and @ in tokens; CRLF lines', () => {
    const text = 'https://me:tok%3Aen%40x@dev.azure.com/my-org/project/_git/repo\r\nhttp://u:p@git.local:3000\r\n';
    expect(ok(text).found.map((f) => f.target)).toEqual([
      { kind: 'git', provider: 'azurerepos', baseUrl: 'https://dev.azure.com/my-org', username: 'me', secret: 'tok:en@x' },
      { kind: 'git', provider: null, baseUrl: 'http://git.local:3000', username: 'u', secret: 'p' },
    ]);
  });

  it('skips lines without a token and never quotes a line', () => {
    const result = ok('https://only-user@github.com\nhttps://u:%E0%A4%A@gitlab.com\nssh://u:secret-in-ssh@host.example.com\n');
    expect(result.found).toEqual([]);
    expect(result.skipped.map((s) => s.label)).toEqual(['Line 1 (github.com)', 'Line 2 (gitlab.com)', 'Line 3 (host.example.com)']);
    expect(JSON.stringify(result)).not.toContain('secret-in-ssh');
  });

  it('places hosts', () => {
    expect(gitProviderForHost('GitHub.com')).toBe('github');
    expect(gitProviderForHost('myorg.visualstudio.com')).toBe('azurerepos');
    expect(gitProviderForHost('github.example.com')).toBeNull();
  });

  it('refuses malformed, empty, huge and binary input', () => {
    expect(parseGitCredentials('https://u:p@github.com\nnot a url\n')).toMatchObject({ ok: false, problem: 'malformed' });
    expect(parseGitCredentials('')).toMatchObject({ ok: false, problem: 'empty' });
    expect(parseGitCredentials(hugeOf('', 'https://u:p@github.com\n'))).toMatchObject({ ok: false, problem: 'too-large' });
    expect(parseGitCredentials(binaryText)).toMatchObject({ ok: false, problem: 'binary' });
  });
});
