import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv } from './config';

function configError(env: NodeJS.ProcessEnv): string {
  try {
    parseEnv(env, '/srv/console');
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('sign-out store and sign-in throttle settings', () => {
  it('default to sessions.db in DATA_DIR and 10 attempts at once, then 30 a minute', () => {
    expect(parseEnv({}, '/srv/console')).toMatchObject({
      redisUrl: undefined,
      sessionsDbPath: '/srv/console/.data/sessions.db',
      signInBurst: 10,
      signInPerMinute: 30,
    });
    expect(parseEnv({ DATA_DIR: '/var/lib/console' }, '/srv').sessionsDbPath).toBe('/var/lib/console/sessions.db');
  });

  it('read REDIS_URL, SIGN_IN_BURST and SIGN_IN_PER_MINUTE', () => {
    expect(parseEnv({ REDIS_URL: 'rediss://:pw@cache.internal:6380/2', SIGN_IN_BURST: '5', SIGN_IN_PER_MINUTE: '12' }, '/srv')).toMatchObject({
      redisUrl: 'rediss://:pw@cache.internal:6380/2',
      signInBurst: 5,
      signInPerMinute: 12,
    });
  });

  it.each(['http://cache:6379', 'cache:6379', 'redis://', 'not a url'])('refuse REDIS_URL %s without echoing it', (value) => {
    const message = configError({ REDIS_URL: value.replace('cache', 'secret-host') });
    expect(message).toMatch(/^REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/);
    expect(message).not.toContain('secret-host');
  });

  it.each([
    ['SIGN_IN_BURST', '0'],
    ['SIGN_IN_BURST', 'ten'],
    ['SIGN_IN_PER_MINUTE', '-1'],
    ['SIGN_IN_PER_MINUTE', '1.5'],
  ])('refuse %s=%s', (name, value) => {
    expect(configError({ [name]: value })).toMatch(new RegExp(`^${name} must be a whole number from 1 to`));
  });
});
