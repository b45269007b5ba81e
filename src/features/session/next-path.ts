const CHECK_BASE = 'http://console.invalid';

/**
 * Only same-origin paths are accepted as a place to return to after sign-in (no open redirect).
 * Whitespace and control characters are refused outright: URL parsing drops tabs and newlines, so
 * `/\t/evil.example` would become the other-origin `//evil.example`.
 */
export function safeNextPath(next: string | null): string {
  if (next === null || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (/[\s\p{Cc}\p{Cf}]/u.test(next)) return '/';
  if (next === '/sign-in' || next.startsWith('/sign-in?')) return '/';
  // Whatever the checks above missed, a path that resolves to another origin is not one of ours.
  try {
    return new URL(next, CHECK_BASE).origin === CHECK_BASE ? next : '/';
  } catch {
    return '/';
  }
}

export function signInPath(returnTo: string, expired = false): string {
  const search = new URLSearchParams({ next: returnTo });
  if (expired) search.set('expired', '1');
  return `/sign-in?${search.toString()}`;
}
