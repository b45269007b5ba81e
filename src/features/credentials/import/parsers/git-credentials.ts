import { importStrings } from '../strings';
import type { Found, GitProviderId, ParseResult, Skipped } from '../model';
import { guarded, malformed } from './guard';

const t = importStrings.skip.git;

/** Whether every non-blank line looks like `scheme://…@…`: the shape of `~/.git-credentials`. */
export function looksLikeGitCredentials(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '' && !line.trim().startsWith('#'));
  return lines.length > 0 && lines.every((line) => /^\s*[a-z][a-z0-9+.-]*:\/\/[^\s]*@/i.test(line));
}

const knownHosts: Record<string, GitProviderId> = {
  'github.com': 'github',
  'gitlab.com': 'gitlab',
  'bitbucket.org': 'bitbucket',
  'dev.azure.com': 'azurerepos',
};

/** The provider a host belongs to, or null when only the user can tell (a self-hosted server). */
export function gitProviderForHost(host: string): GitProviderId | null {
  const lower = host.toLowerCase();
  if (lower.endsWith('.visualstudio.com')) return 'azurerepos';
  return knownHosts[lower] ?? null;
}

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** Azure DevOps URLs name the organisation first (`dev.azure.com/org/project/_git/repo`): that is its base URL. */
function baseUrlFor(url: URL, provider: GitProviderId | null): string {
  if (provider === 'azurerepos' && url.hostname.toLowerCase() === 'dev.azure.com') {
    const org = url.pathname.split('/').find((segment) => segment !== '');
    if (org) return `${url.origin}/${org}`;
  }
  return url.origin;
}

/**
 * `~/.git-credentials`: each line `https://user:token@host[/path]` (user and token URL-encoded)
 * becomes GitHub, GitLab, Bitbucket, Gitea or Azure DevOps credentials by host, with the base URL.
 */
export const parseGitCredentials = guarded((text) => {
  if (!looksLikeGitCredentials(text)) return malformed('git-credentials', 'a line is not a URL of the form https://user:token@host');
  const found: Found[] = [];
  const skipped: Skipped[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    let url: URL | null = null;
    try {
      url = new URL(line);
    } catch {
      url = null;
    }
    // Never echo the line: it holds the token.
    const host = url?.host ?? line.replace(/^[^@]*@/, '').replace(/[/:].*$/, '');
    const label = importStrings.labels.gitLine(index + 1, host);
    if (!url || url.hostname === '') {
      skipped.push({ label, reason: t.badLine });
      continue;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      skipped.push({ label, reason: t.notHttp });
      continue;
    }
    const username = decode(url.username);
    const secret = decode(url.password);
    if (!username || !secret) {
      skipped.push({ label, reason: t.noSecret });
      continue;
    }
    const provider = gitProviderForHost(url.hostname);
    const baseUrl = baseUrlFor(url, provider);
    found.push({
      label,
      nameHint: url.hostname,
      detail: baseUrl,
      target: { kind: 'git', provider, baseUrl, username, secret },
    });
  }
  return { ok: true, format: 'git-credentials', found, skipped } satisfies ParseResult;
});
