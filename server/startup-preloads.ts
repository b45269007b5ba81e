import { getCookie } from 'hono/cookie';
import { searchQuery } from '../src/lib/api-client';
import { isSecureRequest, type AppContext } from './request-context';
import { sessionCookieName } from './session-cookie';
import type { SessionManager, SessionPayload } from './session';

/** The user's workspaces, as the console asks Seqera for them (src/features/workspaces/workspaces-api.ts). */
export const workspacesPath = (userId: number): string => `/api/user/${String(userId)}/workspaces`;

/** The list's first answers for a workspace, as the list asks for them: its credentials and its compute platforms (src/app/prefetch-credentials.ts). */
export const workspaceListPaths = (workspaceId: number, platformId?: string): string[] => [
  `/api/credentials${searchQuery({ workspaceId, platformId })}`,
  `/api/platforms${searchQuery({ workspaceId })}`,
];

const MAX_SESSIONS = 1000;
const MAX_WORKSPACES = 2000;

/**
 * The workspace ids a session has seen, by organization and workspace name, from the user's
 * workspaces answers this server has passed on. A workspace page's address names its workspace, the
 * list asks for it by id, and only the workspaces answer maps one to the other: remembered, a later
 * load of that page can have its rows fetched while the page's scripts download. Best effort and
 * bounded (least recently used sessions go first); names and ids only, never a token.
 */
export class WorkspaceIds {
  private readonly sessions = new Map<string, Map<string, number>>();

  /** Notes the workspaces of a (parsed) workspaces answer. */
  remember(sessionId: string, body: unknown): void {
    const rows = (body as { orgsAndWorkspaces?: unknown } | null)?.orgsAndWorkspaces;
    if (!Array.isArray(rows)) return;
    const ids = new Map<string, number>();
    for (const row of rows.slice(0, MAX_WORKSPACES) as { orgName?: unknown; workspaceName?: unknown; workspaceId?: unknown }[]) {
      const { orgName, workspaceName, workspaceId } = row ?? {};
      if (typeof orgName === 'string' && typeof workspaceName === 'string' && typeof workspaceId === 'number') {
        ids.set(`${orgName}/${workspaceName}`, workspaceId);
      }
    }
    this.sessions.delete(sessionId);
    this.sessions.set(sessionId, ids);
    if (this.sessions.size > MAX_SESSIONS) this.sessions.delete(this.sessions.keys().next().value ?? '');
  }

  lookup(sessionId: string, orgName: string, workspaceName: string): number | undefined {
    return this.sessions.get(sessionId)?.get(`${orgName}/${workspaceName}`);
  }
}

/** Notes what a user's workspaces answer says, when `path` asked for them; leaves the answer untouched. */
export function rememberWorkspaces(workspaceIds: WorkspaceIds, session: SessionPayload, path: string, answer: Response): void {
  if (path !== workspacesPath(session.userId) || !answer.ok) return;
  answer
    .clone()
    .json()
    .then(
      (body: unknown) => workspaceIds.remember(session.sid, body),
      () => undefined,
    );
}

/** The organization and workspace a workspace page's path names, as the client's router decodes them. */
function namedWorkspace(path: string): { orgName: string; workspaceName: string } | undefined {
  const match = /^\/orgs\/([^/]+)\/workspaces\/([^/]+)\/credentials(\/|$)/.exec(path);
  if (!match?.[1] || !match[2]) return undefined;
  try {
    return { orgName: decodeURIComponent(match[1]), workspaceName: decodeURIComponent(match[2]) };
  } catch {
    return undefined;
  }
}

/** The preloads a page's request calls for: none without a workspace path and a valid session. */
async function preloadsFor(c: AppContext, sessions: SessionManager, workspaceIds: WorkspaceIds): Promise<string[]> {
  const named = namedWorkspace(c.req.path);
  if (!named) return [];
  const check = await sessions.check(getCookie(c, sessionCookieName(isSecureRequest(c))));
  if (check.state !== 'valid') return [];
  const { sid, userId } = check.session;
  const paths = [workspacesPath(userId)];
  const workspaceId = workspaceIds.lookup(sid, named.orgName, named.workspaceName);
  if (workspaceId !== undefined) paths.push(...workspaceListPaths(workspaceId, c.req.query('platform')));
  return paths;
}

const CONDITIONALS = ['if-none-match', 'if-modified-since'];

/**
 * Serves a page (`serve`, the static handler) naming its first data requests in Link headers, so the
 * browser fetches them while it parses the page, beside the scripts and the session (named in the
 * page's head, scripts/route-preloads.ts), rather than one after another once the scripts have run:
 *   - on a workspace's pages, the user's workspaces (the route's workspace, the switcher and the
 *     list all start from them); their URL holds the user's id, which only the session knows;
 *   - and, once this session has seen the workspace's id (WorkspaceIds), the list's rows and compute
 *     platforms, as the list asks for them (with the address's platform filter).
 * The page's fetch() takes the preloaded answers, so nothing is asked twice.
 *
 * Such a page names one user's requests: it is always sent whole and never stored (no-store, no
 * validators). A stored copy would be revalidated by a later load, signed out or someone else's, and
 * a 304 keeps the stored headers, preloads included. The cookie is only read here: a refreshed or
 * cleared cookie is the session request's business. Without preloads the page goes out unchanged.
 */
export async function withStartupPreloads(
  c: AppContext,
  sessions: SessionManager,
  workspaceIds: WorkspaceIds,
  serve: (request: Request) => Promise<Response>,
): Promise<Response> {
  const paths = await preloadsFor(c, sessions, workspaceIds);
  if (paths.length === 0) return serve(c.req.raw);
  const unconditional = new Headers(c.req.raw.headers);
  for (const name of CONDITIONALS) unconditional.delete(name);
  const page = await serve(new Request(c.req.raw.url, { method: c.req.method, headers: unconditional }));
  if (page.status !== 200) return page;
  const headers = new Headers(page.headers);
  for (const path of paths) headers.append('Link', `<${path}>; rel=preload; as=fetch; crossorigin`);
  headers.set('Cache-Control', 'no-store');
  headers.delete('ETag');
  headers.delete('Last-Modified');
  return new Response(page.body, { status: page.status, headers });
}
