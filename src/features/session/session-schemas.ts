import * as z from 'zod/mini';

// The app server's session answers. Imported lazily by session-api.ts so zod stays out of the first download.

// `id` and `userName` are optional in Seqera's /user-info: without an id the personal credentials work and
// the workspaces cannot be listed (their path needs it); the menu falls back to the e-mail.
export const sessionUserSchema = z.object({
  id: z.nullish(z.number()),
  userName: z.nullish(z.string()),
  email: z.nullish(z.string()),
  firstName: z.nullish(z.string()),
  lastName: z.nullish(z.string()),
});

export const sessionSchema = z.object({
  user: sessionUserSchema,
  mode: z.enum(['embedded', 'proxy']),
});

/** GET /auth/session: the session, or `user: null` when the browser holds no session cookie. */
export const currentSessionSchema = z.union([sessionSchema, z.object({ user: z.null() })]);

export const authConfigSchema = z.object({
  mode: z.enum(['embedded', 'proxy']),
  demo: z.boolean(),
});

export type Session = z.output<typeof sessionSchema>;
export type SessionUser = z.output<typeof sessionUserSchema>;
