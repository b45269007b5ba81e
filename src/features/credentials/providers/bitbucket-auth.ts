/**
 * How a stored Bitbucket credential authenticates. Both secrets (`token`, `password`) are write-only in
 * Seqera's API, so the answer never says which one is stored; the user name does: an API token signs in with
 * the Atlassian account e-mail, while an app password went with the Bitbucket user name, which has no "@".
 * Atlassian withdrew app passwords on 9 June 2026, so those credentials need replacing with an API token.
 */
export type BitbucketAuth = 'api-token' | 'app-password';

export function bitbucketAuth(keys: Record<string, unknown> | undefined): BitbucketAuth | undefined {
  const username = typeof keys?.username === 'string' ? keys.username.trim() : '';
  if (username === '') return undefined;
  return username.includes('@') ? 'api-token' : 'app-password';
}
