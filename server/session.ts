import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

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
  /** Re-seal (to move last-seen forward) at most this often; default one minute. */
  refreshMs?: number;
  clock?: Clock;
  /** Bound on remembered sign-outs; default 10,000. */
  maxRevoked?: number;
}

export type SessionCheck =
  | { state: 'none' }
  | { state: 'invalid' }
  | { state: 'valid'; session: SessionPayload; /** A re-sealed cookie value to send when last-seen moved. */ refreshed?: string };

/**
 * Issues, checks and revokes sealed sessions.
 *
 * Sign-out is remembered in memory only: with several replicas behind a load balancer, a revoked
 * cookie would still be accepted by the others until it expires by idleness or the absolute cap.
 * A shared store (or sticky sessions) would be needed there.
 */
export class SessionManager {
  readonly idleMs: number;
  private readonly key: Buffer;
  private readonly absoluteMs: number;
  private readonly refreshMs: number;
  private readonly clock: Clock;
  private readonly maxRevoked: number;
  /** Session id → time after which no cookie for it can be valid anyway. Insertion order ≈ expiry order. */
  private readonly revoked = new Map<string, number>();

  constructor(options: SessionManagerOptions) {
    this.key = options.key;
    this.idleMs = options.idleMs;
    this.absoluteMs = options.absoluteMs ?? 12 * 60 * 60 * 1000;
    this.refreshMs = options.refreshMs ?? 60 * 1000;
    this.clock = options.clock ?? Date.now;
    this.maxRevoked = options.maxRevoked ?? 10_000;
  }

  issue(token: string, userId: number): string {
    const now = this.clock();
    return seal({ sid: randomBytes(16).toString('base64url'), token, userId, iat: now, seen: now }, this.key);
  }

  check(cookie: string | undefined): SessionCheck {
    if (cookie === undefined || cookie === '') return { state: 'none' };
    const session = unseal(cookie, this.key);
    const now = this.clock();
    if (
      session === undefined ||
      this.isRevoked(session.sid, now) ||
      now - session.seen > this.idleMs ||
      now - session.iat > this.absoluteMs ||
      session.seen > now + this.refreshMs
    ) {
      return { state: 'invalid' };
    }
    if (now - session.seen < this.refreshMs) return { state: 'valid', session };
    const next = { ...session, seen: now };
    return { state: 'valid', session: next, refreshed: seal(next, this.key) };
  }

  revoke(session: SessionPayload): void {
    const now = this.clock();
    // Past this moment every copy of the cookie is dead by idleness or by the absolute cap.
    const until = Math.min(session.iat + this.absoluteMs, now + this.idleMs) + this.refreshMs;
    this.pruneRevoked(now);
    if (this.revoked.size >= this.maxRevoked) {
      // Full of live entries: forget the one closest to expiring rather than grow without bound.
      const oldest = this.revoked.keys().next();
      if (!oldest.done) this.revoked.delete(oldest.value);
    }
    this.revoked.set(session.sid, until);
  }

  /** Seconds the browser should keep the cookie: the idle window, renewed at each refresh. */
  get cookieMaxAgeSeconds(): number {
    return Math.floor(this.idleMs / 1000);
  }

  private isRevoked(sid: string, now: number): boolean {
    const until = this.revoked.get(sid);
    return until !== undefined && until > now;
  }

  private pruneRevoked(now: number): void {
    for (const [sid, until] of this.revoked) {
      if (until <= now) this.revoked.delete(sid);
    }
  }
}
