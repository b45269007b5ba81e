/** /csp-report needs no session, so it must not let anyone fill the log (issue 10, B5). */
import { describe, expect, it } from 'vitest';
import { CspReportGate, type CspReportGateOptions } from './csp-reports';
import { createTestApp, testClock } from './test-support';

function report(blocked = 'inline', page = 'http://127.0.0.1:8080/user/credentials') {
  return { 'csp-report': { 'document-uri': page, 'effective-directive': 'script-src-elem', 'blocked-uri': blocked } };
}

function setUp(gate: CspReportGateOptions = {}, trustProxy = 0) {
  const clock = testClock();
  const cspReportGate = new CspReportGate({ clock: () => clock.now, ...gate });
  return { ...createTestApp({ cspReportGate, trustProxy }), clock };
}

function post(app: ReturnType<typeof setUp>['app'], body: unknown, headers: Record<string, string> = {}) {
  return app.request('/csp-report', {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': body instanceof Array ? 'application/reports+json' : 'application/csp-report', ...headers },
  });
}

// 2,000 in-process requests take a few seconds on a busy machine.
const FLOOD_TIMEOUT = 30_000;

describe('POST /csp-report under a flood', () => {
  it('2,000 identical reports from one client: one line now, one summary when the window closes', async () => {
    const { app, warnings, clock } = setUp();
    const statuses = new Map<number, number>();
    for (let i = 0; i < 2000; i += 1) {
      const { status } = await post(app, report());
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
    expect(statuses).toEqual(new Map([[204, 20], [429, 1980]]));
    expect(warnings).toEqual(['CSP violation: script-src-elem blocked inline on http://127.0.0.1:8080/user/credentials']);

    clock.advance(61_000);
    await post(app, report('data'));
    expect(warnings.slice(1)).toEqual([
      'CSP violation: script-src-elem blocked inline on http://127.0.0.1:8080/user/credentials (repeated 19 more times in the last 61 s)',
      'CSP reports: 1980 refused by the rate limit in the last 61 s',
      'CSP violation: script-src-elem blocked data on http://127.0.0.1:8080/user/credentials',
    ]);
  }, FLOOD_TIMEOUT);

  it('2,000 batches of 50 distinct reports from 2,000 addresses: the global limit bounds the log', async () => {
    const { app, warnings, cspReports } = setUp({}, 1);
    for (let i = 0; i < 2000; i += 1) {
      const batch = Array.from({ length: 50 }, (_, j) => ({
        type: 'csp-violation',
        body: { documentURL: 'http://x/', effectiveDirective: 'img-src', blockedURL: `http://evil/${i}/${j}` },
      }));
      await post(app, batch, { 'x-forwarded-for': `198.51.${Math.floor(i / 250)}.${i % 250}` });
    }
    expect(warnings.length).toBeLessThanOrEqual(100);
    expect(cspReports.list().length).toBeLessThanOrEqual(100);
  }, FLOOD_TIMEOUT);

  it('refills: a client that waits may report again', async () => {
    const { app, clock } = setUp({ perClient: { capacity: 1, perSecond: 0.2 } });
    expect((await post(app, report('a'))).status).toBe(204);
    const refused = await post(app, report('b'));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('5');
    clock.advance(5_000);
    expect((await post(app, report('b'))).status).toBe(204);
  });

  it('limits each client separately (behind a trusted proxy, by X-Forwarded-For)', async () => {
    const { app } = setUp({ perClient: { capacity: 2, perSecond: 0.01 } }, 1);
    const from = (address: string) => ({ 'x-forwarded-for': address });
    expect((await post(app, report('a'), from('192.0.2.1'))).status).toBe(204);
    expect((await post(app, report('b'), from('192.0.2.1'))).status).toBe(204);
    expect((await post(app, report('c'), from('192.0.2.1'))).status).toBe(429);
    expect((await post(app, report('c'), from('192.0.2.2'))).status).toBe(204);
  });

  it('logs distinct violations beyond maxDistinct as one count', async () => {
    const { app, warnings, clock } = setUp({ maxDistinct: 3 });
    for (const blocked of ['a', 'b', 'c', 'd', 'e']) await post(app, report(blocked));
    expect(warnings).toHaveLength(3);
    clock.advance(60_000);
    await post(app, report('f'));
    expect(warnings.slice(3, 4)).toEqual(['CSP violation: 2 more reports of other violations in the last 60 s were not logged']);
  });
});

describe('CspReportGate memory', () => {
  it('remembers at most maxClients buckets', () => {
    const clock = testClock();
    const gate = new CspReportGate({ clock: () => clock.now, perClient: { capacity: 1, perSecond: 0.001 }, maxClients: 2 });
    expect(gate.admit('a')).toBe(true);
    expect(gate.admit('a')).toBe(false);
    expect(gate.admit('b')).toBe(true);
    // A third client evicts the oldest, so 'a' starts afresh: memory is bounded, the global bucket still holds.
    expect(gate.admit('c')).toBe(true);
    expect(gate.admit('a')).toBe(true);
  });
});
