/**
 * Issue 10, B2: sign-out was remembered in memory only, capped at 10,000 entries, so a signed-out
 * cookie worked again after a restart or after 10,001 other sign-outs. Sign-outs now live in
 * `sessions.db` in DATA_DIR until they expire, or in Redis shared by replicas (REDIS_URL).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { SessionManager } from './session';
import { openSessionManager } from './session-config';
import { SqliteRevocationStore } from './session-revocations';
import { createTestApp, CSRF, OWNER_TOKEN, signIn, VIEWER_TOKEN } from './test-support';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const temporary: string[] = [];
function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `seqera-console-${label}-`));
  temporary.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

const status = async (app: ReturnType<typeof createTestApp>['app'], cookie: string, path = '/api/user-info') =>
  (await app.request(path, { headers: { cookie } })).status;

// The first in-process app of a worker takes about 1.3 s to build on a quiet machine, several times
// that beside a second test worker and a browser suite on two cores: more than Vitest's default 5 s.
describe('sign-outs in DATA_DIR (sessions.db)', { timeout: 30_000 }, () => {
  it('survive a restart: the signed-out cookie stays refused by a new app instance', async () => {
    const env = { DATA_DIR: tempDir('restart') };
    const first = await openSessionManager(loadConfig(env));
    const before = createTestApp({ sessions: first }).app;
    const signedOut = await signIn(before);
    const kept = await signIn(before, VIEWER_TOKEN);
    expect((await before.request('/auth/session', { method: 'DELETE', headers: { cookie: signedOut, ...CSRF } })).status).toBe(204);
    expect(await status(before, signedOut)).toBe(401);
    await first.revocations.close();

    // A new process would do exactly this: same DATA_DIR (same session.key, same sessions.db).
    const second = await openSessionManager(loadConfig(env));
    const after = createTestApp({ sessions: second }).app;
    try {
      expect(await status(after, signedOut)).toBe(401);
      expect(await status(after, signedOut, '/auth/session')).toBe(401);
      // Not a different key: the session that was not signed out still works after the restart.
      expect(await status(after, kept)).toBe(200);
    } finally {
      await second.revocations.close();
    }
  });

  it('10,001 other sign-outs do not evict a live one; expired ones are pruned', async () => {
    const clock = { now: Date.UTC(2025, 0, 1) };
    const store = new SqliteRevocationStore(join(tempDir('many'), 'sessions.db'));
    const sessions = new SessionManager({ key: randomBytes(32), idleMs: 30 * 60_000, clock: () => clock.now, revocations: store });
    const revokeNew = async () => {
      const check = await sessions.check(sessions.issue(OWNER_TOKEN, 1));
      if (check.state !== 'valid') throw new Error('expected a valid session');
      await sessions.revoke(check.session);
    };
    const target = sessions.issue(OWNER_TOKEN, 1);
    const targetCheck = await sessions.check(target);
    if (targetCheck.state !== 'valid') throw new Error('expected a valid session');
    await sessions.revoke(targetCheck.session);
    for (let i = 0; i < 10_001; i++) await revokeNew();
    clock.now += 60_000;
    expect((await sessions.check(target)).state).toBe('invalid');
    expect(store.size()).toBe(10_002);

    // Once every copy of those cookies is dead anyway, their entries go with the next sign-out.
    clock.now += 31 * 60_000 + sessions.refreshMs;
    await revokeNew();
    expect(store.size()).toBe(1);
    await store.close();
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------
// Replicas sharing SESSION_SECRET and REDIS_URL, against a real redis-server.

// REDIS_SERVER names another binary (valkey-server, or a missing one to see the skip).
const REDIS_SERVER = process.env.REDIS_SERVER || 'redis-server';
const haveRedis = spawnSync(REDIS_SERVER, ['--version'], { encoding: 'utf8' }).status === 0;
if (!haveRedis) {
  console.warn(`Skipping the Redis revocation tests: ${REDIS_SERVER} is not installed (apt-get install redis-server). .ci/run installs it.`);
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGCONT');
      child.kill('SIGKILL');
    }
  }
});

/** Waits until `output()` matches, or the child exits (rejects with its output). */
function waitFor(child: ChildProcess, output: () => string, pattern: RegExp, ms = 60_000): Promise<RegExpExecArray> {
  return new Promise((resolveMatch, reject) => {
    const timer = setInterval(() => {
      const match = pattern.exec(output());
      if (match) {
        clearInterval(timer);
        resolveMatch(match);
      } else if (child.exitCode !== null || Date.now() > deadline) {
        clearInterval(timer);
        reject(new Error(`Process ended or timed out before printing ${String(pattern)}:\n${output()}`));
      }
    }, 50);
    const deadline = Date.now() + ms;
  });
}

async function startRedis(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', tempDir('redis')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitFor(child, () => output, /Ready to accept connections/, 20_000);
  return { url: `redis://127.0.0.1:${port}`, child };
}

interface AppProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
}

/** server/main.ts as an operator runs it; `port` 0 picks a free one. */
async function startApp(env: Record<string, string>): Promise<AppProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(await freePort()),
      DATA_DIR: tempDir('replica'),
      DEMO_OWNER_TOKEN: OWNER_TOKEN,
      DEMO_VIEWER_TOKEN: VIEWER_TOKEN,
      SEQERA_API_URL: '',
      SEQERA_CONSOLE_TEST_HOOKS: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const match = await waitFor(child, () => output, /^Seqera credentials console: (http:\/\/\S+)$/m);
  return { url: match[1] ?? '', child, output: () => output };
}

const get = async (url: string, cookie: string) => {
  const response = await fetch(url, { headers: { cookie } });
  return { status: response.status, body: (await response.json()) as { message?: string } };
};

describe.skipIf(!haveRedis)('replicas sharing SESSION_SECRET and REDIS_URL (real redis-server)', () => {
  let redis: { url: string; child: ChildProcess };
  beforeAll(async () => {
    redis = await startRedis();
  });

  it('a sign-out on one replica is refused by the other; with Redis unreachable both answer 503, then recover', async () => {
    const shared = { SESSION_SECRET: randomBytes(32).toString('hex'), REDIS_URL: redis.url };
    const [a, b] = await Promise.all([startApp(shared), startApp(shared)]);
    // Printed after the address the start waits for, so it may arrive a moment later.
    const store = await waitFor(a.child, a.output, /^Sign-outs kept in: (.*)$/m);
    expect(store[1]).toBe(`Redis at ${redis.url}`);

    const signedIn = await fetch(`${a.url}/auth/demo`, { method: 'POST', body: JSON.stringify({ role: 'owner' }), headers: { 'content-type': 'application/json', ...CSRF } });
    expect(signedIn.status).toBe(200);
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';', 1)[0] ?? '';
    expect((await get(`${b.url}/api/user-info`, cookie)).status).toBe(200);

    expect((await fetch(`${a.url}/auth/session`, { method: 'DELETE', headers: { cookie, ...CSRF } })).status).toBe(204);
    expect((await get(`${b.url}/api/user-info`, cookie)).status).toBe(401);
    expect((await get(`${b.url}/auth/session`, cookie)).status).toBe(401);
    expect((await get(`${a.url}/api/user-info`, cookie)).status).toBe(401);

    // Redis stops answering: fail closed with a clear 503 rather than accept a maybe signed-out cookie.
    redis.child.kill('SIGSTOP');
    try {
      const unavailable = await get(`${b.url}/api/user-info`, cookie);
      expect(unavailable.status).toBe(503);
      expect(unavailable.body.message).toMatch(/session store is unreachable/);
    } finally {
      redis.child.kill('SIGCONT');
    }
    // Back again: the sign-out is still known.
    let after = 503;
    for (let i = 0; i < 50 && after === 503; i++) {
      await new Promise((done) => setTimeout(done, 200));
      after = (await get(`${b.url}/api/user-info`, cookie)).status;
    }
    expect(after).toBe(401);
  }, 120_000);

  it('refuses to start when REDIS_URL cannot be reached, without printing its password', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(await freePort()), DATA_DIR: tempDir('no-redis'), SEQERA_API_URL: '', REDIS_URL: `redis://:pa55word-secret@127.0.0.1:${port}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.once('exit', done));
    expect(code).toBe(1);
    expect(output).toMatch(new RegExp(`Could not start: Redis at redis://127\\.0\\.0\\.1:${port} could not be reached`));
    expect(output).not.toContain('pa55word-secret');
  }, 60_000);
});
