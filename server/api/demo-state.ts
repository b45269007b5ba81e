import { newAccessToken, sha256Hex, type SecretBox } from './crypto';
import { TABLES_CHILD_FIRST, type Db } from './db';
import { EmbeddedApiConfigError } from './errors';
import { DEMO_OWNER_ID, DEMO_VIEWER_ID, seedDemo, type DemoTokens } from './seed';
import type { Store } from './store';

const KEY_CHECK = 'key-check';
const KEY_CHECK_PLAINTEXT = 'seqera-embedded-api';
const DEMO_TOKENS = 'demo-tokens';

/**
 * Whether the database was set up before: the key-check value is written on the first start (and any
 * database with users predates it). Only a database that was not gets demo data.
 */
export function databaseHoldsData(db: Db): boolean {
  return (
    db.prepare<[string]>('SELECT 1 FROM meta WHERE key = ?').get(KEY_CHECK) !== undefined ||
    db.prepare('SELECT 1 FROM users LIMIT 1').get() !== undefined
  );
}

/**
 * The demo tokens must survive restarts yet the users table keeps only their hashes, so the tokens are also
 * kept sealed with the encryption key in `meta`. A key-check value detects a database opened with another key.
 */
export function checkEncryptionKey(store: Store, box: SecretBox) {
  const row = store.db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?').get(KEY_CHECK);
  if (row === undefined) {
    setMeta(store, KEY_CHECK, box.seal(KEY_CHECK_PLAINTEXT, KEY_CHECK));
    return;
  }
  try {
    box.open(row.value, KEY_CHECK);
  } catch {
    throw new EmbeddedApiConfigError('The credentials encryption key does not match the one this database was created with.');
  }
}

export interface DemoOptions {
  seed: boolean;
  ownerToken?: string;
  viewerToken?: string;
}

/** Sets up a database that holds no data yet, in one transaction: the key check, then demo data unless `seed` is false. */
export function initialiseDatabase(store: Store, box: SecretBox, options: DemoOptions): DemoTokens {
  const tokens = { owner: options.ownerToken ?? newAccessToken(), viewer: options.viewerToken ?? newAccessToken() };
  store.db.transaction(() => {
    setMeta(store, KEY_CHECK, box.seal(KEY_CHECK_PLAINTEXT, KEY_CHECK));
    if (!options.seed) return;
    seedDemo(store, tokens);
    setMeta(store, DEMO_TOKENS, box.seal(JSON.stringify(tokens), DEMO_TOKENS));
  })();
  return tokens;
}

/** For a database set up before: checks the key, then keeps the persisted demo tokens unless others are given. */
export function reopenDatabase(store: Store, box: SecretBox, options: DemoOptions): DemoTokens {
  checkEncryptionKey(store, box);
  const stored = store.db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?').get(DEMO_TOKENS);
  const persisted = stored === undefined ? undefined : (JSON.parse(box.open(stored.value, DEMO_TOKENS)) as DemoTokens);
  const tokens = {
    owner: options.ownerToken ?? persisted?.owner ?? newAccessToken(),
    viewer: options.viewerToken ?? persisted?.viewer ?? newAccessToken(),
  };
  applyDemoTokens(store, box, tokens);
  return tokens;
}

/** Wipes every table and seeds again, keeping the demo tokens (used by the test-only reset). */
export function resetDemo(store: Store, box: SecretBox, tokens: DemoTokens) {
  store.db.transaction(() => {
    for (const table of TABLES_CHILD_FIRST) store.db.prepare(`DELETE FROM ${table}`).run();
    setMeta(store, KEY_CHECK, box.seal(KEY_CHECK_PLAINTEXT, KEY_CHECK));
    seedDemo(store, tokens);
    setMeta(store, DEMO_TOKENS, box.seal(JSON.stringify(tokens), DEMO_TOKENS));
  })();
}

function applyDemoTokens(store: Store, box: SecretBox, tokens: DemoTokens) {
  const update = store.db.prepare<[string, number]>('UPDATE users SET token_hash = ? WHERE id = ?');
  store.db.transaction(() => {
    update.run(sha256Hex(tokens.owner), DEMO_OWNER_ID);
    update.run(sha256Hex(tokens.viewer), DEMO_VIEWER_ID);
    setMeta(store, DEMO_TOKENS, box.seal(JSON.stringify(tokens), DEMO_TOKENS));
  })();
}

function setMeta(store: Store, key: string, value: string) {
  store.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}
