import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { isSendableToken } from './access-token';
import { RevocationStoreUnavailableError, SqliteRevocationStore, type RevocationStore } from './session-revocations';

/** What the sealed cookie carries. The access token stays inside the seal and never reaches page JavaScript. */
export interface SessionPayload {
  /** Random session id, used to revoke the session on sign-out. */
  sid: string;
  token: string;
  userId: number;
  /** Issued-at and last-seen, in epoch milliseconds. */
  iat: number;
  seen: number;
}

export type Clock = () => number;

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const AAD = Buffer.from(`seqera-console-session-${VERSION}`);

/** AES-256-GCM seal: `v1.` + base64url(iv | tag | ciphertext). Tampering breaks the auth tag. */
export function seal(payload: SessionPayload, key: Buffer): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(AAD);
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(payload), 'utf8'), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url')}`;
}

function isPayload(value: unknown): value is SessionPayload {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.sid === 'string' &&
    typeof v.token === 'string' &&
    // Only such tokens are ever sealed; anything else could not be sent upstream in a header.
    isSendableToken(v.token) &&
    typeof v.userId === 'number' &&
    typeof v.iat === 'number' &&
    typeof v.seen === 'number'
  );
}

/** Returns the payload, or undefined for anything forged, tampered with or malformed. */
export function unseal(value: string, key: Buffer): SessionPayload | undefined {
  if (!value.startsWith(`${VERSION}.`)) return undefined;
  const raw = Buffer.from(value.slice(VERSION.length + 1), 'base64url');
  if (raw.length <= IV_BYTES + TAG_BYTES) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
    decipher.setAAD(AAD);
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const plain = Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
    const parsed: unknown = JSON.parse(plain.toString('utf8'));
    return isPayload(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export interface SessionManagerOptions {
  key: Buffer;
  idleMs: number;
  /** Hard cap whatever the activity; default 12 hours. */
  absoluteMs?: number;
  /**
   * Re-seal (to move last-seen forward) at most this often; default a quarter of the idle window,
   * at most one minute. Any request therefore keeps the session for at least three quarters of the
   * idle window; a refresh interval equal to the window would end busy sessions.
   */
  refreshMs?: number;
  clock?: Clock;
  /** Where sign-outs are kept; default an in-memory SQLite table (tests). The server passes a persistent one. */
  revocations?: RevocationStore;
}

export type SessionCheck =
  | { state: 'none' }
  | { state: 'invalid' }
  /** The revocation store could not be asked: refuse (503) rather than accept a maybe signed-out cookie. */
  | { state: 'unavailable'; message: string }
  | { state: 'valid'; session: SessionPayload; /** A re-sealed cookie value to send when last-seen moved. */ refreshed?: string };

/**
 * Issues, checks and revokes sealed sessions. Sign-outs are kept in a {@link RevocationStore} until
 * every copy of the cookie would have expired anyway: a SQLite file in DATA_DIR (survives
 * restarts), or Redis shared by replicas that share SESSION_SECRET.
 */
export class SessionManager {
  readonly idleMs: number;
  readonly refreshMs: number;
  readonly revocations: RevocationStore;
  private readonly key: Buffer;
  private readonly absoluteMs: number;
  private readonly clock: Clock;

  constructor(options: SessionManagerOptions) {
    this.key = options.key;
    this.idleMs = options.idleMs;
    this.absoluteMs = options.absoluteMs ?? 12 * 60 * 60 * 1000;
    this.refreshMs = options.refreshMs ?? Math.min(60 * 1000, Math.floor(options.idleMs / 4));
    this.clock = options.clock ?? Date.now;
    this.revocations = options.revocations ?? new SqliteRevocationStore(':memory:');
  }

  issue(token: string, userId: number): string {
    const now = this.clock();
    return seal({ sid: randomBytes(16).toString('base64url'), token, userId, iat: now, seen: now }, this.key);
  }

  async check(cookie: string | undefined): Promise<SessionCheck> {
    if (cookie === undefined || cookie === '') return { state: 'none' };
    const session = unseal(cookie, this.key);
    const now = this.clock();
    if (
      session === undefined ||
      now - session.seen > this.idleMs ||
      now - session.iat > this.absoluteMs ||
      session.seen > now + this.refreshMs
    ) {
      return { state: 'invalid' };
    }
    try {
      if (await this.revocations.isRevoked(session.sid, now)) return { state: 'invalid' };
    } catch (error) {
      if (error instanceof RevocationStoreUnavailableError) return { state: 'unavailable', message: error.message };
      throw error;
    }
    if (now - session.seen < this.refreshMs) return { state: 'valid', session };
    const next = { ...session, seen: now };
    return { state: 'valid', session: next, refreshed: seal(next, this.key) };
  }

  /** Throws RevocationStoreUnavailableError when the sign-out could not be recorded. */
  async revoke(session: SessionPayload): Promise<void> {
    const now = this.clock();
    // Past this moment every copy of the cookie is dead by idleness or by the absolute cap.
    const until = Math.min(session.iat + this.absoluteMs, now + this.idleMs) + this.refreshMs;
    await this.revocations.revoke(session.sid, until, now);
  }

  /** Seconds the browser should keep the cookie: the idle window, renewed at each refresh. */
  get cookieMaxAgeSeconds(): number {
    return Math.floor(this.idleMs / 1000);
  }
}
