import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testTempDir } from './test-temp-dir';
import { ConfigError, loadConfig, parseEnv } from './config';

const HEX_KEY = 'ab'.repeat(32);

function configError(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env, tmpdir());
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseEnv', () => {
  it('applies the documented defaults', () => {
    const config = parseEnv({}, '/srv/console');
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      devPort: 8787,
      apiUrl: undefined,
      dataDir: '/srv/console/.data',
      dbPath: '/srv/console/.data/credentials.db',
      sessionIdleMinutes: 30,
      testHooks: false,
      trustProxy: 0,
    });
  });

  it('reads every variable', () => {
    const config = parseEnv({
      PORT: '9000',
      HOST: '127.0.0.2',
      SEQERA_API_URL: 'https://api.cloud.seqera.io/',
      DATA_DIR: '/var/lib/console',
      CREDENTIALS_ENCRYPTION_KEY: HEX_KEY,
      SESSION_SECRET: Buffer.alloc(32, 7).toString('base64'),
      SESSION_IDLE_MINUTES: '5',
      SEQERA_CONSOLE_TEST_HOOKS: '1',
      DEMO_OWNER_TOKEN: 'owner-token-1',
      SEQERA_AWS_PLATFORM_ROLE_ARN: 'arn:aws:iam::123456789012:role/Seqera',
      TRUST_PROXY: '2',
    });
    expect(config.port).toBe(9000);
    expect(config.host).toBe('127.0.0.2');
    expect(config.trustProxy).toBe(2);
    expect(config.apiUrl).toBe('https://api.cloud.seqera.io');
    expect(config.dbPath).toBe('/var/lib/console/credentials.db');
    expect(config.sessionSecret).toEqual(Buffer.alloc(32, 7));
    expect(config.sessionIdleMinutes).toBe(5);
    expect(config.testHooks).toBe(true);
  });

  it.each([
    [{ PORT: '0' }, /PORT must be a port number/],
    [{ PORT: '65536' }, /PORT must be a port number/],
    [{ PORT: 'http' }, /PORT must be a port number/],
    [{ DEV_SERVER_PORT: '-1' }, /DEV_SERVER_PORT/],
    [{ SEQERA_API_URL: 'api.cloud.seqera.io' }, /SEQERA_API_URL must be an absolute http\(s\) URL/],
    [{ SEQERA_API_URL: 'ftp://example.com' }, /SEQERA_API_URL must use http or https/],
    [{ CREDENTIALS_ENCRYPTION_KEY: 'too-short-secret' }, /CREDENTIALS_ENCRYPTION_KEY must be a 32-byte key/],
    [{ SESSION_SECRET: 'zz'.repeat(32) }, /SESSION_SECRET must be a 32-byte key/],
    [{ SESSION_IDLE_MINUTES: '0' }, /SESSION_IDLE_MINUTES/],
    [{ DEMO_OWNER_TOKEN: 'has space in it' }, /DEMO_OWNER_TOKEN/],
    [{ SEQERA_AWS_PLATFORM_ROLE_ARN: 'arn:nope' }, /SEQERA_AWS_PLATFORM_ROLE_ARN/],
    [{ TRUST_PROXY: 'yes please' }, /TRUST_PROXY must be 0, 1 \(true\) or the number of proxies/],
    [{ TRUST_PROXY: '11' }, /TRUST_PROXY/],
    [{ HOST: '0.0.0.0', SEQERA_CONSOLE_TEST_HOOKS: '1' }, /SEQERA_CONSOLE_TEST_HOOKS=1 is only allowed on a loopback HOST .*"0\.0\.0\.0"/],
    [{ HOST: '::', SEQERA_CONSOLE_TEST_HOOKS: '1' }, /SEQERA_CONSOLE_TEST_HOOKS=1 is only allowed on a loopback HOST/],
    [{ HOST: '192.168.1.20', SEQERA_CONSOLE_TEST_HOOKS: '1' }, /SEQERA_CONSOLE_TEST_HOOKS=1 is only allowed on a loopback HOST/],
  ])('rejects %j with one clear line', (env, pattern) => {
    expect(() => parseEnv(env)).toThrow(ConfigError);
    const message = configError(env);
    expect(message).toMatch(pattern);
    expect(message).not.toContain('\n');
  });

  it.each([
    [undefined, 0],
    ['0', 0],
    ['false', 0],
    ['1', 1],
    ['TRUE', 1],
    ['3', 3],
  ])('reads TRUST_PROXY=%s as %i trusted proxies', (raw, hops) => {
    expect(parseEnv({ TRUST_PROXY: raw }).trustProxy).toBe(hops);
  });

  it.each(['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]', '::ffff:127.0.0.1'])('accepts test hooks on the loopback HOST %s', (host) => {
    expect(parseEnv({ HOST: host, SEQERA_CONSOLE_TEST_HOOKS: '1' }).testHooks).toBe(true);
  });

  it('never repeats a malformed secret in the message', () => {
    const secret = 'my-very-secret-but-malformed-key';
    expect(configError({ SESSION_SECRET: secret })).not.toContain(secret);
    expect(configError({ CREDENTIALS_ENCRYPTION_KEY: secret })).not.toContain(secret);
  });
});

describe('loadConfig', () => {
  it('creates the session key file with mode 0600 once and reuses it', () => {
    const dataDir = join(testTempDir('console-config-'), 'nested');
    const first = loadConfig({ DATA_DIR: dataDir });
    const file = join(dataDir, 'session.key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(first.sessionKey).toHaveLength(32);
    expect(loadConfig({ DATA_DIR: dataDir }).sessionKey).toEqual(first.sessionKey);
  });

  it('prefers SESSION_SECRET over the key file', () => {
    const dataDir = testTempDir('console-config-');
    expect(loadConfig({ DATA_DIR: dataDir, SESSION_SECRET: HEX_KEY }).sessionKey).toEqual(Buffer.from(HEX_KEY, 'hex'));
  });

  it('refuses a DATA_DIR that cannot be written', () => {
    const file = join(testTempDir('console-config-'), 'a-file');
    writeFileSync(file, 'not a directory');
    expect(configError({ DATA_DIR: join(file, 'data') })).toMatch(/^DATA_DIR .* is not a writable directory \(ENOTDIR\)\.$/);
  });

  it('refuses a corrupted key file', () => {
    const dataDir = testTempDir('console-config-');
    writeFileSync(join(dataDir, 'session.key'), 'garbage');
    expect(configError({ DATA_DIR: dataDir })).toMatch(/session key file .* must be a 32-byte key/);
    expect(readFileSync(join(dataDir, 'session.key'), 'utf8')).toBe('garbage');
  });
});

// Each case starts a real process (tsx compiles on the way), which takes several seconds on a busy machine.
describe('server/main.ts with bad configuration', { timeout: 25_000 }, () => {
  it('prints one line on stderr and exits with 1', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, PORT: '70000' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/PORT must be a port number from 1 to 65535/)]);
  });

  it('refuses test hooks on a non-loopback HOST with one line', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, HOST: '0.0.0.0', PORT: '1', SEQERA_CONSOLE_TEST_HOOKS: '1' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'Configuration error: SEQERA_CONSOLE_TEST_HOOKS=1 is only allowed on a loopback HOST such as 127.0.0.1 (got "0.0.0.0").',
    ]);
  });
});
