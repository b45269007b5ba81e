import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { seal, SessionManager, unseal, type SessionPayload } from './session';

const key = randomBytes(32);
const payload: SessionPayload = { sid: 's1', token: 'secret-token-value', userId: 7, iat: 1000, seen: 1000 };

describe('sealed session values', () => {
  it('round-trips and hides the token', () => {
    const sealed = seal(payload, key);
    expect(sealed).not.toContain('secret-token-value');
    expect(Buffer.from(sealed.slice(3), 'base64url').toString('latin1')).not.toContain('secret-token-value');
    expect(unseal(sealed, key)).toEqual(payload);
  });

  it('rejects a value sealed with another key, tampered with, truncated or made up', () => {
    const sealed = seal(payload, key);
    expect(unseal(sealed, randomBytes(32))).toBeUndefined();
    const bytes = Buffer.from(sealed.slice(3), 'base64url');
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    expect(unseal(`v1.${bytes.toString('base64url')}`, key)).toBeUndefined();
    expect(unseal(sealed.slice(0, 20), key)).toBeUndefined();
    expect(unseal('v1.' + Buffer.from(JSON.stringify(payload)).toString('base64url'), key)).toBeUndefined();
    expect(unseal('anything', key)).toBeUndefined();
  });
});

describe('SessionManager', () => {
  function manager(overrides: { maxRevoked?: number } = {}) {
    const clock = { now: 0 };
    const sessions = new SessionManager({ key, idleMs: 30 * 60_000, clock: () => clock.now, ...overrides });
    return { clock, sessions };
  }

  it('expires after the idle window and refreshes last-seen at most once a minute', () => {
    const { clock, sessions } = manager();
    const cookie = sessions.issue('t', 1);
    clock.now = 30_000;
    const early = sessions.check(cookie);
    expect(early.state === 'valid' && early.refreshed).toBeUndefined();
    clock.now = 20 * 60_000;
    const later = sessions.check(cookie);
    if (later.state !== 'valid' || later.refreshed === undefined) throw new Error('expected a refreshed session');
    clock.now = 45 * 60_000;
    expect(sessions.check(cookie).state).toBe('invalid');
    expect(sessions.check(later.refreshed).state).toBe('valid');
  });

  it('caps the lifetime even when the session stays busy', () => {
    const { clock, sessions } = manager();
    let cookie = sessions.issue('t', 1);
    for (clock.now = 20 * 60_000; clock.now <= 12 * 60 * 60_000; clock.now += 20 * 60_000) {
      const check = sessions.check(cookie);
      if (check.state !== 'valid') throw new Error(`expired early at ${clock.now}`);
      cookie = check.refreshed ?? cookie;
    }
    expect(sessions.check(cookie).state).toBe('invalid');
  });

  it('refuses a revoked session and keeps the revocation list bounded', () => {
    const { sessions } = manager({ maxRevoked: 3 });
    const cookies = Array.from({ length: 5 }, () => sessions.issue('t', 1));
    for (const cookie of cookies) {
      const check = sessions.check(cookie);
      if (check.state !== 'valid') throw new Error('expected valid');
      sessions.revoke(check.session);
    }
    // The two oldest revocations were evicted to respect the bound; the newest three hold.
    expect(cookies.map((cookie) => sessions.check(cookie).state)).toEqual(['valid', 'valid', 'invalid', 'invalid', 'invalid']);
  });
});
