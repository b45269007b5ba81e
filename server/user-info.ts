/** Who owns a token, as the app server keeps it: read from Seqera's `GET /user-info` answer. */
export interface SessionUser {
  /** Optional in Seqera's document: without it the session works, but the user's workspaces cannot be listed. */
  id: number | null;
  userName: string | null;
  email: string;
  firstName: string | null;
  lastName: string | null;
}

function optionalString(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * Keeps only the fields the console shows; user-info carries more than the browser needs. Every field is
 * optional in the document, `user` included: a JSON object answered with 200 means the token is good, and
 * what it leaves out is shown as unknown. Undefined only when the answer is not a JSON object at all (a
 * gateway's HTML page, say), which says nothing about the token.
 */
export function pickUser(body: unknown): SessionUser | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const user = (body as { user?: unknown }).user;
  const u = typeof user === 'object' && user !== null && !Array.isArray(user) ? (user as Record<string, unknown>) : {};
  return {
    id: typeof u.id === 'number' && Number.isSafeInteger(u.id) ? u.id : null,
    userName: optionalString(u.userName),
    email: optionalString(u.email) ?? '',
    firstName: optionalString(u.firstName),
    lastName: optionalString(u.lastName),
  };
}
