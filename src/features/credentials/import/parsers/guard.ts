import { importStrings } from '../strings';
import type { ImportFormat, ParseResult } from '../model';

/** Files and pasted text larger than this are refused before any parsing. */
export const MAX_INPUT_BYTES = 1024 * 1024;

const t = importStrings.problems;

/** Whether text is too big: cheap on the character count first, exact on UTF-8 bytes only near the limit. */
export function isTooLarge(text: string): boolean {
  if (text.length > MAX_INPUT_BYTES) return true;
  if (text.length * 3 <= MAX_INPUT_BYTES) return false;
  return new TextEncoder().encode(text).length > MAX_INPUT_BYTES;
}

/** NUL, a replacement character from a lossy decode, or many control characters: not a text file. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000') || text.includes('\uFFFD')) return true;
  let control = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) control += 1;
  }
  return control > 0 && control * 100 > text.length;
}

/** The file-level problem of a text before it is parsed, or null when it may be parsed. */
export function textProblem(text: string): Extract<ParseResult, { ok: false }> | null {
  if (isTooLarge(text)) return { ok: false, problem: 'too-large', message: t['too-large'] };
  if (looksBinary(text)) return { ok: false, problem: 'binary', message: t.binary };
  if (text.trim() === '') return { ok: false, problem: 'empty', message: t.empty };
  return null;
}

export function malformed(format: ImportFormat, detail: string): Extract<ParseResult, { ok: false }> {
  return { ok: false, problem: 'malformed', message: t.malformed(importStrings.formats[format], detail) };
}

/** Wraps a parser so that too-large, binary and empty input never reaches it. */
export function guarded(parse: (text: string, source: string) => ParseResult): (text: string, source?: string) => ParseResult {
  return (text, source = '') => textProblem(text) ?? parse(text.replace(/^\uFEFF/, ''), source);
}

/** Base64 (standard or URL-safe, padding optional) to bytes, or null. */
export function base64Bytes(value: string): Uint8Array | null {
  const compact = value.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  if (compact === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 === 1) return null;
  const padded = compact.replace(/=+$/, '').padEnd(Math.ceil(compact.replace(/=+$/, '').length / 4) * 4, '=');
  let binary: string;
  try {
    binary = atob(padded);
  } catch {
    return null;
  }
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** Base64 of UTF-8 text to that text, or null when it is not valid base64 or UTF-8. */
export function base64Text(value: string): string | null {
  const bytes = base64Bytes(value);
  if (!bytes) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * Why JSON.parse refused a text, without quoting it: engines put a piece of the input in their
 * messages, and that piece may be a secret.
 */
export function jsonProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const where = /line (\d+) column (\d+)/.exec(message) ?? null;
  if (where) return `invalid JSON at line ${where[1] ?? ''}, column ${where[2] ?? ''}`;
  const position = /position (\d+)/.exec(message);
  if (position) return `invalid JSON at character ${position[1] ?? ''}`;
  return 'invalid JSON';
}

/** Parses JSON, or returns why not (without quoting the text). */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problem: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, problem: jsonProblem(error) };
  }
}
