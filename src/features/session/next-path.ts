/** Only same-origin paths are accepted as a place to return to after sign-in (no open redirect). */
export function safeNextPath(next: string | null): string {
  if (next === null || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === '/sign-in' || next.startsWith('/sign-in?')) return '/';
  return next;
}

export function signInPath(returnTo: string, expired = false): string {
  const search = new URLSearchParams({ next: returnTo });
  if (expired) search.set('expired', '1');
  return `/sign-in?${search.toString()}`;
}
