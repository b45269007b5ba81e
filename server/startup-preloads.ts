import { getCookie } from 'hono/cookie';
import { isSecureRequest, type AppContext } from './request-context';
import { sessionCookieName } from './session-cookie';
import type { SessionManager } from './session';

/** The user's workspaces, as the console asks Seqera for them (src/features/workspaces/workspaces-api.ts). */
export const workspacesPath = (userId: number): string => `/api/user/${String(userId)}/workspaces`;

/**
 * A workspace's routes (`/orgs/:org/workspaces/:workspace/credentials…`) look the workspace up in the
 * user's workspaces; the personal list and the rest never ask for them, and a preload nobody takes is
 * a wasted request and a warning in the browser's console.
 */
const startsFromWorkspaces = (path: string): boolean => path.startsWith('/orgs/');

/**
 * Names the signed-in page's first data request after the session in a Link header of the page
 * itself, so the browser fetches it while it parses the page, beside the scripts and the session
 * (named in the page's head, scripts/route-preloads.ts), rather than once the session has answered:
 * a list load then waits on one round trip to the API before its credentials, not three. It is the
 * user's workspaces (the route's workspace, the switcher and the list all start from them); its URL
 * holds the user's id, which only the session knows, so it cannot be written into the page at build
 * time. The page's fetch() takes the preloaded answer, so nothing is asked twice.
 *
 * The cookie is only read here: a refreshed or cleared cookie is the session request's business, and
 * a page response that set one would be a per-user page in every cache. Without a valid session the
 * page goes out unchanged; with one it is private to that user.
 */
export async function withStartupPreloads(c: AppContext, sessions: SessionManager, page: Response): Promise<Response> {
  if (!startsFromWorkspaces(c.req.path) || (page.status !== 200 && page.status !== 304)) return page;
  const check = await sessions.check(getCookie(c, sessionCookieName(isSecureRequest(c))));
  if (check.state !== 'valid') return page;
  const headers = new Headers(page.headers);
  headers.append('Link', `<${workspacesPath(check.session.userId)}>; rel=preload; as=fetch; crossorigin`);
  headers.set('Cache-Control', 'private, no-cache');
  headers.append('Vary', 'Cookie');
  return new Response(page.body, { status: page.status, headers });
}
