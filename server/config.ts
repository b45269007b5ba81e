import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { EmbeddedApiOptions } from './api/embedded';
import { ConfigError } from './config-error';
import { parseSessionEnv, type SessionEnvConfig } from './session-config';

export { ConfigError };

/** What the environment asks for, validated but not yet touching the file system. */
// Sign-out storage (REDIS_URL, sessions.db) and sign-in throttling: see server/session-config.ts.
export interface EnvConfig extends SessionEnvConfig {
  port: number;
  host: string;
  /** Port used with `--dev`, where Vite serves the app and forwards /api and /auth here. */
  devPort: number;
  /** Absolute http(s) URL of a real Seqera Platform API; undefined means the embedded API. */
  apiUrl: string | undefined;
  dataDir: string;
  dbPath: string;
  encryptionKey: string | undefined;
  demoOwnerToken: string | undefined;
  demoViewerToken: string | undefined;
  platformRoleArn: string | undefined;
  /** Decoded SESSION_SECRET, or undefined to use (and create) the key file in dataDir. */
  sessionSecret: Buffer | undefined;
  sessionIdleMinutes: number;
  testHooks: boolean;
  /** How many reverse proxies in front are trusted to set X-Forwarded-*; 0 means none (TRUST_PROXY). */
  trustProxy: number;
}

export interface AppConfig extends EnvConfig {
  sessionKey: Buffer;
}

const KEY_BYTES = 32;
const SESSION_KEY_FILE = 'session.key';

function parsePort(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{1,5}$/.test(raw)) throw new ConfigError(`${name} must be a port number from 1 to 65535 (got "${raw}").`);
  const port = Number(raw);
  if (port < 1 || port > 65535) throw new ConfigError(`${name} must be a port number from 1 to 65535 (got "${raw}").`);
  return port;
}

function parseApiUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`SEQERA_API_URL must be an absolute http(s) URL such as https://api.cloud.seqera.io (got "${raw}").`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`SEQERA_API_URL must use http or https (got "${url.protocol}").`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new ConfigError('SEQERA_API_URL must not contain credentials, a query or a fragment.');
  }
  // Paths are appended to it, so keep it without a trailing slash.
  return url.href.replace(/\/+$/, '');
}

/**
 * Decodes a 32-byte key given as 64 hex characters or as base64/base64url. The value itself never
 * appears in the error, because it is a secret.
 */
export function parseKey(name: string, raw: string): Buffer {
  const value = raw.trim();
  if (/^[0-9a-fA-F]{64}$/.test(value)) return Buffer.from(value, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(value)) {
    const key = Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    if (key.length === KEY_BYTES) return key;
  }
  throw new ConfigError(`${name} must be a 32-byte key written as 64 hex characters or base64 (generate one with: openssl rand -hex 32).`);
}

function parseToken(name: string, raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!/^[\x21-\x7e]{8,512}$/.test(raw)) throw new ConfigError(`${name} must be 8 to 512 printable characters without spaces.`);
  return raw;
}

function parseIdleMinutes(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 30;
  const minutes = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(minutes >= 1 && minutes <= 1440)) throw new ConfigError(`SESSION_IDLE_MINUTES must be a whole number of minutes from 1 to 1440 (got "${raw}").`);
  return minutes;
}

// --- TRUST_PROXY and test hooks (issue 10, B6/B13) ---

const MAX_TRUSTED_PROXIES = 10;

/** TRUST_PROXY: unset, 0 or false trusts no X-Forwarded-* header; 1 or true one proxy; N a chain of N. */
function parseTrustProxy(raw: string | undefined): number {
  const value = (raw ?? '').trim().toLowerCase();
  if (value === '' || value === '0' || value === 'false') return 0;
  if (value === 'true') return 1;
  const hops = /^\d{1,2}$/.test(value) ? Number(value) : NaN;
  if (!(hops >= 1 && hops <= MAX_TRUSTED_PROXIES)) {
    throw new ConfigError(`TRUST_PROXY must be 0, 1 (true) or the number of proxies in front, up to ${MAX_TRUSTED_PROXIES} (got "${raw ?? ''}").`);
  }
  return hops;
}

/** 127.0.0.0/8, ::1 (also IPv4-mapped) and localhost: addresses other machines cannot reach. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (bare === 'localhost' || bare === '::1' || bare === '0:0:0:0:0:0:0:1') return true;
  return /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare);
}

/** Test hooks open routes that need no session (reset, faults, bulk data): only on a loopback HOST. */
export function assertTestHooksHost(testHooks: boolean, host: string): void {
  if (testHooks && !isLoopbackHost(host)) {
    throw new ConfigError(`SEQERA_CONSOLE_TEST_HOOKS=1 is only allowed on a loopback HOST such as 127.0.0.1 (got "${host}").`);
  }
}

// --- end TRUST_PROXY and test hooks ---

/** Validates the environment. Pure: no file is read or written. */
export function parseEnv(env: NodeJS.ProcessEnv, cwd = process.cwd()): EnvConfig {
  const dataDir = resolve(cwd, env.DATA_DIR || '.data');
  const encryptionKey = env.CREDENTIALS_ENCRYPTION_KEY || undefined;
  // Checked here too so a bad key is reported before anything is opened.
  if (encryptionKey !== undefined) parseKey('CREDENTIALS_ENCRYPTION_KEY', encryptionKey);
  const roleArn = env.SEQERA_AWS_PLATFORM_ROLE_ARN || undefined;
  if (roleArn !== undefined && !/^arn:aws[a-z-]*:iam::\d{12}:role\/\S+$/.test(roleArn)) {
    throw new ConfigError('SEQERA_AWS_PLATFORM_ROLE_ARN must be an IAM role ARN such as arn:aws:iam::123456789012:role/Name.');
  }
  const host = env.HOST || '127.0.0.1';
  const testHooks = env.SEQERA_CONSOLE_TEST_HOOKS === '1';
  assertTestHooksHost(testHooks, host);
  return {
    port: parsePort('PORT', env.PORT, 8080),
    host,
    devPort: parsePort('DEV_SERVER_PORT', env.DEV_SERVER_PORT, 8787),
    apiUrl: parseApiUrl(env.SEQERA_API_URL),
    dataDir,
    dbPath: join(dataDir, 'credentials.db'),
    encryptionKey,
    demoOwnerToken: parseToken('DEMO_OWNER_TOKEN', env.DEMO_OWNER_TOKEN),
    demoViewerToken: parseToken('DEMO_VIEWER_TOKEN', env.DEMO_VIEWER_TOKEN),
    platformRoleArn: roleArn,
    sessionSecret: env.SESSION_SECRET ? parseKey('SESSION_SECRET', env.SESSION_SECRET) : undefined,
    sessionIdleMinutes: parseIdleMinutes(env.SESSION_IDLE_MINUTES),
    testHooks,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    ...parseSessionEnv(env, dataDir),
  };
}

function describeFsError(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : String(error);
}

/** Creates DATA_DIR if needed and proves it is writable. */
export function ensureDataDir(dataDir: string): void {
  const probe = join(dataDir, `.write-test-${process.pid}`);
  try {
    mkdirSync(dataDir, { recursive: true });
    closeSync(openSync(probe, 'w'));
    rmSync(probe);
  } catch (error) {
    throw new ConfigError(`DATA_DIR ${dataDir} is not a writable directory (${describeFsError(error)}).`);
  }
}

/**
 * Reads the session key file, or creates it (mode 0600) on first start so sessions survive restarts
 * without the operator having to set SESSION_SECRET.
 */
export function loadOrCreateSessionKey(dataDir: string): Buffer {
  const file = join(dataDir, SESSION_KEY_FILE);
  try {
    const fd = openSync(file, 'wx', 0o600);
    try {
      writeSync(fd, randomBytes(KEY_BYTES).toString('hex') + '\n');
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) {
      throw new ConfigError(`Could not create the session key file ${file} (${describeFsError(error)}).`);
    }
  }
  return parseKey(`The session key file ${file}`, readFileSync(file, 'utf8'));
}

/** Validates the environment, prepares DATA_DIR and settles the session key. */
export function loadConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): AppConfig {
  const parsed = parseEnv(env, cwd);
  ensureDataDir(parsed.dataDir);
  return { ...parsed, sessionKey: parsed.sessionSecret ?? loadOrCreateSessionKey(parsed.dataDir) };
}

/** The embedded API's options as the environment sets them (shared by the app server and `npm run api`). */
export function embeddedApiOptions(config: EnvConfig): EmbeddedApiOptions {
  return {
    dbPath: config.dbPath,
    encryptionKey: config.encryptionKey,
    demoOwnerToken: config.demoOwnerToken,
    demoViewerToken: config.demoViewerToken,
    platformRoleArn: config.platformRoleArn,
    testHooks: config.testHooks,
  };
}

