import { describe, expect, it } from 'vitest';
import { createRepositoryMatcher, normalizeUrl, type GitCredentialLike } from './base-url-match';

const cred = (id: string, provider: string, baseUrl?: string, dateCreated?: string): GitCredentialLike => ({
  id,
  provider,
  baseUrl,
  dateCreated,
});

describe('normalizeUrl', () => {
  it('lower-cases the host, keeps the path case, drops trailing slashes, default ports and .git', () => {
    expect(normalizeUrl('HTTPS://GitHub.COM/NF-Core/RNAseq.git/')).toEqual({ host: 'github.com', segments: ['NF-Core', 'RNAseq'] });
    expect(normalizeUrl('https://git.example.org:443/a')).toEqual({ host: 'git.example.org', segments: ['a'] });
    expect(normalizeUrl('https://git.example.org:8443/a')).toEqual({ host: 'git.example.org:8443', segments: ['a'] });
    expect(normalizeUrl('git@github.com:org/repo.git')).toEqual({ host: 'github.com', segments: ['org', 'repo'] });
    expect(normalizeUrl('github.com/org/repo')).toEqual({ host: 'github.com', segments: ['org', 'repo'] });
    expect(normalizeUrl('   ')).toBeUndefined();
    expect(normalizeUrl('https://')).toBeUndefined();
  });
});

describe('createRepositoryMatcher', () => {
  it('picks the credential with the longest matching base URL', () => {
    const match = createRepositoryMatcher([
      cred('host', 'gitlab', 'https://gitlab.example.com'),
      cred('group', 'gitlab', 'https://gitlab.example.com/genomics'),
      cred('team', 'gitlab', 'https://gitlab.example.com/genomics/team-a'),
    ]);
    expect(match('https://gitlab.example.com/genomics/team-a/pipeline')).toBe('team');
    expect(match('https://gitlab.example.com/genomics/other')).toBe('group');
    expect(match('https://gitlab.example.com/proteomics/x')).toBe('host');
    expect(match('https://gitlab.other.com/genomics/x')).toBeUndefined();
  });

  it('ignores trailing slashes on either side', () => {
    const match = createRepositoryMatcher([cred('slash', 'gitlab', 'https://gitlab.example.com/genomics///')]);
    expect(match('https://gitlab.example.com/genomics/pipe/')).toBe('slash');
    expect(match('https://gitlab.example.com/genomics')).toBe('slash');
  });

  it('treats ports as part of the host: a non-default port must match, a default one is the same as none', () => {
    const match = createRepositoryMatcher([cred('alt', 'gitea', 'https://git.example.org:3000'), cred('std', 'gitea', 'https://git.example.org:443/')]);
    expect(match('https://git.example.org:3000/lab/pipe')).toBe('alt');
    expect(match('https://git.example.org/lab/pipe')).toBe('std');
    expect(match('https://git.example.org:3001/lab/pipe')).toBeUndefined();
  });

  it('compares the host without case and the path with case', () => {
    const match = createRepositoryMatcher([cred('org', 'github', 'https://GitHub.com/NF-Core')]);
    expect(match('https://github.COM/NF-Core/rnaseq')).toBe('org');
    expect(match('https://github.com/nf-core/rnaseq')).toBeUndefined();
  });

  it('matches whole path segments only', () => {
    const match = createRepositoryMatcher([cred('org', 'github', 'https://github.example.com/nf-core')]);
    expect(match('https://github.example.com/nf-core/rnaseq')).toBe('org');
    expect(match('https://github.example.com/nf-core-extra/rnaseq')).toBeUndefined();
    expect(match('https://github.example.com.evil.net/nf-core/rnaseq')).toBeUndefined();
  });

  it('lets a credential without base URL serve its provider’s public host, and a longer base URL win over it', () => {
    const match = createRepositoryMatcher([
      cred('gh', 'github'),
      cred('gl', 'gitlab'),
      cred('bb', 'bitbucket'),
      cred('az', 'azurerepos'),
      cred('gh-org', 'github', 'https://github.com/seqeralabs'),
      cred('gitea-without-url', 'gitea'),
    ]);
    expect(match('https://github.com/nf-core/rnaseq')).toBe('gh');
    expect(match('https://github.com/seqeralabs/nf-aggregate')).toBe('gh-org');
    expect(match('https://gitlab.com/lab/pipe')).toBe('gl');
    expect(match('https://bitbucket.org/lab/pipe')).toBe('bb');
    expect(match('https://dev.azure.com/org/project/_git/pipe')).toBe('az');
    expect(match('https://gitea.example.com/lab/pipe')).toBeUndefined();
  });

  it('lets a CodeCommit credential without base URL serve every region, a regional one win', () => {
    const match = createRepositoryMatcher([cred('any', 'codecommit'), cred('eu', 'codecommit', 'https://git-codecommit.eu-west-1.amazonaws.com')]);
    expect(match('https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/pipe')).toBe('eu');
    expect(match('https://git-codecommit.us-east-1.amazonaws.com/v1/repos/pipe')).toBe('any');
  });

  it('between equally long matches, picks the oldest credential', () => {
    const match = createRepositoryMatcher([
      cred('newer', 'github', undefined, '2025-06-01T00:00:00Z'),
      cred('older', 'github', 'https://github.com/', '2024-01-01T00:00:00Z'),
      cred('undated', 'github'),
    ]);
    expect(match('https://github.com/a/b')).toBe('older');
  });

  it('ignores credentials of non-Git providers, whatever their base URL', () => {
    const match = createRepositoryMatcher([cred('s3', 's3', 'https://github.com'), cred('aws', 'aws')]);
    expect(match('https://github.com/a/b')).toBeUndefined();
  });

  it('costs the same per lookup with 10 or 10,000 credentials (indexed, not scanned)', () => {
    const matcherOf = (count: number) =>
      createRepositoryMatcher(Array.from({ length: count }, (_, index) => cred(`c${String(index)}`, 'gitlab', `https://gitlab.example.com/group-${String(index)}`)));
    const repositories = Array.from({ length: 5_000 }, (_, index) => `https://gitlab.example.com/group-${String(index % 10)}/pipe-${String(index)}`);
    const time = (match: (repository: string) => string | undefined) => {
      const started = performance.now();
      const found = repositories.map(match);
      return { ms: performance.now() - started, found };
    };
    const small = matcherOf(10);
    const large = matcherOf(10_000);
    time(small); // warm up
    const few = time(small);
    const many = time(large);
    expect(many.found).toEqual(few.found);
    expect(many.found[3]).toBe('c3');
    expect(many.ms).toBeLessThan(few.ms * 5 + 50);
  });
});
