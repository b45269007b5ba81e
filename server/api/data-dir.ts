import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { KEY_BYTES, parseEncryptionKey } from './crypto';
import { EmbeddedApiConfigError } from './errors';

export const KEY_FILE_NAME = 'credentials.key';

/**
 * Written beside the database once it holds data, whatever the key's source: with the key file it is how a
 * later start tells an emptied or deleted database from a new directory.
 */
export const DATA_MARKER_FILE_NAME = 'credentials.initialised';

const MARKER_TEXT =
  'This directory holds a credentials database. The embedded API will not start afresh here while this file exists.\n';

export const keyFilePath = (dbPath: string) => join(dirname(dbPath), KEY_FILE_NAME);
const markerPath = (dbPath: string) => join(dirname(dbPath), DATA_MARKER_FILE_NAME);

/**
 * "permission denied (EACCES)" from a Node file-system error: the system's own words and code, so an
 * operator reads what happened rather than a guess at it ("invalid key", "does not match").
 */
export function describeFsError(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
    const prefix = `${error.code}: `;
    const reason = error.message.startsWith(prefix) ? error.message.slice(prefix.length).split(',')[0] : 'error';
    return `${reason} (${error.code})`;
  }
  return error instanceof Error ? error.message : String(error);
}

const errorCode = (error: unknown) => (error instanceof Error && 'code' in error ? error.code : undefined);

/**
 * Stops a database that holds nothing from being set up afresh (new demo data, new demo tokens) in a
 * directory that held one: the key file or the marker says it did, so the database was emptied or lost.
 */
export function refuseEmptiedDatabase(dbPath: string): void {
  const evidence = [keyFilePath(dbPath), markerPath(dbPath)].filter((path) => existsSync(path));
  if (evidence.length === 0) return;
  throw new EmbeddedApiConfigError(
    `The credentials database ${dbPath} is empty, but ${evidence.join(' and ')} show${evidence.length === 1 ? 's' : ''} ` +
      `that this directory held one. Restore the database from a backup; to start afresh with demo data instead, ` +
      `remove ${evidence.join(' and ')}.`,
  );
}

/**
 * Reads the key file beside the database. Only a database that holds no data yet gets a new key file
 * (mode 0600; 'wx' so two racing processes end up with the same key); for one that holds data a missing
 * key file is an error, since a new key could not open what the old one sealed.
 */
export function loadOrCreateKeyFile(dbPath: string, databaseHoldsData: boolean): Buffer {
  const path = keyFilePath(dbPath);
  const text = readKeyFile(path);
  if (text !== undefined) return parseKeyFile(path, text);
  if (databaseHoldsData) {
    throw new EmbeddedApiConfigError(
      `The key file ${path} is missing, but the credentials database ${dbPath} holds secrets encrypted with it. ` +
        'Restore the key file from a backup, or set CREDENTIALS_ENCRYPTION_KEY to the same key.',
    );
  }
  const key = randomBytes(KEY_BYTES);
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return parseKeyFile(path, readKeyFile(path) ?? '');
    throw new EmbeddedApiConfigError(`Cannot create the key file ${path}: ${describeFsError(error)}.`);
  }
  try {
    writeSync(fd, `${key.toString('hex')}\n`);
  } finally {
    closeSync(fd);
  }
  return key;
}

/** The key file's text, or undefined when there is none; any other failure is reported with its code. */
function readKeyFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw new EmbeddedApiConfigError(`Cannot read the key file ${path}: ${describeFsError(error)}.`);
  }
}

function parseKeyFile(path: string, text: string): Buffer {
  try {
    return parseEncryptionKey(text);
  } catch {
    throw new EmbeddedApiConfigError(`The key file ${path} does not hold a valid 32-byte key.`);
  }
}

/** Leaves the marker once the database holds data (also for directories set up before the marker existed). */
export function markDataDir(dbPath: string): void {
  const path = markerPath(dbPath);
  try {
    const fd = openSync(path, 'wx', 0o600);
    try {
      writeSync(fd, MARKER_TEXT);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return;
    throw new EmbeddedApiConfigError(`Cannot create ${path}: ${describeFsError(error)}.`);
  }
}
