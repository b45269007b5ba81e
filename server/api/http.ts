import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { sha256Hex } from './crypto';
import { HttpError, badRequest, forbidden } from './errors';
import { contextOf, type Store, type UserRow, type WorkspaceRole } from './store';

export type ApiEnv = { Variables: { user: UserRow } };
export type ApiContext = Context<ApiEnv>;

/** The request body cap, for the embedded API and the app server in front of it alike. */
export const MAX_BODY_BYTES = 256 * 1024;
const INT64 = /^-?[0-9]{1,19}$/;

export const errorBody = (message: string) => ({ message });

/** An int64 query parameter; JS numbers hold ids up to 2^53, which is what this store can hand out. */
export function queryInt(c: Context, name: string): number | null {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return null;
  const value = Number(raw);
  if (!INT64.test(raw) || !Number.isSafeInteger(value)) throw badRequest(`Query parameter ${name} must be an integer`);
  return value;
}

export function pathInt(c: Context, name: string): number {
  const raw = c.req.param(name) ?? '';
  const value = Number(raw);
  if (!INT64.test(raw) || !Number.isSafeInteger(value)) throw badRequest(`Path parameter ${name} must be an integer`);
  return value;
}

export function queryBool(c: Context, name: string): boolean {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return false;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw badRequest(`Query parameter ${name} must be true or false`);
}

const tooLarge = () => new HttpError(413, `Request body exceeds ${MAX_BODY_BYTES} bytes`);

/**
 * Counts body bytes as they arrive and answers 413 once past the cap, so a chunked body (no Content-Length)
 * is never read, let alone held, beyond it; the adapter then drops the rest of the upload.
 */
export const limitBody: MiddlewareHandler = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: () => {
    throw tooLarge();
  },
});

/** Reads a JSON body of at most 256 KiB: 413 over the cap, 400 when it is not JSON. */
export async function readJson(c: Context): Promise<unknown> {
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const bytes = await c.req.arrayBuffer();
  if (bytes.byteLength > MAX_BODY_BYTES) throw tooLarge();
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    throw badRequest('Request body is not valid JSON');
  }
}

/** Bearer authentication against sha256 hashes of the tokens; 401 with an ErrorResponse otherwise. */
export function bearerAuth(store: Store): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
    const user = match?.[1] === undefined ? undefined : store.userByTokenHash(sha256Hex(match[1]));
    if (user === undefined) {
      return c.json(errorBody('Unauthorized: a valid access token is required'), 401, {
        'WWW-Authenticate': 'Bearer',
      });
    }
    c.set('user', user);
    await next();
  };
}

export interface RequestContext {
  workspaceId: number | null;
  userId: number;
  context: string;
  role: WorkspaceRole;
}

/** The caller's context from `?workspaceId`: personal context (the user owns it) or a workspace they belong to. */
export function requestContext(c: ApiContext, store: Store): RequestContext {
  const user = c.get('user');
  const workspaceId = queryInt(c, 'workspaceId');
  if (workspaceId === null) return { workspaceId, userId: user.id, context: contextOf(null, user.id), role: 'owner' };
  const role = store.workspaceRole(workspaceId, user.id);
  if (role === undefined) throw forbidden('Operation not allowed: you are not a member of this workspace');
  return { workspaceId, userId: user.id, context: contextOf(workspaceId, user.id), role };
}

const WRITERS: ReadonlySet<WorkspaceRole> = new Set(['owner', 'admin']);

/** Owner or admin: what changing credentials, and reading their keys even encrypted, takes. Others get 403. */
export function requireWriter(context: RequestContext, action = 'change credentials') {
  if (!WRITERS.has(context.role)) {
    throw forbidden(`Operation not allowed: role '${context.role}' cannot ${action} (owner or admin needed)`);
  }
}
