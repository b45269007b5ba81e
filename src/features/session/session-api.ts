import { apiRequest, apiSend, isApiError } from '../../lib/api-client';
import type { Session } from './session-schemas';

export type { Session, SessionUser } from './session-schemas';
export type DemoRole = 'owner' | 'viewer';

// Requested as soon as this module runs, beside the first API calls, and awaited only to parse an
// answer (apiRequest takes the schema as a promise): zod is then no part of the list's first download,
// and no request waits for it. A failed download is retried on the next call.
let schemas = import('./session-schemas');
const loadSchemas = () => (schemas = schemas.catch(() => import('./session-schemas')));

export async function getAuthConfig(signal?: AbortSignal) {
  return apiRequest('/auth/config', loadSchemas().then((module) => module.authConfigSchema), { signal });
}

/** Null when nobody is signed in, or the session ended: expected states here, not errors. */
export async function getSession(signal?: AbortSignal): Promise<Session | null> {
  try {
    const answer = await apiRequest('/auth/session', loadSchemas().then((module) => module.currentSessionSchema), { signal });
    return answer.user === null ? null : answer;
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

export async function createSession(token: string) {
  return apiRequest('/auth/session', loadSchemas().then((module) => module.sessionSchema), { method: 'POST', body: { token } });
}

export async function createDemoSession(role: DemoRole) {
  return apiRequest('/auth/demo', loadSchemas().then((module) => module.sessionSchema), { method: 'POST', body: { role } });
}

export function deleteSession() {
  return apiSend('/auth/session', { method: 'DELETE' });
}
