import { describe, expect, it } from 'vitest';
import { keyFixtures } from '../../form/key-fixtures';
import { isSshPrivateKey } from '../../form/pem';
import { isEncryptedKey, parseSshKey } from './ssh-key';
import { binaryText, hugeOf, samples } from './test-inputs';

const ok = (text: string, source = 'id_ed25519') => {
  const result = parseSshKey(text, source);
  if (!result.ok) throw new Error(`expected a parse, got ${result.message}`);
  return result;
};

describe('parseSshKey', () => {
  it('reads an OpenSSH key, named after its file', () => {
    const result = ok(samples.sshKey);
    expect(result.found).toHaveLength(1);
    expect(result.found[0]).toMatchObject({ nameHint: 'id_ed25519', needsPassphrase: false });
    const key = result.found[0]?.target.kind === 'form' ? String(result.found[0].target.keys.privateKey) : '';
    expect(isSshPrivateKey(key)).toBe(true);
  });

  it('asks for the passphrase of an encrypted OpenSSH key, and of encrypted PEM keys', () => {
    expect(ok(samples.encryptedSshKey).found[0]?.needsPassphrase).toBe(true);
    expect(isEncryptedKey(keyFixtures.rsaPkcs1)).toBe(false);
    expect(isEncryptedKey('-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nAAAA\n-----END RSA PRIVATE KEY-----\n')).toBe(true);
  });

  it('reads PEM keys with CRLF line ends, and each of several keys in one text', () => {
    const crlf = keyFixtures.rsaPkcs1.replace(/\n/g, '\r\n');
    const result = ok(`${crlf}\r\n${keyFixtures.ecPkcs8}`, 'keys.pem');
    expect(result.found.map((f) => f.nameHint)).toEqual(['keys-1', 'keys-2']);
    const first = result.found[0]?.target.kind === 'form' ? String(result.found[0].target.keys.privateKey) : '';
    expect(first).not.toContain('\r');
    expect(isSshPrivateKey(first)).toBe(true);
  });

  it('refuses a public key, a damaged block, empty, huge and binary input', () => {
    expect(parseSshKey('ssh-ed25519 AAAAC3Nza me@host')).toMatchObject({ ok: false, problem: 'malformed', message: expect.stringMatching(/public key/) as string });
    expect(parseSshKey('-----BEGIN OPENSSH PRIVATE KEY-----\n%%%\n-----END OPENSSH PRIVATE KEY-----\n')).toMatchObject({ ok: false, problem: 'malformed' });
    expect(parseSshKey('')).toMatchObject({ ok: false, problem: 'empty' });
    expect(parseSshKey(hugeOf('-----BEGIN OPENSSH PRIVATE KEY-----\n', 'AAAA\n', '-----END OPENSSH PRIVATE KEY-----\n'))).toMatchObject({ ok: false, problem: 'too-large' });
    expect(parseSshKey(binaryText)).toMatchObject({ ok: false, problem: 'binary' });
  });
});
