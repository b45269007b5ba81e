import { newAccessToken, sha256Hex, type SecretBox } from './crypto';
import { KEY_CHECK } from './db';
import { EmbeddedApiConfigError } from './errors';
import { DEMO_OWNER_ID, DEMO_VIEWER_ID, seedDemo, type DemoTokens } from './seed';
import type { Store } from './store';

const KEY_CHECK_PLAINTEXT = 'seqera-embedded-api';
const DEMO_TOKENS = 'demo-tokens';

/**
 * The demo tokens must survive restarts yet the users table keeps only their hashes, so the tokens are also
 * kept sealed with the encryption key in `meta`. A key-check value detects a database opened with another key.
 */
export function checkEncryptionKey(store: Store, box: SecretBox) {
  const check = store.meta(KEY_CHECK);
  if (check === undefined) {
    store.setMeta(KEY_CHECK, box.seal(KEY_CHECK_PLAINTEXT, KEY_CHECK));
    return;
  }
  try {
    box.open(check, KEY_CHECK);
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
export function initialiseDatabase(store: Store, box: SecretBox, options: DemoOptions, now?: () => Date): DemoTokens {
  const tokens = { owner: options.ownerToken ?? newAccessToken(), viewer: options.viewerToken ?? newAccessToken() };
  store.db.transaction(() => {
    store.setMeta(KEY_CHECK, box.seal(KEY_CHECK_PLAINTEXT, KEY_CHECK));
    if (!options.seed) return;
    seedDemo(store, tokens, now);
    store.setMeta(DEMO_TOKENS, box.seal(JSON.stringify(tokens), DEMO_TOKENS));
  })();
  return tokens;
}

/** For a database set up before: checks the key, then keeps the persisted demo tokens unless others are given. */
export function reopenDatabase(store: Store, box: SecretBox, options: DemoOptions): DemoTokens {
  checkEncryptionKey(store, box);
  const stored = store.meta(DEMO_TOKENS);
  const persisted = stored === undefined ? undefined : (JSON.parse(box.open(stored, DEMO_TOKENS)) as DemoTokens);
  const tokens = {
    owner: options.ownerToken ?? persisted?.owner ?? newAccessToken(),
    viewer: options.viewerToken ?? persisted?.viewer ?? newAccessToken(),
  };
  applyDemoTokens(store, box, tokens);
  return tokens;
}

/** Wipes every table and seeds again, keeping the demo tokens (used by the test-only reset). */
export function resetDemo(store: Store, box: SecretBox, tokens: DemoTokens, now?: () => Date) {
  store.db.transaction(() => {
    store.deleteAll();
    store.setMeta(KEY_CHECK, box.seal(KEY_CHECK_PLAINTEXT, KEY_CHECK));
    seedDemo(store, tokens, now);
    store.setMeta(DEMO_TOKENS, box.seal(JSON.stringify(tokens), DEMO_TOKENS));
  })();
}

function applyDemoTokens(store: Store, box: SecretBox, tokens: DemoTokens) {
  store.db.transaction(() => {
    store.setTokenHash(DEMO_OWNER_ID, sha256Hex(tokens.owner));
    store.setTokenHash(DEMO_VIEWER_ID, sha256Hex(tokens.viewer));
    store.setMeta(DEMO_TOKENS, box.seal(JSON.stringify(tokens), DEMO_TOKENS));
  })();
}
