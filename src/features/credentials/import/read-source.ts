import type { ParseResult } from './model';
import { MAX_INPUT_BYTES } from './parsers/guard';
import { recognise } from './parsers/recognise';
import { importStrings } from './strings';

const t = importStrings.problems;

/**
 * Reads one picked or dropped file and recognises it. The size is checked before a byte is read,
 * and bytes that are not UTF-8 text are refused as binary; nothing is kept but the result.
 */
export async function readFile(file: Blob & { name?: string }): Promise<ParseResult> {
  if (file.size > MAX_INPUT_BYTES) return { ok: false, problem: 'too-large', message: t['too-large'] };
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return { ok: false, problem: 'malformed', message: t.readFailed };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: 'binary', message: t.binary };
  }
  return recognise(text, file.name ?? '');
}
