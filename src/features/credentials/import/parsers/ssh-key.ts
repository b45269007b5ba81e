import { opensshMagicBytes, parsePem } from '../../form/pem';
import { importStrings } from '../strings';
import type { Found, ParseResult } from '../model';
import { guarded, malformed } from './guard';

const blockPattern = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;
const privateKeyLabels = new Set(['OPENSSH PRIVATE KEY', 'PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY', 'DSA PRIVATE KEY', 'ENCRYPTED PRIVATE KEY']);

/** Whether a text holds a PEM or OpenSSH private key block. */
export function looksLikeSshKey(text: string): boolean {
  return /-----BEGIN (OPENSSH |RSA |EC |DSA |ENCRYPTED )?PRIVATE KEY-----/.test(text);
}

/** The cipher an `openssh-key-v1` body names: "none" for a key without passphrase. */
function opensshCipher(der: Uint8Array): string | null {
  const offset = opensshMagicBytes.length;
  if (der.length < offset + 4) return null;
  const length = new DataView(der.buffer, der.byteOffset + offset, 4).getUint32(0);
  if (der.length < offset + 4 + length) return null;
  return String.fromCharCode(...der.subarray(offset + 4, offset + 4 + length));
}

/** Whether the key needs a passphrase: OpenSSH with a cipher, PKCS#8 encrypted, or legacy PEM with Proc-Type. */
export function isEncryptedKey(text: string): boolean {
  const block = parsePem(text);
  if (!block) return false;
  if (block.label === 'ENCRYPTED PRIVATE KEY') return true;
  if (block.label === 'OPENSSH PRIVATE KEY') return (opensshCipher(block.der) ?? 'none') !== 'none';
  return /Proc-Type:\s*4,ENCRYPTED/.test(text);
}

const baseName = (source: string) => source.replace(/^.*[\\/]/, '').replace(/\.(pem|key)$/i, '');

/**
 * SSH private keys, OpenSSH or PEM, one candidate per key block (CRLF line ends become LF).
 * Encrypted keys are found too; the review asks for their passphrase. The fingerprint is added later.
 */
export const parseSshKey = guarded((text, source) => {
  const normalised = text.replace(/\r\n?/g, '\n');
  const blocks = [...normalised.matchAll(blockPattern)].filter((match) => privateKeyLabels.has(match[1] ?? ''));
  if (blocks.length === 0) {
    return malformed('ssh', /^(ssh-|ecdsa-)/.test(normalised.trim()) ? 'a public key, not a private key' : 'no private key block');
  }
  const found: Found[] = [];
  for (const [index, match] of blocks.entries()) {
    const privateKey = `${match[0]}\n`;
    if (!parsePem(privateKey)) return malformed('ssh', 'the key block is damaged (its base64 body does not decode)');
    const name = baseName(source) || 'ssh-key';
    const suffix = blocks.length > 1 ? `-${String(index + 1)}` : '';
    found.push({
      label: importStrings.labels.sshKey(source || name),
      nameHint: `${name}${suffix}`,
      detail: '',
      needsPassphrase: isEncryptedKey(privateKey),
      target: { kind: 'form', provider: 'ssh', keys: { privateKey, passphrase: '' } },
    });
  }
  return { ok: true, format: 'ssh', found, skipped: [] } satisfies ParseResult;
});
