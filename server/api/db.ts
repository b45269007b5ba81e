import Database from 'better-sqlite3';
import { chmodSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { EmbeddedApiConfigError } from './errors';

export type Db = Database.Database;

export const MEMORY_DB = ':memory:';

/**
 * Version 1: the schema as first released. `IF NOT EXISTS` because databases written before migrations existed
 * hold these tables at user_version 0; step 1 adopts them as they are.
 * `context` is 'w:<workspaceId>' or 'u:<userId>' (personal): one column makes per-context uniqueness a plain
 * partial unique index, and listing a context a single index range scan.
 */
const SCHEMA_V1 = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS users (
  id INTEGER PRIMARY KEY,
  user_name TEXT NOT NULL UNIQUE,
  email TEXT NOT NULL,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  organization TEXT,
  token_hash TEXT NOT NULL UNIQUE,
  date_created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS orgs (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  full_name TEXT NOT NULL,
  org_type TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS org_members (
  org_id INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('owner', 'member', 'collaborator')),
  PRIMARY KEY (org_id, user_id)
);
CREATE TABLE IF NOT EXISTS workspaces (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  full_name TEXT NOT NULL,
  visibility TEXT NOT NULL,
  UNIQUE (org_id, name)
);
CREATE TABLE IF NOT EXISTS workspace_members (
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'maintain', 'launch', 'connect', 'view')),
  PRIMARY KEY (workspace_id, user_id)
);
CREATE TABLE IF NOT EXISTS credentials (
  id TEXT PRIMARY KEY,
  context TEXT NOT NULL,
  workspace_id INTEGER REFERENCES workspaces(id) ON DELETE CASCADE,
  user_id INTEGER REFERENCES users(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  provider TEXT NOT NULL,
  description TEXT,
  base_url TEXT,
  category TEXT,
  public_keys TEXT NOT NULL,
  secret_keys TEXT,
  status TEXT NOT NULL CHECK (status IN ('AVAILABLE', 'INVALID')),
  message TEXT,
  last_used TEXT,
  last_validated TEXT,
  date_created TEXT NOT NULL,
  last_updated TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX IF NOT EXISTS credentials_context_deleted_name ON credentials (context, deleted, name);
CREATE UNIQUE INDEX IF NOT EXISTS credentials_live_name ON credentials (context, name) WHERE deleted = 0;
CREATE TABLE IF NOT EXISTS workflows (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('running', 'stopped')),
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  url TEXT
);
CREATE TABLE IF NOT EXISTS workflow_credentials (
  workflow_id TEXT NOT NULL REFERENCES workflows(id) ON DELETE CASCADE,
  credentials_id TEXT NOT NULL REFERENCES credentials(id) ON DELETE CASCADE,
  PRIMARY KEY (workflow_id, credentials_id)
);
CREATE INDEX IF NOT EXISTS workflow_credentials_by_credentials ON workflow_credentials (credentials_id);
CREATE TABLE IF NOT EXISTS pairings (
  id TEXT PRIMARY KEY,
  public_key TEXT NOT NULL,
  private_key TEXT NOT NULL
);
`;

/**
 * Version 2: what uses credentials (issue 12). Compute environments carry one `credentials_id`; data links list
 * their credentials; pipelines name a repository (Git credentials are matched to it by base URL, nothing stored)
 * and optionally a compute environment. Nothing here is secret. `config` holds the platform-specific part of a
 * compute environment's `ComputeConfig` (JSON, without workDir), `context` works as on credentials.
 */
const SCHEMA_V2 = `
CREATE TABLE compute_envs (
  id TEXT PRIMARY KEY,
  context TEXT NOT NULL,
  workspace_id INTEGER REFERENCES workspaces(id) ON DELETE CASCADE,
  user_id INTEGER REFERENCES users(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  description TEXT,
  platform TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('CREATING', 'AVAILABLE', 'DISABLED', 'DELETING', 'ERRORED', 'INVALID', 'DELETED')),
  message TEXT,
  credentials_id TEXT REFERENCES credentials(id) ON DELETE CASCADE,
  region TEXT,
  work_dir TEXT NOT NULL,
  config TEXT NOT NULL DEFAULT '{}',
  is_primary INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
  last_used TEXT,
  date_created TEXT NOT NULL,
  last_updated TEXT NOT NULL
);
CREATE INDEX compute_envs_context_name ON compute_envs (context, name);
CREATE INDEX compute_envs_by_credentials ON compute_envs (credentials_id);
CREATE TABLE data_links (
  id TEXT PRIMARY KEY,
  context TEXT NOT NULL,
  workspace_id INTEGER REFERENCES workspaces(id) ON DELETE CASCADE,
  user_id INTEGER REFERENCES users(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  description TEXT,
  provider TEXT NOT NULL,
  resource_ref TEXT NOT NULL,
  region TEXT,
  public_accessible INTEGER NOT NULL DEFAULT 0 CHECK (public_accessible IN (0, 1)),
  status TEXT NOT NULL DEFAULT 'VALID' CHECK (status IN ('VALID', 'INVALID')),
  message TEXT
);
CREATE INDEX data_links_context_name ON data_links (context, name);
CREATE TABLE data_link_credentials (
  data_link_id TEXT NOT NULL REFERENCES data_links(id) ON DELETE CASCADE,
  credentials_id TEXT NOT NULL REFERENCES credentials(id) ON DELETE CASCADE,
  PRIMARY KEY (data_link_id, credentials_id)
);
CREATE INDEX data_link_credentials_by_credentials ON data_link_credentials (credentials_id);
CREATE TABLE pipelines (
  id INTEGER PRIMARY KEY,
  context TEXT NOT NULL,
  workspace_id INTEGER REFERENCES workspaces(id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  description TEXT,
  repository TEXT NOT NULL,
  compute_env_id TEXT REFERENCES compute_envs(id) ON DELETE SET NULL,
  visibility TEXT NOT NULL DEFAULT 'SHARED',
  date_created TEXT NOT NULL,
  last_updated TEXT NOT NULL
);
CREATE INDEX pipelines_context_name ON pipelines (context, name);
`;

/** Tables in an order that deletes children before parents (used by the test reset). */
export const TABLES_CHILD_FIRST = [
  'pipelines',
  'data_link_credentials',
  'data_links',
  'compute_envs',
  'workflow_credentials',
  'workflows',
  'credentials',
  'workspace_members',
  'workspaces',
  'org_members',
  'orgs',
  'users',
  'pairings',
  'meta',
] as const;

/** One schema change; it runs inside the migration's transaction. */
export type Migration = (db: Db) => void;

/**
 * The schema's history, oldest first: step i brings a database from user_version i to i + 1. Never edit a step
 * that has shipped; add one. Besides the store, this is the one place that runs SQL of its own (DDL).
 */
export const MIGRATIONS: readonly Migration[] = [(db) => db.exec(SCHEMA_V1), (db) => db.exec(SCHEMA_V2)];

export const schemaVersion = (db: Db) => db.pragma('user_version', { simple: true }) as number;

/**
 * Runs the steps after the database's `PRAGMA user_version`, in order and in one transaction with the new
 * version number, so a failing step leaves the database as it was. A database newer than the steps is refused.
 */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): void {
  const current = schemaVersion(db);
  if (current > migrations.length) {
    throw new EmbeddedApiConfigError(
      `The credentials database has schema version ${current}, newer than this version of the app knows (${migrations.length}).`,
    );
  }
  if (current === migrations.length) return;
  db.transaction(() => {
    for (const step of migrations.slice(current)) step(db);
    db.pragma(`user_version = ${migrations.length}`);
  })();
}

export function openDatabase(dbPath: string): Db {
  if (dbPath !== MEMORY_DB) mkdirSync(dirname(dbPath), { recursive: true });
  const db = new Database(dbPath);
  // Secrets are encrypted, but token hashes and metadata are still nobody else's business; SQLite gives the
  // -wal and -shm files the database file's mode.
  if (dbPath !== MEMORY_DB) chmodSync(dbPath, 0o600);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  migrate(db);
  return db;
}

/** The `meta` row written when a database is first set up (a value sealed with the encryption key). */
export const KEY_CHECK = 'key-check';

/**
 * Whether the database was set up before: the key-check value is written on the first start (and any database
 * with users predates it). Only one that was not gets demo data. Here rather than in the store because it runs
 * before the encryption key, and so a Store, exists.
 */
export function databaseHoldsData(db: Db): boolean {
  return (
    db.prepare<[string]>('SELECT 1 FROM meta WHERE key = ?').get(KEY_CHECK) !== undefined ||
    db.prepare('SELECT 1 FROM users LIMIT 1').get() !== undefined
  );
}
