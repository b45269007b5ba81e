import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DATA_MARKER_FILE_NAME, KEY_FILE_NAME, describeFsError } from './data-dir';
import { EmbeddedApiConfigError, createEmbeddedApi } from './embedded';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) {
    chmodAll(dir);
    rmSync(dir, { recursive: true, force: true });
  }
});
const chmodAll = (dir: string) => {
  for (const name of readdirSync(dir)) chmodSync(join(dir, name), 0o700);
};

/** A DATA_DIR that held a seeded database and was then closed, as after a normal stop. */
function usedDataDir(options: { encryptionKey?: string } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'embedded-data-'));
  dirs.push(dir);
  const dbPath = join(dir, 'credentials.db');
  createEmbeddedApi({ dbPath, ...options }).close();
  return { dir, dbPath, keyPath: join(dir, KEY_FILE_NAME), markerPath: join(dir, DATA_MARKER_FILE_NAME) };
}

const userCount = (dbPath: string) => {
  const db = new Database(dbPath, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

/** The one-line error createEmbeddedApi throws, or a failure when it starts. */
function startError(dbPath: string, options: { encryptionKey?: string } = {}): string {
  try {
    createEmbeddedApi({ dbPath, ...options }).close();
  } catch (error) {
    expect(error).toBeInstanceOf(EmbeddedApiConfigError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('the embedded API started');
}

const runningAsRoot = process.getuid?.() === 0;

describe('a DATA_DIR that already held data', () => {
  it('starts again as it is, and marks the directory as holding data', () => {
    const { dbPath, markerPath } = usedDataDir();
    expect(existsSync(markerPath)).toBe(true);
    const again = createEmbeddedApi({ dbPath });
    again.close();
    expect(userCount(dbPath)).toBe(2);
  });

  it('refuses an emptied database next to its key file instead of seeding new demo data and tokens', () => {
    const { dbPath, keyPath } = usedDataDir();
    writeFileSync(dbPath, '');
    const message = startError(dbPath);
    expect(message).toContain(`The credentials database ${dbPath} is empty`);
    expect(message).toContain(keyPath);
    expect(message).toMatch(/restore .* from a backup/i);
    expect(userCount(dbPath)).toBe(0);
  });

  it('refuses a deleted database next to its key file', () => {
    const { dbPath } = usedDataDir();
    rmSync(dbPath);
    expect(startError(dbPath)).toContain('is empty');
  });

  it('refuses an emptied database when the key comes from the environment (the marker file says the directory held data)', () => {
    const encryptionKey = 'ab'.repeat(32);
    const { dbPath, keyPath, markerPath } = usedDataDir({ encryptionKey });
    expect(existsSync(keyPath)).toBe(false);
    writeFileSync(dbPath, '');
    const message = startError(dbPath, { encryptionKey });
    expect(message).toContain(markerPath);
  });

  it('says the key file is missing, and creates no new one, when the database holds encrypted data', () => {
    const { dbPath, keyPath } = usedDataDir();
    rmSync(keyPath);
    const message = startError(dbPath);
    expect(message).toContain(`The key file ${keyPath} is missing`);
    expect(message).not.toMatch(/does not match/);
    expect(existsSync(keyPath)).toBe(false);
  });

  it('reports a key file that cannot be read with its error code, not as an invalid key', () => {
    const { dbPath, keyPath } = usedDataDir();
    // A directory in the key file's place fails to read for every user, root included.
    rmSync(keyPath);
    mkdirSync(keyPath);
    const message = startError(dbPath);
    expect(message).toBe(`Cannot read the key file ${keyPath}: illegal operation on a directory (EISDIR).`);
  });

  it.skipIf(runningAsRoot)('reports an unreadable key file as permission denied (EACCES)', () => {
    const { dbPath, keyPath } = usedDataDir();
    chmodSync(keyPath, 0o000);
    expect(startError(dbPath)).toBe(`Cannot read the key file ${keyPath}: permission denied (EACCES).`);
    expect(statSync(keyPath).mode & 0o777).toBe(0);
  });

  it('still starts a fresh directory, and one whose only leftover is an empty database file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'embedded-data-'));
    dirs.push(dir);
    const dbPath = join(dir, 'credentials.db');
    writeFileSync(dbPath, '');
    createEmbeddedApi({ dbPath }).close();
    expect(userCount(dbPath)).toBe(2);
  });
});

describe('describeFsError', () => {
  it('gives the system’s reason and code of a file-system error (the form Node throws for EACCES)', () => {
    const denied = Object.assign(new Error("EACCES: permission denied, open '/data/credentials.key'"), { code: 'EACCES', errno: -13, syscall: 'open' });
    expect(describeFsError(denied)).toBe('permission denied (EACCES)');
    expect(describeFsError(Object.assign(new Error('odd'), { code: 'EIO' }))).toBe('error (EIO)');
  });
});
