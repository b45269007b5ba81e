import { join } from 'node:path';
import { ConfigError } from './config-error';
import { SessionManager } from './session';
import { RedisRevocationStore, SqliteRevocationStore, type RevocationStore } from './session-revocations';
import { DEFAULT_SIGN_IN_BURST, DEFAULT_SIGN_IN_PER_MINUTE, SignInThrottle } from './sign-in-throttle';

/** The environment's settings for sign-out storage and sign-in throttling (part of EnvConfig). */
export interface SessionEnvConfig {
  /** REDIS_URL: shared revocation store for replicas; undefined means `sessionsDbPath`. */
  redisUrl: string | undefined;
  /** SQLite file in DATA_DIR that keeps sign-outs across restarts when there is no REDIS_URL. */
  sessionsDbPath: string;
  /** SIGN_IN_BURST: sign-in attempts a client may make at once. */
  signInBurst: number;
  /** SIGN_IN_PER_MINUTE: sign-in attempts a client gets back per minute. */
  signInPerMinute: number;
}

function parseRedisUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw.trim());
  } catch {
    url = undefined;
  }
  // The value is not echoed: it may hold a password.
  if (url === undefined || (url.protocol !== 'redis:' && url.protocol !== 'rediss:') || url.hostname === '') {
    throw new ConfigError('REDIS_URL must be a redis:// or rediss:// URL such as redis://redis.internal:6379 (a password goes in it as redis://:password@host:6379).');
  }
  return url.href;
}

function parseCount(name: string, raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= 1 && value <= max)) throw new ConfigError(`${name} must be a whole number from 1 to ${max} (got "${raw}").`);
  return value;
}

export function parseSessionEnv(env: NodeJS.ProcessEnv, dataDir: string): SessionEnvConfig {
  return {
    redisUrl: parseRedisUrl(env.REDIS_URL),
    sessionsDbPath: join(dataDir, 'sessions.db'),
    signInBurst: parseCount('SIGN_IN_BURST', env.SIGN_IN_BURST, DEFAULT_SIGN_IN_BURST, 100_000),
    signInPerMinute: parseCount('SIGN_IN_PER_MINUTE', env.SIGN_IN_PER_MINUTE, DEFAULT_SIGN_IN_PER_MINUTE, 1_000_000),
  };
}

function openSqliteStore(path: string): SqliteRevocationStore {
  try {
    return new SqliteRevocationStore(path);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new ConfigError(`The sign-out store ${path} could not be opened (${code}).`);
  }
}

/**
 * The session manager the configuration asks for, with its revocation store opened: Redis when
 * REDIS_URL is set (the start fails if it cannot be reached), else `sessions.db` in DATA_DIR.
 * Close it with `sessions.revocations.close()`.
 */
/** What opening the session manager needs from the app's configuration. */
export interface SessionManagerConfig extends SessionEnvConfig {
  sessionKey: Buffer;
  sessionIdleMinutes: number;
}

export async function openSessionManager(config: SessionManagerConfig, warn?: (line: string) => void): Promise<SessionManager> {
  const revocations: RevocationStore =
    config.redisUrl === undefined ? openSqliteStore(config.sessionsDbPath) : await RedisRevocationStore.connect(config.redisUrl, { warn });
  return new SessionManager({ key: config.sessionKey, idleMs: config.sessionIdleMinutes * 60_000, revocations });
}

export function signInThrottleFor(config: SessionEnvConfig): SignInThrottle {
  return new SignInThrottle({ burst: config.signInBurst, perMinute: config.signInPerMinute });
}
