import { describe, expect, it } from 'vitest';
import { keyFixtures } from './key-fixtures';
import { sshFingerprint } from './ssh-fingerprint';

describe('sshFingerprint', () => {
  it('matches ssh-keygen for an OpenSSH key', async () => {
    await expect(sshFingerprint(keyFixtures.opensshEd25519)).resolves.toBe(keyFixtures.opensshEd25519Fingerprint);
  });

  it.each([
    ['PKCS#1', keyFixtures.rsaPkcs1],
    ['PKCS#8', keyFixtures.rsaPkcs8],
  ])('matches ssh-keygen for an RSA key in %s PEM', async (_form, key) => {
    await expect(sshFingerprint(key)).resolves.toBe(keyFixtures.rsaFingerprint);
  });

  it('gives no fingerprint where the public key cannot be derived or the text is no key', async () => {
    await expect(sshFingerprint(keyFixtures.ecPkcs8)).resolves.toBeNull();
    await expect(sshFingerprint('not a key')).resolves.toBeNull();
    await expect(sshFingerprint(keyFixtures.opensshEd25519.slice(0, 100))).resolves.toBeNull();
  });
});
