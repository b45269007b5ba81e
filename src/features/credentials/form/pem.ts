/**
 * Shape checks for pasted or uploaded key material. They decode the base64 body and look at
 * the first bytes, which catches truncated pastes and wrong files without a crypto library.
 */

export interface PemBlock {
  label: string;
  der: Uint8Array;
}

const blockPattern = /^-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)\r?\n-----END \1-----\s*$/;

export function decodeBase64(text: string): Uint8Array | null {
  const compact = text.replace(/\s+/g, '');
  if (compact === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 !== 0) return null;
  const binary = atob(compact);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Parses a single PEM block; RFC 1421 header lines (Proc-Type, DEK-Info) are skipped. */
export function parsePem(text: string): PemBlock | null {
  const match = blockPattern.exec(text.trim());
  if (!match) return null;
  const [, label = '', body = ''] = match;
  const lines = body.split(/\r?\n/).filter((line) => !line.includes(':'));
  const der = decodeBase64(lines.join(''));
  return der ? { label, der } : null;
}

const derSequenceTag = 0x30;
const pemPrivateKeyLabels = new Set([
  'PRIVATE KEY',
  'RSA PRIVATE KEY',
  'EC PRIVATE KEY',
  'DSA PRIVATE KEY',
  'ENCRYPTED PRIVATE KEY',
]);
const opensshMagic = 'openssh-key-v1\0';

export function isPemPrivateKey(text: string): boolean {
  const block = parsePem(text);
  if (!block || !pemPrivateKeyLabels.has(block.label)) return false;
  // Legacy encrypted PEM bodies are ciphertext, so only unencrypted ones must start as DER.
  return /Proc-Type:\s*4,ENCRYPTED/.test(text) || block.der[0] === derSequenceTag;
}

export function isOpenSshPrivateKey(text: string): boolean {
  const block = parsePem(text);
  if (!block || block.label !== 'OPENSSH PRIVATE KEY') return false;
  const head = String.fromCharCode(...block.der.subarray(0, opensshMagic.length));
  return head === opensshMagic;
}

export function isSshPrivateKey(text: string): boolean {
  return isOpenSshPrivateKey(text) || isPemPrivateKey(text);
}

export function isPemCertificate(text: string): boolean {
  const block = parsePem(text);
  return block !== null && block.label === 'CERTIFICATE' && block.der[0] === derSequenceTag;
}

/** The magic prefix of an `openssh-key-v1` body, for readers that skip past it. */
export const opensshMagicBytes = opensshMagic;
