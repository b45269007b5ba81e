import { describe, expect, it } from 'vitest';
import { parseDockerConfig, registryHost } from './docker-config';
import { b64, binaryText, hugeOf, samples } from './test-inputs';

const ok = (text: string) => {
  const result = parseDockerConfig(text);
  if (!result.ok) throw new Error(`expected a parse, got ${result.message}`);
  return result;
};

describe('parseDockerConfig', () => {
  it('reads auth and username/password entries, and lists the credsStore one as skipped', () => {
    const result = ok(samples.dockerConfig);
    expect(result.found.map((f) => f.target)).toEqual([
      { kind: 'form', provider: 'container-reg', keys: { registry: 'docker.io', userName: 'import-bot', password: 'dckr_pat_fixture:with:colons' } },
      { kind: 'form', provider: 'container-reg', keys: { registry: 'ghcr.io', userName: 'octo-import', password: 'ghp_fixtureNotARealToken000000000000000' } },
    ]);
    expect(result.skipped).toEqual([{ label: 'Registry quay.io', reason: expect.stringContaining('"desktop"') as string }]);
  });

  it('splits base64 auth at the first colon only', () => {
    const result = ok(JSON.stringify({ auths: { 'r.example.com': { auth: b64('me:pa:ss:wörd') } } }));
    expect(result.found[0]?.target).toMatchObject({ keys: { userName: 'me', password: 'pa:ss:wörd' } });
  });

  it('skips identity tokens, credential helpers and undecodable auth, with reasons', () => {
    const result = ok(
      JSON.stringify({
        auths: { 'a.example.com': { identitytoken: 'x' }, 'b.example.com': { auth: '!!!' }, 'c.example.com': { auth: b64('nocolon') } },
        credHelpers: { '123456789012.dkr.ecr.eu-west-1.amazonaws.com': 'ecr-login' },
      }),
    );
    expect(result.found).toEqual([]);
    expect(result.skipped.map((s) => s.label)).toEqual([
      'Registry a.example.com',
      'Registry b.example.com',
      'Registry c.example.com',
      'Registry 123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    ]);
    expect(result.skipped[0]?.reason).toMatch(/identity token/);
    expect(result.skipped[3]?.reason).toMatch(/ecr-login/);
  });

  it('turns registry URLs into hosts', () => {
    expect(registryHost('https://index.docker.io/v1/')).toBe('docker.io');
    expect(registryHost('https://Registry.Example.com:5000/v2/')).toBe('registry.example.com:5000');
    expect(registryHost('quay.io')).toBe('quay.io');
  });

  it('refuses malformed, empty, huge and binary input with a problem instead of throwing', () => {
    expect(parseDockerConfig('{"auths": {')).toMatchObject({ ok: false, problem: 'malformed' });
    expect(parseDockerConfig('{"other": 1}')).toMatchObject({ ok: false, problem: 'malformed' });
    expect(parseDockerConfig('  \n')).toMatchObject({ ok: false, problem: 'empty' });
    expect(parseDockerConfig(hugeOf('{"auths":{"a":{"auth":"', 'QUFB', '"}}}'))).toMatchObject({ ok: false, problem: 'too-large' });
    expect(parseDockerConfig(binaryText)).toMatchObject({ ok: false, problem: 'binary' });
  });

  it('never quotes the text in a JSON error (it may hold a password)', () => {
    const result = parseDockerConfig('{"auths": {"x": {"password": "hunter2-secret" oops}}}');
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('hunter2');
  });

  it('reads CRLF files and a byte-order mark', () => {
    const text = `\uFEFF${JSON.stringify({ auths: { 'q.example.com': { username: 'u', password: 'p' } } }, null, 2).replace(/\n/g, '\r\n')}`;
    expect(ok(text).found).toHaveLength(1);
  });
});
