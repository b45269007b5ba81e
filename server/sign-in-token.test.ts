/**
 * Issue 10, B1: a token that cannot travel in an HTTP header (NUL, other control characters,
 * characters outside Latin-1) once answered 500 and the whole token went to the log; in proxy mode
 * a misleading 502. Sign-in now refuses it with 400 before any header is built, in both modes, and
 * a header-building error anywhere is logged without its value.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listen, type RunningServer } from './http-server';
import { createTestApp, CSRF, embeddedTestApi, jsonPost, OWNER_TOKEN, sessionCookie } from './test-support';
import { proxyUpstream } from './upstream';

// Each case seeds an in-memory embedded API (key generation included): slow on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

const SECRET = 'tok-Secret-4711';
const UNSENDABLE: [string, string][] = [
  ['a NUL byte', `${SECRET}\u0000`],
  ['a non-Latin-1 character', `${SECRET}\u20ac`],
  ['a Latin-1 letter outside ASCII', `${SECRET}\u00e9`],
  ['a control character inside', `${SECRET}\u0007x`],
  ['an embedded newline', `${SECRET}\nx-injected: 1`],
  ['a tab inside', `${SECRET}\tx`],
];
const REFUSAL = /printable ASCII/;

// A stand-in Seqera Platform on 127.0.0.1 that counts what reaches it.
const upstreamApi = embeddedTestApi();
let upstreamCalls = 0;
let upstream: RunningServer;
beforeAll(async () => {
  upstream = await listen((request) => {
    upstreamCalls++;
    return upstreamApi.fetch(request);
  }, 0, '127.0.0.1');
});
afterAll(async () => {
  await upstream.close();
  upstreamApi.close();
});

describe.each([
  ['embedded', () => createTestApp()],
  ['proxy', () => createTestApp({ upstream: proxyUpstream({ baseUrl: upstream.url }), demoTokens: undefined })],
])('POST /auth/session with an unsendable token (%s mode)', (_mode, setup) => {
  it.each(UNSENDABLE)('answers 400 with a clear message for %s, logs nothing and asks nobody upstream', async (_label, token) => {
    const { app, warnings } = setup();
    const before = upstreamCalls;
    const response = await app.request('/auth/session', jsonPost({ token }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { message: string };
    expect(body.message).toMatch(REFUSAL);
    expect(JSON.stringify(body)).not.toContain(SECRET);
    expect(warnings).toEqual([]);
    expect(upstreamCalls).toBe(before);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('still accepts an ordinary token', async () => {
    const { app } = setup();
    expect((await app.request('/auth/session', jsonPost({ token: OWNER_TOKEN }))).status).toBe(200);
  });
});

describe('header-building errors are logged without their values', () => {
  it('an upstream call that fails to build its Authorization header logs a generic line', async () => {
    const { app, warnings } = createTestApp({
      upstream: {
        mode: 'embedded',
        label: 'test',
        // What undici throws for a bad header value, token included.
        fetch: () => Promise.reject(new TypeError(`Headers.append: "Bearer ${SECRET}" is an invalid header value.`)),
      },
    });
    const response = await app.request('/auth/session', jsonPost({ token: OWNER_TOKEN }));
    expect(response.status).toBe(500);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/invalid header value/);
    expect(warnings[0]).not.toContain(SECRET);
    expect(warnings[0]).not.toContain('Bearer');
  });

  it('a session cookie sealed around an unsendable token counts as ended, without a log line', async () => {
    const { app, sessions, warnings } = createTestApp();
    const sealed = sessionCookie(new Response(null, { headers: { 'set-cookie': `seqera_session=${sessions.issue(`${SECRET}\u0000`, 1)}` } }));
    const response = await app.request('/api/credentials', { headers: { cookie: sealed, ...CSRF } });
    expect(response.status).toBe(401);
    expect(warnings).toEqual([]);
  });
});
