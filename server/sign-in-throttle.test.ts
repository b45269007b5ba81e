/**
 * Issue 10, B4: 300 wrong tokens in half a second each cost a /user-info call upstream. Sign-in
 * (POST /auth/session and /auth/demo) now draws from a token bucket per client: 10 at once, then
 * one every two seconds, answered beyond that with 429, a clear message and Retry-After.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listen, type RunningServer } from './http-server';
import { SignInThrottle, throttleKey } from './sign-in-throttle';
import { createTestApp, CSRF, embeddedTestApi, OWNER_TOKEN } from './test-support';
import { proxyUpstream } from './upstream';

// Each case seeds an in-memory embedded API (key generation included): slow on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

describe('SignInThrottle', () => {
  it('allows a burst of 10, then 30 a minute (one every two seconds)', () => {
    const clock = { now: 0 };
    const throttle = new SignInThrottle({ clock: () => clock.now });
    let allowed = 0;
    // Ten attempts a second for a minute.
    for (; clock.now < 60_000; clock.now += 100) if (throttle.take('203.0.113.7').allowed) allowed++;
    expect(allowed).toBe(10 + 30 - 1);
    expect(throttle.take('198.51.100.1').allowed).toBe(true);
  });

  it('says how long until the next attempt', () => {
    const clock = { now: 0 };
    const throttle = new SignInThrottle({ clock: () => clock.now, burst: 2, perMinute: 6 });
    expect(throttle.take('a')).toEqual({ allowed: true });
    expect(throttle.take('a')).toEqual({ allowed: true });
    expect(throttle.take('a')).toEqual({ allowed: false, retryAfterSeconds: 10 });
    clock.now = 9_000;
    expect(throttle.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    clock.now = 10_000;
    expect(throttle.take('a')).toEqual({ allowed: true });
  });

  it('remembers at most maxClients clients, forgetting the least recently seen', () => {
    const clock = { now: 0 };
    const throttle = new SignInThrottle({ clock: () => clock.now, maxClients: 1_000, burst: 1 });
    expect(throttle.take('busy').allowed).toBe(true);
    for (let i = 0; i < 5_000; i++) {
      throttle.take(`10.0.${Math.floor(i / 256)}.${i % 256}`);
      if (i % 100 === 0) throttle.take('busy');
      expect(throttle.size).toBeLessThanOrEqual(1_000);
    }
    // Seen recently, so still remembered (and still out of attempts).
    expect(throttle.take('busy').allowed).toBe(false);
  });

  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::9', '2001:db8:1:2::/64'],
    ['2001:0db8:0000:0002:ffff::1', '2001:db8:0:2::/64'],
    ['::1', '0:0:0:0::/64'],
    [undefined, 'unknown'],
  ])('counts %s as %s', (address, key) => {
    expect(throttleKey(address)).toBe(key);
  });
});

// A stand-in Seqera Platform on 127.0.0.1 that counts /user-info calls.
const upstreamApi = embeddedTestApi();
let userInfoCalls = 0;
let upstream: RunningServer;
beforeAll(async () => {
  upstream = await listen((request) => {
    if (new URL(request.url).pathname === '/user-info') userInfoCalls++;
    return upstreamApi.fetch(request);
  }, 0, '127.0.0.1');
});
afterAll(async () => {
  await upstream.close();
  upstreamApi.close();
});

/** The app with its default throttle, on a real socket so that the client has an address. */
async function serve(options: Parameters<typeof createTestApp>[0]): Promise<RunningServer> {
  const { app } = createTestApp({ ...options, signInThrottle: new SignInThrottle() });
  return listen((request, env) => app.fetch(request, env), 0, '127.0.0.1');
}

function attempt(url: string, path: string, body: unknown): Promise<Response> {
  return fetch(`${url}${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...CSRF } });
}

describe('sign-in over HTTP', () => {
  it('proxy mode: of 300 wrong tokens in a row, 10 (plus one per two seconds taken) reach Seqera; the rest get 429 with Retry-After', { timeout: 60_000 }, async () => {
    const server = await serve({ upstream: proxyUpstream({ baseUrl: upstream.url }), demoTokens: undefined });
    try {
      const before = userInfoCalls;
      const started = Date.now();
      const statuses: number[] = [];
      let refused: Response | undefined;
      for (let i = 0; i < 300; i++) {
        const response = await attempt(server.url, '/auth/session', { token: `wrong-token-${i}` });
        statuses.push(response.status);
        if (response.status === 429) refused ??= response;
        else await response.body?.cancel();
      }
      const allowed = 10 + Math.ceil((Date.now() - started) / 2_000);
      expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
      expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(300 - allowed);
      expect(userInfoCalls - before).toBeLessThanOrEqual(allowed);
      if (refused === undefined) throw new Error('no 429');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(await refused.json()).toEqual({ message: expect.stringMatching(/^Too many sign-in attempts from your address\. Try again in \d+ seconds?\.$/) });
    } finally {
      await server.close();
    }
  });

  it('embedded mode: demo sign-in and token sign-in share the bucket, and a good token is refused too once it is empty', async () => {
    const server = await serve({});
    try {
      for (let i = 0; i < 5; i++) expect((await attempt(server.url, '/auth/demo', { role: 'viewer' })).status).toBe(200);
      for (let i = 0; i < 5; i++) expect((await attempt(server.url, '/auth/session', { token: 'wrong-token' })).status).toBe(401);
      expect((await attempt(server.url, '/auth/session', { token: OWNER_TOKEN })).status).toBe(429);
      expect((await attempt(server.url, '/auth/demo', { role: 'owner' })).status).toBe(429);
      // Reading the session is not a sign-in attempt.
      expect((await fetch(`${server.url}/auth/session`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
