import {
  constants,
  createCipheriv,
  createDecipheriv,
  createHash,
  createPrivateKey,
  createPublicKey,
  privateDecrypt,
  publicEncrypt,
  randomBytes,
} from 'node:crypto';
import { EmbeddedApiConfigError } from './errors';

export const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Every value SecretBox seals starts with this; a plain PEM never does. */
export const SEALED_PREFIX = 'v1.';

/** Accepts 64 hex characters or base64/base64url of exactly 32 bytes. */
export function parseEncryptionKey(text: string): Buffer {
  const trimmed = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return Buffer.from(trimmed, 'hex');
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) {
    const decoded = Buffer.from(trimmed, trimmed.includes('-') || trimmed.includes('_') ? 'base64url' : 'base64');
    if (decoded.length === KEY_BYTES) return decoded;
  }
  throw new EmbeddedApiConfigError(
    'The credentials encryption key must be 32 bytes written as 64 hex characters or base64.',
  );
}

/** AES-256-GCM with a fresh IV per value; `aad` binds a ciphertext to its row so rows cannot be swapped. */
export class SecretBox {
  readonly #key: Buffer;

  constructor(key: Buffer) {
    if (key.length !== KEY_BYTES) throw new EmbeddedApiConfigError('The encryption key must be 32 bytes.');
    this.#key = key;
  }

  seal(plaintext: string, aad: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv);
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return SEALED_PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  }

  /** Throws when the value was sealed with another key or for another row. */
  open(sealed: string, aad: string): string {
    if (!sealed.startsWith(SEALED_PREFIX)) throw new Error('Unknown sealed value format');
    const raw = Buffer.from(sealed.slice(SEALED_PREFIX.length), 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.#key, raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }
}

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export const newCredentialsId = () => randomBytes(16).toString('base64url');
export const newAccessToken = () => randomBytes(32).toString('base64url');

/** The envelope answered by GET /credentials/{id}/keys, base64url-encoded JSON. */
export interface PairingEnvelope {
  v: 1;
  alg: 'RSA-OAEP-256+A256GCM';
  pairingId: string;
  key: string;
  iv: string;
  tag: string;
  data: string;
}

/** Hybrid encryption for a pairing's RSA public key: a one-off AES-256-GCM key wrapped with RSA-OAEP-SHA256. */
export function encryptForPairing(pairingId: string, publicKeyPem: string, plaintext: string): string {
  const contentKey = randomBytes(KEY_BYTES);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', contentKey, iv);
  cipher.setAAD(Buffer.from(pairingId, 'utf8'));
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const wrapped = publicEncrypt(
    { key: createPublicKey(publicKeyPem), padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
    contentKey,
  );
  const envelope: PairingEnvelope = {
    v: 1,
    alg: 'RSA-OAEP-256+A256GCM',
    pairingId,
    key: wrapped.toString('base64url'),
    iv: iv.toString('base64url'),
    tag: cipher.getAuthTag().toString('base64url'),
    data: data.toString('base64url'),
  };
  return Buffer.from(JSON.stringify(envelope), 'utf8').toString('base64url');
}

/** The receiving side of encryptForPairing (used by tests and by any service holding the pairing's private key). */
export function decryptFromPairing(privateKeyPem: string, encoded: string): string {
  const envelope = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as PairingEnvelope;
  const contentKey = privateDecrypt(
    { key: createPrivateKey(privateKeyPem), padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
    Buffer.from(envelope.key, 'base64url'),
  );
  const decipher = createDecipheriv('aes-256-gcm', contentKey, Buffer.from(envelope.iv, 'base64url'));
  decipher.setAAD(Buffer.from(envelope.pairingId, 'utf8'));
  decipher.setAuthTag(Buffer.from(envelope.tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(envelope.data, 'base64url')), decipher.final()]).toString('utf8');
}
