import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { accountRoutes } from './account-routes';
import { credentialsRoutes } from './credentials-routes';
import { SecretBox, parseEncryptionKey } from './crypto';
import { loadOrCreateKeyFile, markDataDir, refuseEmptiedDatabase } from './data-dir';
import { MEMORY_DB, databaseHoldsData, openDatabase, type Db } from './db';
import { initialiseDatabase, reopenDatabase } from './demo-state';
import { EmbeddedApiConfigError, HttpError } from './errors';
import { bearerAuth, errorBody, limitBody, type ApiEnv } from './http';
import { Runtime } from './runtime';
import { Store } from './store';
import { testRoutes } from './test-routes';
import { usageRoutes } from './usage-routes';

export { EmbeddedApiConfigError } from './errors';

export interface EmbeddedApiOptions {
  /** Path of the SQLite file, or ':memory:' for tests. Parent directory is created if missing. */
  dbPath: string;
  /** 32-byte AES-256-GCM key for secrets at rest, as 64 hex chars or base64. When absent and dbPath is a file,
   *  a key file `credentials.key` is generated beside a new database with mode 0600 and reused on later starts
   *  (missing or unreadable beside a database that holds data: EmbeddedApiConfigError, never a new key).
   *  When absent and dbPath is ':memory:', a random key is used. A malformed key throws EmbeddedApiConfigError.
   *  An empty database in a directory that held one (its key file or `credentials.initialised` remains) is
   *  refused with EmbeddedApiConfigError rather than set up afresh. */
  encryptionKey?: string;
  /** Fixed access tokens for the demo users (for scripts and tests); otherwise random tokens are generated on first seed and persisted. */
  demoOwnerToken?: string;
  demoViewerToken?: string;
  /** IAM role ARN that Seqera assumes from, named in the AWS trust policy snippet. */
  platformRoleArn?: string;
  /** Enables the test-only routes under /__test. Never on by default. */
  testHooks?: boolean;
  /** Seed demo data into a new database (default true). */
  seed?: boolean;
  /** The clock for every timestamp written (created, updated, validated, demo dates); tests pass one they move. */
  now?: () => Date;
}

export interface EmbeddedApi {
  /** Fetch-style handler answering Seqera's paths at the ROOT: /credentials, /user-info, /user/{userId}/workspaces, ... */
  fetch(request: Request): Promise<Response>;
  /** The demo users' access tokens (as seeded or as given). */
  demoTokens: { owner: string; viewer: string };
  close(): void;
}

/** A placeholder in the shape of a Seqera Cloud platform role; set platformRoleArn for a real installation. */
export const DEFAULT_PLATFORM_ROLE_ARN = 'arn:aws:iam::161471496260:role/SeqeraPlatformCloudAccess';

/** What tests need beyond the public interface: the store (raw rows, decrypted secrets). */
export interface EmbeddedInternals {
  api: EmbeddedApi;
  store: Store;
  runtime: Runtime;
}

export function createEmbeddedApi(options: EmbeddedApiOptions): EmbeddedApi {
  return buildEmbeddedApi(options).api;
}

export function buildEmbeddedApi(options: EmbeddedApiOptions): EmbeddedInternals {
  const inMemory = options.dbPath === MEMORY_DB;
  // Checked before the database is opened, so a bad setting fails without touching the data directory.
  const givenKey = options.encryptionKey === undefined ? undefined : parseEncryptionKey(options.encryptionKey);
  const db = open(options.dbPath);
  const runtime = new Runtime(options.now);
  let store: Store;
  let box: SecretBox;
  let tokens;
  try {
    const holdsData = databaseHoldsData(db);
    if (!holdsData && !inMemory) refuseEmptiedDatabase(options.dbPath);
    const key = givenKey ?? (inMemory ? randomBytes(32) : loadOrCreateKeyFile(options.dbPath, holdsData));
    box = new SecretBox(key);
    store = new Store(db, box);
    const demo = { seed: options.seed ?? true, ownerToken: options.demoOwnerToken, viewerToken: options.demoViewerToken };
    tokens = holdsData ? reopenDatabase(store, box, demo) : initialiseDatabase(store, box, demo, runtime.now);
    store.sealPlaintextPairingKeys();
    if (!inMemory) markDataDir(options.dbPath);
  } catch (error) {
    db.close();
    throw error;
  }
  const app = new Hono<ApiEnv>();

  app.onError((error, c) => {
    if (error instanceof HttpError) return c.json(errorBody(error.message), error.status as ContentfulStatusCode);
    // Only the error's class: messages from crypto or SQLite are not shown to callers and may not be safe to log.
    console.error(`embedded API: unexpected ${error.name} on ${c.req.method} ${c.req.path}`);
    return c.json(errorBody('Internal server error'), 500);
  });
  app.notFound((c) => c.json(errorBody('Not found'), 404));

  app.use('*', limitBody);
  if (options.testHooks === true) app.route('/__test', testRoutes({ store, box, runtime, tokens }));
  app.use('*', async (c, next) => {
    const status = runtime.takeFailure(c.req.method, c.req.path, c.req.query('workspaceId'));
    if (status !== undefined) return c.json(errorBody(`Injected failure (status ${status})`), status as ContentfulStatusCode);
    await next();
  });
  app.use('*', bearerAuth(store));
  app.route('/', credentialsRoutes({ store, runtime, platformRoleArn: options.platformRoleArn ?? DEFAULT_PLATFORM_ROLE_ARN }));
  app.route('/', accountRoutes(store));
  app.route('/', usageRoutes(store));

  let closed = false;
  const api: EmbeddedApi = {
    fetch: async (request) => app.fetch(request),
    demoTokens: tokens,
    close: () => {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
  return { api, store, runtime };
}

function open(dbPath: string): Db {
  try {
    return openDatabase(dbPath);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new EmbeddedApiConfigError(`Cannot open the credentials database at ${dbPath}: ${reason}`);
  }
}
