/**
 * Which Git credential Seqera would pick for a pipeline's repository: among the workspace's Git
 * credentials, the one whose base URL is the longest match for the repository URL; a credential without a
 * base URL stands for its provider's public host; between equally long matches, the oldest credential.
 * This is inferred from Seqera's documented rule, not reported by Seqera.
 *
 * Matching compares host (case-insensitive, with a non-default port) and whole path segments
 * (case-sensitive): `https://github.com/nf-core` serves `https://github.com/nf-core/rnaseq` but not
 * `https://github.com/nf-core-extra/x`. Schemes, trailing slashes, a `.git` suffix, user info, query and
 * fragment do not matter.
 *
 * `createRepositoryMatcher` indexes the credentials once (one map entry per distinct base); each lookup then
 * costs one map probe per path segment of the repository, whatever the number of credentials.
 */

/** The public host a Git credential without a base URL serves, per provider; undefined: it needs a base URL. */
export const GIT_PUBLIC_HOSTS: Readonly<Record<string, string | undefined>> = {
  github: 'github.com',
  github_app: 'github.com',
  gitlab: 'gitlab.com',
  bitbucket: 'bitbucket.org',
  azurerepos: 'dev.azure.com',
  // Gitea needs a base URL; CodeCommit's host names a region: without a base URL it serves every region.
  gitea: undefined,
  codecommit: undefined,
};

export const GIT_PROVIDERS: ReadonlySet<string> = new Set(Object.keys(GIT_PUBLIC_HOSTS));

export function isGitProvider(provider: string): boolean {
  return GIT_PROVIDERS.has(provider);
}

/** CodeCommit hosts, one per region; a CodeCommit credential without base URL is filed under this key. */
const CODECOMMIT_HOST = /^git-codecommit(?:-fips)?\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?$/;
const ANY_CODECOMMIT_HOST = '*codecommit*';

export interface NormalizedUrl {
  /** Lower-case host, with `:port` when it is not the scheme's default. */
  host: string;
  /** Path segments as written (case kept), without empty ones and without a final `.git`. */
  segments: string[];
}

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
// `git@github.com:org/repo.git`, the scp-like form Git accepts for SSH.
const SCP_LIKE = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/)(.*)$/;

/** Host and path segments of a repository or base URL; undefined when it is not a URL at all. */
export function normalizeUrl(raw: string): NormalizedUrl | undefined {
  let text = raw.trim();
  if (text === '') return undefined;
  if (!SCHEME.test(text)) {
    const scp = SCP_LIKE.exec(text);
    text = scp && scp[1]?.includes('.') ? `ssh://${scp[1]}/${scp[2] ?? ''}` : `https://${text}`;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.hostname === '') return undefined;
  const host = url.port === '' ? url.hostname.toLowerCase() : `${url.hostname.toLowerCase()}:${url.port}`;
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  const last = segments.at(-1);
  if (last !== undefined && last.endsWith('.git') && last.length > 4) segments[segments.length - 1] = last.slice(0, -4);
  return { host, segments };
}

export interface GitCredentialLike {
  id: string;
  provider: string;
  baseUrl?: string | undefined;
  dateCreated?: string | undefined;
}

function keyOf(host: string, segments: readonly string[], count: number): string {
  let key = host;
  for (let index = 0; index < count; index++) key += `/${segments[index] ?? ''}`;
  return key;
}

/** Older first; a credential without a readable creation date comes after those with one; then by id. */
function isPreferred(candidate: GitCredentialLike, current: GitCredentialLike): boolean {
  const a = candidate.dateCreated === undefined ? Number.NaN : Date.parse(candidate.dateCreated);
  const b = current.dateCreated === undefined ? Number.NaN : Date.parse(current.dateCreated);
  if (Number.isNaN(a) !== Number.isNaN(b)) return !Number.isNaN(a);
  if (!Number.isNaN(a) && a !== b) return a < b;
  return candidate.id < current.id;
}

/** The base a credential serves, as an index key; undefined when it serves nothing that can be told. */
function baseKeyOf(credentials: GitCredentialLike): string | undefined {
  const baseUrl = credentials.baseUrl?.trim();
  if (baseUrl) {
    const normalized = normalizeUrl(baseUrl);
    return normalized && keyOf(normalized.host, normalized.segments, normalized.segments.length);
  }
  if (credentials.provider === 'codecommit') return ANY_CODECOMMIT_HOST;
  return GIT_PUBLIC_HOSTS[credentials.provider];
}

/**
 * Indexes the Git credentials (other providers are ignored) and answers, for a repository URL, the id of
 * the credential Seqera would use, or undefined when none matches.
 */
export function createRepositoryMatcher(credentials: Iterable<GitCredentialLike>): (repository: string) => string | undefined {
  const byBase = new Map<string, GitCredentialLike>();
  for (const entry of credentials) {
    if (!isGitProvider(entry.provider)) continue;
    const key = baseKeyOf(entry);
    if (key === undefined) continue;
    const current = byBase.get(key);
    if (current === undefined || isPreferred(entry, current)) byBase.set(key, entry);
  }
  return (repository) => {
    if (byBase.size === 0) return undefined;
    const normalized = normalizeUrl(repository);
    if (normalized === undefined) return undefined;
    const { host, segments } = normalized;
    for (let count = segments.length; count >= 0; count--) {
      const found = byBase.get(keyOf(host, segments, count));
      if (found !== undefined) return found.id;
    }
    return CODECOMMIT_HOST.test(host) ? byBase.get(ANY_CODECOMMIT_HOST)?.id : undefined;
  };
}
