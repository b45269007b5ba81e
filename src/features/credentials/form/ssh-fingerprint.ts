import { opensshMagicBytes, parsePem } from './pem';

/**
 * SHA256 fingerprints as `ssh-keygen -lf` prints them, derived from the private key text
 * alone: OpenSSH keys carry the public key blob in clear (even when the private part is
 * encrypted); for unencrypted RSA PEM keys (PKCS#1 or PKCS#8) the blob is rebuilt from the
 * modulus and exponent. Other PEM keys (EC, DSA, encrypted) get no fingerprint.
 */
export async function sshFingerprint(privateKeyText: string): Promise<string | null> {
  const blob = publicKeyBlob(privateKeyText);
  if (!blob) return null;
  const digest = await crypto.subtle.digest('SHA-256', blob);
  return `SHA256:${toBase64(new Uint8Array(digest)).replace(/=+$/, '')}`;
}

function publicKeyBlob(text: string): Uint8Array<ArrayBuffer> | null {
  const block = parsePem(text);
  if (!block) return null;
  switch (block.label) {
    case 'OPENSSH PRIVATE KEY':
      return opensshPublicBlob(block.der);
    case 'RSA PRIVATE KEY':
      return rsaBlobFromPkcs1(block.der);
    case 'PRIVATE KEY':
      return rsaBlobFromPkcs8(block.der);
    default:
      return null;
  }
}

function opensshPublicBlob(bytes: Uint8Array): Uint8Array<ArrayBuffer> | null {
  const reader = new SshReader(bytes, opensshMagicBytes.length);
  // ciphername, kdfname, kdfoptions precede the key count and the first public key.
  for (let i = 0; i < 3; i += 1) if (!reader.string()) return null;
  const count = reader.uint32();
  if (count === null || count < 1) return null;
  const blob = reader.string();
  return blob ? new Uint8Array(blob) : null;
}

class SshReader {
  constructor(
    private readonly bytes: Uint8Array,
    private offset: number,
  ) {}

  uint32(): number | null {
    if (this.offset + 4 > this.bytes.length) return null;
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset + this.offset, 4);
    this.offset += 4;
    return view.getUint32(0);
  }

  string(): Uint8Array | null {
    const length = this.uint32();
    if (length === null || this.offset + length > this.bytes.length) return null;
    const value = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return value;
  }
}

interface DerNode {
  tag: number;
  content: Uint8Array;
}

function readDerChildren(bytes: Uint8Array): DerNode[] | null {
  const nodes: DerNode[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const tag = bytes[offset];
    let length = bytes[offset + 1];
    if (tag === undefined || length === undefined) return null;
    offset += 2;
    if (length & 0x80) {
      const octets = length & 0x7f;
      if (octets < 1 || octets > 4 || offset + octets > bytes.length) return null;
      length = 0;
      for (let i = 0; i < octets; i += 1) length = length * 256 + (bytes[offset + i] ?? 0);
      offset += octets;
    }
    if (offset + length > bytes.length) return null;
    nodes.push({ tag, content: bytes.subarray(offset, offset + length) });
    offset += length;
  }
  return nodes;
}

const derInteger = 0x02;
const derSequence = 0x30;
const derOctetString = 0x04;
const derOid = 0x06;
// 1.2.840.113549.1.1.1 (rsaEncryption), DER-encoded.
const rsaEncryptionOid = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];

function rsaBlobFromPkcs1(der: Uint8Array): Uint8Array<ArrayBuffer> | null {
  const outer = readDerChildren(der);
  const sequence = outer?.[0];
  if (!sequence || sequence.tag !== derSequence) return null;
  const fields = readDerChildren(sequence.content);
  const modulus = fields?.[1];
  const exponent = fields?.[2];
  if (!modulus || !exponent || modulus.tag !== derInteger || exponent.tag !== derInteger) return null;
  // DER INTEGER content is minimal two's complement, which is exactly SSH's mpint encoding.
  return sshBlob([new TextEncoder().encode('ssh-rsa'), exponent.content, modulus.content]);
}

function rsaBlobFromPkcs8(der: Uint8Array): Uint8Array<ArrayBuffer> | null {
  const outer = readDerChildren(der);
  const sequence = outer?.[0];
  if (!sequence || sequence.tag !== derSequence) return null;
  const fields = readDerChildren(sequence.content);
  const algorithm = fields?.[1];
  const privateKey = fields?.[2];
  if (!algorithm || !privateKey || algorithm.tag !== derSequence || privateKey.tag !== derOctetString) return null;
  const oid = readDerChildren(algorithm.content)?.[0];
  if (!oid || oid.tag !== derOid || !sameBytes(oid.content, rsaEncryptionOid)) return null;
  return rsaBlobFromPkcs1(privateKey.content);
}

function sameBytes(a: Uint8Array, b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function sshBlob(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const total = parts.reduce((sum, part) => sum + 4 + part.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let offset = 0;
  for (const part of parts) {
    view.setUint32(offset, part.length);
    out.set(part, offset + 4);
    offset += 4 + part.length;
  }
  return out;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
