import * as z from 'zod/mini';
import { apiRequest, apiSend, isApiError } from '../../lib/api-client';

export const sessionUserSchema = z.object({
  id: z.number(),
  userName: z.string(),
  email: z.nullish(z.string()),
  firstName: z.nullish(z.string()),
  lastName: z.nullish(z.string()),
});

export const sessionSchema = z.object({
  user: sessionUserSchema,
  mode: z.enum(['embedded', 'proxy']),
});

export const authConfigSchema = z.object({
  mode: z.enum(['embedded', 'proxy']),
  demo: z.boolean(),
});

export type Session = z.output<typeof sessionSchema>;
export type SessionUser = z.output<typeof sessionUserSchema>;
export type DemoRole = 'owner' | 'viewer';

export function getAuthConfig(signal?: AbortSignal) {
  return apiRequest('/auth/config', authConfigSchema, { signal });
}

/** Null when nobody is signed in: that is an expected state here, not an error. */
export async function getSession(signal?: AbortSignal): Promise<Session | null> {
  try {
    return await apiRequest('/auth/session', sessionSchema, { signal });
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

export function createSession(token: string) {
  return apiRequest('/auth/session', sessionSchema, { method: 'POST', body: { token } });
}

export function createDemoSession(role: DemoRole) {
  return apiRequest('/auth/demo', sessionSchema, { method: 'POST', body: { role } });
}

export function deleteSession() {
  return apiSend('/auth/session', { method: 'DELETE' });
}
