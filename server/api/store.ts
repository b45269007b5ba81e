import { SEALED_PREFIX, type SecretBox } from './crypto';
import { TABLES_CHILD_FIRST, type Db } from './db';
import { CREDENTIALS_JSON_SQL } from './present';
import type { ProviderId, PublicKeys, SecretKeys, StoredKeys } from './providers';

export type WorkspaceRole = 'owner' | 'admin' | 'maintain' | 'launch' | 'connect' | 'view';
export type CredentialsStatus = 'AVAILABLE' | 'INVALID';

export interface UserRow {
  id: number;
  user_name: string;
  email: string;
  first_name: string;
  last_name: string;
  organization: string | null;
  date_created: string;
}

export interface CredentialsRow {
  id: string;
  context: string;
  workspace_id: number | null;
  user_id: number | null;
  name: string;
  provider: ProviderId;
  description: string | null;
  base_url: string | null;
  category: string | null;
  public_keys: string;
  secret_keys: string | null;
  status: CredentialsStatus;
  message: string | null;
  last_used: string | null;
  last_validated: string | null;
  date_created: string;
  last_updated: string;
  deleted: 0 | 1;
}

export interface NewCredentials {
  id: string;
  workspaceId: number | null;
  userId: number;
  name: string;
  provider: ProviderId;
  description: string | null;
  baseUrl: string | null;
  category: string | null;
  keys: StoredKeys;
  status?: CredentialsStatus;
  message?: string | null;
  lastUsed?: string | null;
  lastValidated?: string | null;
  now: string;
}

export interface OrgMembershipRow {
  org_id: number;
  org_name: string;
  org_full_name: string;
  org_type: string;
  member_id: number;
  role: 'owner' | 'member' | 'collaborator';
}

export interface WorkspaceMembershipRow {
  org_id: number;
  org_name: string;
  org_type: string;
  workspace_id: number;
  workspace_name: string;
  workspace_full_name: string;
  visibility: string;
  role: WorkspaceRole;
}

export interface WorkflowRow {
  id: string;
  name: string;
  status: 'running' | 'stopped';
  workspace_id: number;
  url: string | null;
}

export interface PairingRow {
  id: string;
  public_key: string;
}

/** Sealed values are bound to their row; the prefix keeps pairing ids and credentials ids apart. */
const pairingAad = (id: string) => `pairing:${id}`;

/** A credential context: one workspace, or one user's personal credentials. */
export const contextOf = (workspaceId: number | null, userId: number) =>
  workspaceId === null ? `u:${userId}` : `w:${workspaceId}`;

export interface WorkflowWithCredentials extends WorkflowRow {
  credentials: string | null;
}

/**
 * All SQL lives here, as prepared statements; secret keys are sealed per row with the row id as AAD.
 * The exceptions are in db.ts: the schema migrations, and `databaseHoldsData`, which runs before the
 * encryption key (and so a Store) exists.
 */
export class Store {
  readonly db: Db;
  readonly #box: SecretBox;
  readonly #stmts;

  constructor(db: Db, box: SecretBox) {
    this.db = db;
    this.#box = box;
    this.#stmts = {
      userByToken: db.prepare<[string], UserRow>('SELECT * FROM users WHERE token_hash = ?'),
      user: db.prepare<[number], UserRow>('SELECT * FROM users WHERE id = ?'),
      workspaceRole: db.prepare<[number, number], { role: WorkspaceRole }>(
        'SELECT role FROM workspace_members WHERE workspace_id = ? AND user_id = ?',
      ),
      orgMemberships: db.prepare<[number], OrgMembershipRow>(
        `SELECT o.id AS org_id, o.name AS org_name, o.full_name AS org_full_name, o.org_type, m.member_id, m.role
         FROM org_members m JOIN orgs o ON o.id = m.org_id WHERE m.user_id = ? ORDER BY o.name`,
      ),
      workspaceMemberships: db.prepare<[number], WorkspaceMembershipRow>(
        `SELECT o.id AS org_id, o.name AS org_name, o.org_type, w.id AS workspace_id, w.name AS workspace_name,
           w.full_name AS workspace_full_name, w.visibility, m.role
         FROM workspace_members m JOIN workspaces w ON w.id = m.workspace_id JOIN orgs o ON o.id = w.org_id
         WHERE m.user_id = ? ORDER BY o.name, w.name`,
      ),
      listJson: db
        .prepare<{ context: string; providers: string | null }, string>(
          `SELECT ${CREDENTIALS_JSON_SQL} FROM credentials WHERE context = @context AND deleted = 0
           AND (@providers IS NULL OR provider IN (SELECT value FROM json_each(@providers))) ORDER BY name`,
        )
        .pluck(),
      describeJson: db.prepare<[string], string>(`SELECT ${CREDENTIALS_JSON_SQL} FROM credentials WHERE id = ?`).pluck(),
      get: db.prepare<[string], CredentialsRow>('SELECT * FROM credentials WHERE id = ?'),
      nameTaken: db.prepare<[string, string, string], { id: string }>(
        'SELECT id FROM credentials WHERE context = ? AND deleted = 0 AND name = ? AND id <> ?',
      ),
      insert: db.prepare(
        `INSERT INTO credentials (id, context, workspace_id, user_id, name, provider, description, base_url, category,
           public_keys, secret_keys, status, message, last_used, last_validated, date_created, last_updated, deleted)
         VALUES (@id, @context, @workspaceId, @userId, @name, @provider, @description, @baseUrl, @category,
           @publicKeys, @secretKeys, @status, @message, @lastUsed, @lastValidated, @now, @now, 0)`,
      ),
      update: db.prepare(
        `UPDATE credentials SET name = @name, description = @description, base_url = @baseUrl, category = @category,
           public_keys = @publicKeys, secret_keys = @secretKeys, last_updated = @now WHERE id = @id`,
      ),
      setValidation: db.prepare(
        'UPDATE credentials SET status = @status, message = @message, last_validated = @lastValidated WHERE id = @id',
      ),
      softDelete: db.prepare<[string, string]>('UPDATE credentials SET deleted = 1, last_updated = ? WHERE id = ?'),
      runningWorkflows: db.prepare<[string], WorkflowRow>(
        `SELECT w.* FROM workflows w JOIN workflow_credentials wc ON wc.workflow_id = w.id
         WHERE wc.credentials_id = ? AND w.status = 'running' ORDER BY w.id`,
      ),
      stopWorkflows: db.prepare<[string]>(
        `UPDATE workflows SET status = 'stopped' WHERE status = 'running'
         AND id IN (SELECT workflow_id FROM workflow_credentials WHERE credentials_id = ?)`,
      ),
      pairing: db.prepare<[string], PairingRow>('SELECT id, public_key FROM pairings WHERE id = ?'),
      pairingPrivateKey: db.prepare<[string], { private_key: string }>('SELECT private_key FROM pairings WHERE id = ?'),
      insertPairing: db.prepare<[string, string, string]>('INSERT INTO pairings (id, public_key, private_key) VALUES (?, ?, ?)'),
      plaintextPairingKeys: db.prepare<{ prefix: string }, { id: string; private_key: string }>(
        'SELECT id, private_key FROM pairings WHERE substr(private_key, 1, length(@prefix)) <> @prefix',
      ),
      setPairingPrivateKey: db.prepare<[string, string]>('UPDATE pairings SET private_key = ? WHERE id = ?'),
      meta: db.prepare<[string], string>('SELECT value FROM meta WHERE key = ?').pluck(),
      setMeta: db.prepare<[string, string]>(
        'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      ),
      setTokenHash: db.prepare<[string, number]>('UPDATE users SET token_hash = ? WHERE id = ?'),
      deleteAll: TABLES_CHILD_FIRST.map((table) => db.prepare(`DELETE FROM ${table}`)),
      insertUser: db.prepare<[number, string, string, string, string, string | null, string, string]>(
        `INSERT INTO users (id, user_name, email, first_name, last_name, organization, token_hash, date_created)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertOrg: db.prepare<[number, string, string, string]>('INSERT INTO orgs (id, name, full_name, org_type) VALUES (?, ?, ?, ?)'),
      insertOrgMember: db.prepare<[number, number, number, string]>(
        'INSERT INTO org_members (org_id, user_id, member_id, role) VALUES (?, ?, ?, ?)',
      ),
      insertWorkspace: db.prepare<[number, number, string, string, string]>(
        'INSERT INTO workspaces (id, org_id, name, full_name, visibility) VALUES (?, ?, ?, ?, ?)',
      ),
      insertWorkspaceMember: db.prepare<[number, number, WorkspaceRole]>(
        'INSERT INTO workspace_members (workspace_id, user_id, role) VALUES (?, ?, ?)',
      ),
      workspaceExists: db.prepare<[number], number>('SELECT 1 FROM workspaces WHERE id = ?').pluck(),
      insertWorkflow: db.prepare<[string, string, string, number, string | null]>(
        'INSERT INTO workflows (id, name, status, workspace_id, url) VALUES (?, ?, ?, ?, ?)',
      ),
      linkWorkflow: db.prepare<[string, string]>('INSERT INTO workflow_credentials (workflow_id, credentials_id) VALUES (?, ?)'),
      workflows: db.prepare<[], WorkflowWithCredentials>(
        `SELECT w.*, group_concat(wc.credentials_id) AS credentials FROM workflows w
         LEFT JOIN workflow_credentials wc ON wc.workflow_id = w.id GROUP BY w.id ORDER BY w.id`,
      ),
    };
  }

  userByTokenHash(hash: string) {
    return this.#stmts.userByToken.get(hash);
  }

  user(id: number) {
    return this.#stmts.user.get(id);
  }

  workspaceRole(workspaceId: number, userId: number): WorkspaceRole | undefined {
    return this.#stmts.workspaceRole.get(workspaceId, userId)?.role;
  }

  orgMemberships(userId: number) {
    return this.#stmts.orgMemberships.all(userId);
  }

  workspaceMemberships(userId: number) {
    return this.#stmts.workspaceMemberships.all(userId);
  }

  /** Live credentials of a context as `Credentials` JSON texts ordered by name, optionally only these providers. */
  listCredentialsJson(context: string, providers?: readonly string[]): string[] {
    return this.#stmts.listJson.all({ context, providers: providers === undefined ? null : JSON.stringify(providers) });
  }

  credentialsJson(id: string): string | undefined {
    return this.#stmts.describeJson.get(id);
  }

  getCredentials(id: string) {
    return this.#stmts.get.get(id);
  }

  isNameTaken(context: string, name: string, exceptId = '') {
    return this.#stmts.nameTaken.get(context, name, exceptId) !== undefined;
  }

  insertCredentials(input: NewCredentials) {
    this.#stmts.insert.run({
      id: input.id,
      context: contextOf(input.workspaceId, input.userId),
      workspaceId: input.workspaceId,
      userId: input.workspaceId === null ? input.userId : null,
      name: input.name,
      provider: input.provider,
      description: input.description,
      baseUrl: input.baseUrl,
      category: input.category,
      publicKeys: JSON.stringify(input.keys.publicKeys),
      secretKeys: this.#sealSecrets(input.id, input.keys.secrets),
      status: input.status ?? 'AVAILABLE',
      message: input.message ?? null,
      lastUsed: input.lastUsed ?? null,
      lastValidated: input.lastValidated ?? null,
      now: input.now,
    });
  }

  updateCredentials(
    id: string,
    input: Pick<NewCredentials, 'name' | 'description' | 'baseUrl' | 'category' | 'keys' | 'now'>,
  ) {
    this.#stmts.update.run({
      id,
      name: input.name,
      description: input.description,
      baseUrl: input.baseUrl,
      category: input.category,
      publicKeys: JSON.stringify(input.keys.publicKeys),
      secretKeys: this.#sealSecrets(id, input.keys.secrets),
      now: input.now,
    });
  }

  setValidation(id: string, status: CredentialsStatus, message: string | null, lastValidated: string | null) {
    this.#stmts.setValidation.run({ id, status, message, lastValidated });
  }

  softDelete(id: string, now: string) {
    this.#stmts.softDelete.run(now, id);
  }

  runningWorkflows(credentialsId: string) {
    return this.#stmts.runningWorkflows.all(credentialsId);
  }

  stopWorkflows(credentialsId: string) {
    this.#stmts.stopWorkflows.run(credentialsId);
  }

  /** A key pairing's public half; the private half never leaves the store except through pairingPrivateKey. */
  pairing(id: string) {
    return this.#stmts.pairing.get(id);
  }

  /** The private key of a pairing, opened (for tests and for a service that decrypts what /keys answers). */
  pairingPrivateKey(id: string): string | undefined {
    const row = this.#stmts.pairingPrivateKey.get(id);
    return row === undefined ? undefined : this.#box.open(row.private_key, pairingAad(id));
  }

  insertPairing(id: string, publicKeyPem: string, privateKeyPem: string) {
    this.#stmts.insertPairing.run(id, publicKeyPem, this.#box.seal(privateKeyPem, pairingAad(id)));
  }

  /**
   * Databases written before pairing private keys were sealed hold them as plain PEM: seal those in place.
   * Returns how many rows it sealed.
   */
  sealPlaintextPairingKeys(): number {
    return this.db.transaction(() => {
      const rows = this.#stmts.plaintextPairingKeys.all({ prefix: SEALED_PREFIX });
      for (const row of rows) this.#stmts.setPairingPrivateKey.run(this.#box.seal(row.private_key, pairingAad(row.id)), row.id);
      return rows.length;
    })();
  }

  meta(key: string): string | undefined {
    return this.#stmts.meta.get(key);
  }

  setMeta(key: string, value: string) {
    this.#stmts.setMeta.run(key, value);
  }

  setTokenHash(userId: number, tokenHash: string) {
    this.#stmts.setTokenHash.run(tokenHash, userId);
  }

  /** Empties every table (the test-only reset); the caller wraps it in a transaction with the new data. */
  deleteAll() {
    for (const statement of this.#stmts.deleteAll) statement.run();
  }

  insertUser(user: Omit<UserRow, 'date_created'> & { token_hash: string; date_created: string }) {
    const { id, user_name, email, first_name, last_name, organization, token_hash, date_created } = user;
    this.#stmts.insertUser.run(id, user_name, email, first_name, last_name, organization, token_hash, date_created);
  }

  insertOrg(id: number, name: string, fullName: string, orgType: string) {
    this.#stmts.insertOrg.run(id, name, fullName, orgType);
  }

  insertOrgMember(orgId: number, userId: number, memberId: number, role: OrgMembershipRow['role']) {
    this.#stmts.insertOrgMember.run(orgId, userId, memberId, role);
  }

  insertWorkspace(id: number, orgId: number, name: string, fullName: string, visibility: string) {
    this.#stmts.insertWorkspace.run(id, orgId, name, fullName, visibility);
  }

  insertWorkspaceMember(workspaceId: number, userId: number, role: WorkspaceRole) {
    this.#stmts.insertWorkspaceMember.run(workspaceId, userId, role);
  }

  workspaceExists(id: number): boolean {
    return this.#stmts.workspaceExists.get(id) !== undefined;
  }

  /** A workflow and the credentials it uses (which a checked delete reports while it runs). */
  insertWorkflow(workflow: WorkflowRow, credentialsIds: readonly string[]) {
    this.#stmts.insertWorkflow.run(workflow.id, workflow.name, workflow.status, workflow.workspace_id, workflow.url);
    for (const credentialsId of credentialsIds) this.#stmts.linkWorkflow.run(workflow.id, credentialsId);
  }

  /** Every workflow with its credentials ids comma-separated (for the test-only route). */
  workflows() {
    return this.#stmts.workflows.all();
  }

  readKeys(row: Pick<CredentialsRow, 'id' | 'public_keys' | 'secret_keys'>): StoredKeys {
    return {
      publicKeys: JSON.parse(row.public_keys) as PublicKeys,
      secrets: row.secret_keys === null ? {} : (JSON.parse(this.#box.open(row.secret_keys, row.id)) as SecretKeys),
    };
  }

  #sealSecrets(id: string, secrets: SecretKeys): string | null {
    return Object.keys(secrets).length === 0 ? null : this.#box.seal(JSON.stringify(secrets), id);
  }
}
