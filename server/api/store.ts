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
  /** Defaults to `now` (created and updated at once). */
  lastUpdated?: string;
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

export type ComputeEnvStatus = 'CREATING' | 'AVAILABLE' | 'DISABLED' | 'DELETING' | 'ERRORED' | 'INVALID' | 'DELETED';

export interface ComputeEnvRow {
  id: string;
  context: string;
  workspace_id: number | null;
  user_id: number | null;
  name: string;
  description: string | null;
  platform: string;
  status: ComputeEnvStatus;
  message: string | null;
  credentials_id: string | null;
  region: string | null;
  work_dir: string;
  /** JSON object: the platform-specific part of ComputeConfig (without discriminator and workDir). */
  config: string;
  is_primary: 0 | 1;
  last_used: string | null;
  date_created: string;
  last_updated: string;
}

/** A compute environment row with its workspace's name (null in a personal context). */
export interface ComputeEnvListRow extends ComputeEnvRow {
  workspace_name: string | null;
  org_id: number | null;
}

export interface DataLinkRow {
  id: string;
  context: string;
  workspace_id: number | null;
  user_id: number | null;
  name: string;
  description: string | null;
  provider: string;
  resource_ref: string;
  region: string | null;
  public_accessible: 0 | 1;
  status: 'VALID' | 'INVALID';
  message: string | null;
}

/** A data link with its live credentials as a JSON array text of {id, name, provider}. */
export interface DataLinkListRow extends DataLinkRow {
  credentials: string;
}

export interface DataLinkQuery {
  context: string;
  credentialsId: string | null;
  /** Lower-case substring of the name, or null. */
  name: string | null;
  region: string | null;
  provider: string | null;
  max: number;
  offset: number;
}

export interface PipelineRow {
  id: number;
  context: string;
  workspace_id: number | null;
  user_id: number;
  name: string;
  description: string | null;
  repository: string;
  compute_env_id: string | null;
  visibility: string;
  date_created: string;
  last_updated: string;
}


export type PipelineSort = 'CREATED' | 'MODIFIED' | 'NAME';

export interface PipelineQuery {
  context: string;
  search: string | null;
  /** Include `computeEnv` / `labels` (the `attributes` of the request). */
  withComputeEnv: boolean;
  withLabels: boolean;
  sortBy: PipelineSort;
  descending: boolean;
  max: number;
  offset: number;
}

export interface NewDataLink extends Omit<DataLinkRow, 'context'> {
  credentialsIds: readonly string[];
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
           @publicKeys, @secretKeys, @status, @message, @lastUsed, @lastValidated, @now, @lastUpdated, 0)`,
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
      insertComputeEnv: db.prepare<ComputeEnvRow>(
        `INSERT INTO compute_envs (id, context, workspace_id, user_id, name, description, platform, status, message,
           credentials_id, region, work_dir, config, is_primary, last_used, date_created, last_updated)
         VALUES (@id, @context, @workspace_id, @user_id, @name, @description, @platform, @status, @message,
           @credentials_id, @region, @work_dir, @config, @is_primary, @last_used, @date_created, @last_updated)`,
      ),
      listComputeEnvs: db.prepare<{ context: string; status: string | null }, ComputeEnvListRow>(
        `SELECT ce.*, w.name AS workspace_name, w.org_id FROM compute_envs ce LEFT JOIN workspaces w ON w.id = ce.workspace_id
         WHERE ce.context = @context AND (@status IS NULL OR ce.status = @status) ORDER BY ce.name, ce.id`,
      ),
      computeEnv: db.prepare<[string], ComputeEnvListRow>(
        `SELECT ce.*, w.name AS workspace_name, w.org_id FROM compute_envs ce LEFT JOIN workspaces w ON w.id = ce.workspace_id
         WHERE ce.id = ?`,
      ),
      insertDataLink: db.prepare<Omit<DataLinkRow, 'context'> & { context: string }>(
        `INSERT INTO data_links (id, context, workspace_id, user_id, name, description, provider, resource_ref, region,
           public_accessible, status, message)
         VALUES (@id, @context, @workspace_id, @user_id, @name, @description, @provider, @resource_ref, @region,
           @public_accessible, @status, @message)`,
      ),
      linkDataLink: db.prepare<[string, string]>('INSERT INTO data_link_credentials (data_link_id, credentials_id) VALUES (?, ?)'),
      ...dataLinkStatements(db),
      insertPipeline: db.prepare<Omit<PipelineRow, 'id'> & { id: number | null }>(
        `INSERT INTO pipelines (id, context, workspace_id, user_id, name, description, repository, compute_env_id,
           visibility, date_created, last_updated)
         VALUES (@id, @context, @workspace_id, @user_id, @name, @description, @repository, @compute_env_id,
           @visibility, @date_created, @last_updated)`,
      ),
      ...pipelineStatements(db),
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
      lastUpdated: input.lastUpdated ?? input.now,
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

  insertComputeEnv(row: ComputeEnvRow) {
    this.#stmts.insertComputeEnv.run(row);
  }

  /** Compute environments of a context ordered by name, optionally of one status. */
  listComputeEnvs(context: string, status: ComputeEnvStatus | null) {
    return this.#stmts.listComputeEnvs.all({ context, status });
  }

  computeEnv(id: string) {
    return this.#stmts.computeEnv.get(id);
  }

  /** A data link and the credentials it is reached with. */
  insertDataLink(link: NewDataLink & { context: string }) {
    const { credentialsIds, ...row } = link;
    this.#stmts.insertDataLink.run(row);
    for (const credentialsId of credentialsIds) this.#stmts.linkDataLink.run(link.id, credentialsId);
  }

  /** One page of a context's data links ordered by name, and how many match in all. */
  listDataLinks(query: DataLinkQuery): { rows: DataLinkListRow[]; total: number } {
    return {
      rows: this.#stmts.dataLinksPage.all(query),
      total: this.#stmts.dataLinksCount.get(omitPage(query)) ?? 0,
    };
  }

  /** Inserts a pipeline; `id` null lets SQLite choose. Returns the id. */
  insertPipeline(row: Omit<PipelineRow, 'id'> & { id?: number | null }): number {
    return Number(this.#stmts.insertPipeline.run({ ...row, id: row.id ?? null }).lastInsertRowid);
  }

  /**
   * One page of a context's pipelines in the order asked for, as `PipelineDbDto` JSON texts, and how many match
   * in all.
   */
  listPipelinesJson(query: PipelineQuery): { rows: string[]; total: number } {
    const statement = this.#stmts.pipelinesPage[query.sortBy][query.descending ? 'desc' : 'asc'];
    const filters = { context: query.context, search: query.search };
    const rows = statement.all({
      ...filters,
      withComputeEnv: query.withComputeEnv ? 1 : 0,
      withLabels: query.withLabels ? 1 : 0,
      max: query.max,
      offset: query.offset,
    });
    return { rows, total: this.#stmts.pipelinesCount.get(filters) ?? 0 };
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

const omitPage = <T extends { max: number; offset: number }>({ max: _max, offset: _offset, ...rest }: T) => rest;

/**
 * Data link filters: the caller's context, optionally one credential, a name substring and the `region:` /
 * `provider:` keywords. A negative max means all rows from the offset (SQLite's LIMIT -1).
 */
const DATA_LINK_WHERE = `dl.context = @context
  AND (@credentialsId IS NULL OR dl.id IN (SELECT data_link_id FROM data_link_credentials WHERE credentials_id = @credentialsId))
  AND (@name IS NULL OR instr(lower(dl.name), @name) > 0)
  AND (@region IS NULL OR lower(dl.region) = @region)
  AND (@provider IS NULL OR lower(dl.provider) = @provider)`;

function dataLinkStatements(db: Db) {
  type Filters = Omit<DataLinkQuery, 'max' | 'offset'>;
  return {
    dataLinksPage: db.prepare<DataLinkQuery, DataLinkListRow>(
      `SELECT dl.*, (SELECT coalesce(json_group_array(json_object('id', c.id, 'name', c.name, 'provider', c.provider)), '[]')
           FROM data_link_credentials dlc JOIN credentials c ON c.id = dlc.credentials_id
           WHERE dlc.data_link_id = dl.id AND c.deleted = 0) AS credentials
       FROM data_links dl WHERE ${DATA_LINK_WHERE} ORDER BY dl.name, dl.id LIMIT @max OFFSET @offset`,
    ),
    dataLinksCount: db.prepare<Filters, number>(`SELECT count(*) FROM data_links dl WHERE ${DATA_LINK_WHERE}`).pluck(),
  };
}

/** Pipeline search: a case-insensitive substring of the name or the repository URL. */
const PIPELINE_WHERE = `p.context = @context
  AND (@search IS NULL OR instr(lower(p.name), @search) > 0 OR instr(lower(p.repository), @search) > 0)`;
const PIPELINE_ORDER: Record<PipelineSort, string> = { NAME: 'p.name', CREATED: 'p.date_created', MODIFIED: 'p.last_updated' };

/**
 * A pipeline as the document's `PipelineDbDto`, written by SQLite (as CREDENTIALS_JSON_SQL does for credentials):
 * json_patch onto '{}' drops null members, since the document types these fields as non-nullable. `computeEnv`
 * ({id, name, platform, region}) and `labels` only when asked for.
 */
const PIPELINE_JSON_SQL = `json_patch('{}', json_object(
  'pipelineId', p.id, 'name', p.name, 'description', p.description, 'repository', p.repository,
  'userId', p.user_id, 'userName', u.user_name, 'userFirstName', u.first_name, 'userLastName', u.last_name,
  'orgId', w.org_id, 'orgName', o.name, 'workspaceId', p.workspace_id, 'workspaceName', w.name,
  'visibility', p.visibility, 'deleted', json('false'), 'lastUpdated', p.last_updated,
  'computeEnv', CASE WHEN @withComputeEnv = 1 AND ce.id IS NOT NULL
    THEN json_object('id', ce.id, 'name', ce.name, 'platform', ce.platform, 'region', ce.region) END,
  'labels', CASE WHEN @withLabels = 1 THEN json('[]') END))`;

function pipelineStatements(db: Db) {
  type Filters = Pick<PipelineQuery, 'context' | 'search'>;
  type Page = Filters & { withComputeEnv: 0 | 1; withLabels: 0 | 1; max: number; offset: number };
  const page = (sort: PipelineSort, dir: 'ASC' | 'DESC') =>
    db
      .prepare<Page, string>(
        `SELECT ${PIPELINE_JSON_SQL}
         FROM pipelines p JOIN users u ON u.id = p.user_id
         LEFT JOIN workspaces w ON w.id = p.workspace_id LEFT JOIN orgs o ON o.id = w.org_id
         LEFT JOIN compute_envs ce ON ce.id = p.compute_env_id
         WHERE ${PIPELINE_WHERE} ORDER BY ${PIPELINE_ORDER[sort]} ${dir}, p.id ${dir} LIMIT @max OFFSET @offset`,
      )
      .pluck();
  const sorts = (sort: PipelineSort) => ({ asc: page(sort, 'ASC'), desc: page(sort, 'DESC') });
  return {
    pipelinesPage: { NAME: sorts('NAME'), CREATED: sorts('CREATED'), MODIFIED: sorts('MODIFIED') },
    pipelinesCount: db.prepare<Filters, number>(`SELECT count(*) FROM pipelines p WHERE ${PIPELINE_WHERE}`).pluck(),
  };
}
